/**
 * The workspace's libraries: every `*.huashu.yaml` under the workspace folders (node_modules and
 * .git skipped), with the script ids each defines, for cross-file `duplicate-id`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseLibrary, stripBom, LineIndex } from '../engine';
import { isLibraryFile } from '../node/config-discovery';
import type { IdList } from '../engine/incremental';

export type { IdList };

/** Equal ids at equal lines. */
export function sameIdList(a: IdList, b: IdList): boolean {
  if (a.ids.length !== b.ids.length) return false;
  for (let k = 0; k < a.ids.length; k++) if (a.ids[k] !== b.ids[k] || (a.ids[k] !== undefined && a.lines[k] !== b.lines[k])) return false;
  return true;
}

/** Each id → the line of its first script. */
export function idMapOf(list: IdList): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < list.ids.length; k++) {
    const id = list.ids[k];
    if (id && !out.has(id)) out.set(id, list.lines[k]);
  }
  return out;
}

const SKIP = new Set(['node_modules', '.git']);
export const MAX_FILES = 20000;

/** Every library file under `root` (async, yielding between folders). */
export async function findLibraries(root: string): Promise<string[]> {
  const out: string[] = [];
  const queue = [root];
  while (queue.length && out.length < MAX_FILES) {
    const dir = queue.shift()!;
    let entries: fs.Dirent[];
    try { entries = await fs.promises.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (e.isDirectory()) { if (!SKIP.has(e.name)) queue.push(path.join(dir, e.name)); }
      else if (e.isFile() && isLibraryFile(e.name)) out.push(path.join(dir, e.name));
    }
  }
  return out.sort();
}

/** Script ids (first occurrence line) of a library text. */
export function idsOfText(input: string): Map<string, number> {
  const { text } = stripBom(input);
  const ids = new Map<string, number>();
  try {
    const lib = parseLibrary(text);
    const lines = new LineIndex(text);
    for (const s of lib.scripts) if (s.id && s.idSpan && !ids.has(s.id)) ids.set(s.id, lines.lineOf(s.idSpan.start));
  } catch { /* unreadable: no ids */ }
  return ids;
}

/** A file's ids: a map (files read from disk) or an open document's list, made a map when asked. */
interface FileIds { list?: IdList; map?: Map<string, number> }

export class IdIndex {
  private readonly files = new Map<string, FileIds>();
  private readonly labels = new Map<string, string>();
  generation = 0;
  private cache = new Map<string, { gen: number; map: Map<string, string> }>();
  /** Each id's files, in the order of `files` (externalOf). */
  private owners?: { gen: number; map: Map<string, string[]> };

  /** Sets a file's ids (a map, or an open document's list); true when they changed. */
  set(uri: string, ids: Map<string, number> | IdList, label: string): boolean {
    const old = this.files.get(uri);
    if (ids instanceof Map) {
      if (old && sameMap(this.mapOf(old), ids)) return false;
      this.files.set(uri, { map: ids });
    } else {
      if (old?.list && sameIdList(old.list, ids)) return false;
      this.files.set(uri, { list: ids });
    }
    this.labels.set(uri, label);
    this.generation++;
    return true;
  }

  private mapOf(f: FileIds): Map<string, number> {
    return (f.map ??= idMapOf(f.list!));
  }

  delete(uri: string): boolean {
    if (!this.files.delete(uri)) return false;
    this.generation++;
    return true;
  }

  has(uri: string): boolean { return this.files.has(uri); }
  uris(): string[] { return [...this.files.keys()]; }

  /**
   * What {@link externalFor} holds for the given ids only, as one string (`id`, where, in the ids'
   * order): all that a file whose scripts have these ids reads of the other files. Made from an
   * index of each id's files, built once per generation, so that a closed file's cached
   * diagnostics can be checked against the other files without building its whole map.
   */
  externalOf(uri: string, ids: readonly string[]): string {
    if (this.owners?.gen !== this.generation) {
      const map = new Map<string, string[]>();
      for (const [u, f] of this.files) for (const id of this.mapOf(f).keys()) { const l = map.get(id); if (l) l.push(u); else map.set(id, [u]); }
      this.owners = { gen: this.generation, map };
    }
    let out = '';
    for (const id of ids) {
      const other = this.owners.map.get(id)?.find((u) => u !== uri);
      if (other === undefined) continue;
      out += `${id}\u0000${this.whereIn(other, id)}\u0001`;
    }
    return out;
  }

  private whereIn(uri: string, id: string): string {
    return `${this.labels.get(uri) ?? uri} 第 ${this.mapOf(this.files.get(uri)!).get(id)! + 1} 行`;
  }

  /** Ids defined in every other file: id → "file 第 N 行". */
  externalFor(uri: string): Map<string, string> {
    const c = this.cache.get(uri);
    if (c && c.gen === this.generation) return c.map;
    const map = new Map<string, string>();
    for (const [other, f] of this.files) {
      if (other === uri) continue;
      const label = this.labels.get(other) ?? other;
      for (const [id, line] of this.mapOf(f)) if (!map.has(id)) map.set(id, `${label} 第 ${line + 1} 行`);
    }
    this.cache.set(uri, { gen: this.generation, map });
    return map;
  }
}

function sameMap(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  let same = true;
  a.forEach((v, k) => { if (same && b.get(k) !== v) same = false; });
  return same;
}
