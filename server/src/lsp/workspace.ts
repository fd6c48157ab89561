/**
 * The workspace's libraries: every `*.huashu.yaml` under the workspace folders (node_modules and
 * .git skipped), with the script ids each defines, for cross-file `duplicate-id`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseLibrary, stripBom, LineIndex, type ExternalIds } from '../engine';
import { isLibraryFile } from '../node/config-discovery';
import type { IdList } from '../engine/incremental';
import { whereOf } from '../engine/flow-splice';

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
  private cache = new Map<string, { gen: number; ext: ExternalIds }>();
  /** Each id's files, in the order of `files` (externalOf, externalFor). */
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
    return whereOf(this.externalFor(uri), ids);
  }

  /** Each id → the files that define it, in the order of `files`: built once per generation. */
  private ownersOf(): Map<string, string[]> {
    if (this.owners?.gen !== this.generation) {
      const map = new Map<string, string[]>();
      for (const [u, f] of this.files) for (const id of this.mapOf(f).keys()) { const l = map.get(id); if (l) l.push(u); else map.set(id, [u]); }
      this.owners = { gen: this.generation, map };
    }
    return this.owners.map;
  }

  private whereIn(uri: string, id: string): string {
    return `${this.labels.get(uri) ?? uri} 第 ${this.mapOf(this.files.get(uri)!).get(id)! + 1} 行`;
  }

  /**
   * Ids defined in every other file: id → "file 第 N 行" of the first other file (in the order of
   * `files`) that defines it. A look-up, not a map of every id of the workspace: the lint of a file
   * asks only for its own ids, and a map per file (each holding all the others' ids) was 3 million
   * entries for a workspace of 100 files and 30,000 scripts, kept until the next change: 2 of the
   * first workspace pull's 4.5 s went to collecting garbage. The same object while nothing
   * changes (the incremental analysis keeps its "where"s while it is the same).
   */
  externalFor(uri: string): ExternalIds {
    const c = this.cache.get(uri);
    if (c && c.gen === this.generation) return c.ext;
    const gen = this.generation;
    const owners = this.ownersOf();
    const ext: ExternalIds = {
      get: (id) => {
        // asked after a change (a lint started before it): the index as it is now
        if (this.generation !== gen) return this.externalFor(uri).get(id);
        const other = owners.get(id)?.find((u) => u !== uri);
        return other === undefined ? undefined : this.whereIn(other, id);
      },
    };
    this.cache.set(uri, { gen: this.generation, ext });
    return ext;
  }
}

function sameMap(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  let same = true;
  a.forEach((v, k) => { if (same && b.get(k) !== v) same = false; });
  return same;
}
