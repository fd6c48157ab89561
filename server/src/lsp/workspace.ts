/**
 * The workspace's libraries: every `*.huashu.yaml` under the workspace folders (node_modules and
 * .git skipped), with the script ids each defines, for cross-file `duplicate-id`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseLibrary, stripBom, LineIndex } from '../engine';
import { isLibraryFile } from '../node/config-discovery';

export interface FileIds { ids: Map<string, number>; key: string }

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

export class IdIndex {
  private readonly files = new Map<string, FileIds>();
  private readonly labels = new Map<string, string>();
  generation = 0;
  private cache = new Map<string, { gen: number; map: Map<string, string> }>();

  /** Sets a file's ids; true when they changed. */
  set(uri: string, ids: Map<string, number>, label: string): boolean {
    const key = [...ids].map(([k, v]) => `${k}\u0000${v}`).join('\u0001');
    if (this.files.get(uri)?.key === key) return false;
    this.files.set(uri, { ids, key });
    this.labels.set(uri, label);
    this.generation++;
    return true;
  }

  delete(uri: string): boolean {
    if (!this.files.delete(uri)) return false;
    this.generation++;
    return true;
  }

  has(uri: string): boolean { return this.files.has(uri); }
  uris(): string[] { return [...this.files.keys()]; }

  /** Ids defined in every other file: id → "file 第 N 行". */
  externalFor(uri: string): Map<string, string> {
    const c = this.cache.get(uri);
    if (c && c.gen === this.generation) return c.map;
    const map = new Map<string, string>();
    for (const [other, f] of this.files) {
      if (other === uri) continue;
      const label = this.labels.get(other) ?? other;
      for (const [id, line] of f.ids) if (!map.has(id)) map.set(id, `${label} 第 ${line + 1} 行`);
    }
    this.cache.set(uri, { gen: this.generation, map });
    return map;
  }
}
