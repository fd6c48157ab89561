/**
 * The workspace's libraries: every `*.huashu.yaml` under the workspace folders (node_modules and
 * .git skipped), with the script ids each defines, for cross-file `duplicate-id`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseLibrary, stripBom, LineIndex, type ExternalIds } from '../engine';
import { isLibraryFile } from '../node/config-discovery';
import type { IdList, IdPatch } from '../engine/incremental';
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

/**
 * A file's ids: a map (files read from disk) or an open document's list, made a map when asked;
 * `key`: the list's `idKey`, for a patch of it (`IdIndex.patch`).
 */
interface FileIds { list?: IdList; map?: Map<string, number>; key?: number }

export class IdIndex {
  private readonly files = new Map<string, FileIds>();
  private readonly labels = new Map<string, string>();
  /** Bumped by every change of any file's ids or their lines. */
  generation = 0;
  /** How many of those changes were each file's own (never reset: see {@link othersSame}). */
  private readonly own = new Map<string, number>();
  private cache = new Map<string, { gen: number; own: number; ext: ExternalIds }>();
  /**
   * Each id's files, in the order of `files` (externalOf, externalFor), except the file whose
   * ids changed last (`hot`): typing an id changes one file's ids at every keystroke, and the
   * index of every id (a map and an array per id) was made again each time. Undefined: to be
   * made again (another file's ids changed, or another file became the hot one).
   */
  private owners?: Map<string, string[]>;
  private hot?: string;
  /** Each file's place in the order of `files` (a file set again keeps it; one deleted and set again is last). */
  private readonly order = new Map<string, number>();
  private placed = 0;

  /**
   * Sets a file's ids (a map, or an open document's list with its `idKey`, which a later patch of
   * it names); true when they changed.
   */
  set(uri: string, ids: Map<string, number> | IdList, label: string, key?: number): boolean {
    const old = this.files.get(uri);
    if (!old) this.order.set(uri, ++this.placed);
    let sameIds: boolean;
    if (ids instanceof Map) {
      const oldMap = old && this.mapOf(old);
      if (oldMap && sameMap(oldMap, ids)) return false;
      sameIds = !!oldMap && sameKeys(oldMap, ids);
      this.files.set(uri, { map: ids });
    } else {
      if (old?.list && sameIdList(old.list, ids)) { old.key = key; return false; }
      sameIds = !!old?.list && sameIdSequence(old.list, ids);
      this.files.set(uri, { list: ids, key });
    }
    this.labels.set(uri, label);
    this.changed(uri, !sameIds);
    return true;
  }

  /**
   * Applies an open document's id list patch (`IdPatch`) to the list the index holds for it, when
   * that is the list the patch starts from: true when the ids or their lines changed, false when
   * not, undefined when the index holds another list (the caller sets the whole list). The list is
   * the index's own (made for it by `idList()`): changed in place.
   */
  patch(uri: string, patch: IdPatch, key: number, label: string): boolean | undefined {
    const f = this.files.get(uri);
    const list = f?.list;
    if (!f || !list || f.key !== patch.from) return undefined;
    const n = list.ids.length;
    for (const k of patch.at) if (k >= n) return undefined;
    // changed as `sameIdList` tells: an id, or the line of an id that stays
    let changed = false;
    let sameIds = true;
    const ids = list.ids as (string | undefined)[];
    const lines = list.lines;
    for (let j = 0; j < patch.at.length; j++) {
      const k = patch.at[j];
      if (ids[k] !== patch.ids[j]) { sameIds = false; changed = true; } else if (ids[k] !== undefined && lines[k] !== patch.lines[j]) changed = true;
    }
    const shift = patch.shift;
    if (shift && shift.by !== 0) {
      // (the entries the patch sets are set below: their lines as the patch says)
      for (let k = shift.from, j = 0; k < n; k++) {
        while (j < patch.at.length && patch.at[j] < k) j++;
        if (patch.at[j] === k) continue;
        lines[k] += shift.by;
        if (ids[k] !== undefined) changed = true;
      }
    }
    for (let j = 0; j < patch.at.length; j++) { ids[patch.at[j]] = patch.ids[j]; lines[patch.at[j]] = patch.lines[j]; }
    f.key = key;
    if (!changed) return false;
    f.map = undefined;
    this.labels.set(uri, label);
    this.changed(uri, !sameIds);
    return true;
  }

  private changed(uri: string, ids: boolean): void {
    this.generation++;
    this.own.set(uri, (this.own.get(uri) ?? 0) + 1);
    if (ids && uri !== this.hot) {
      // the last hot file goes into the index, this one is left out of it
      this.hot = uri;
      this.owners = undefined;
    }
  }

  private mapOf(f: FileIds): Map<string, number> {
    return (f.map ??= idMapOf(f.list!));
  }

  delete(uri: string): boolean {
    if (!this.files.delete(uri)) return false;
    this.order.delete(uri);
    this.changed(uri, true);
    return true;
  }

  /**
   * Whether every change since `c` was made was `uri`'s own: what the other files define is then
   * as it was (a line break typed in an open document changes its own ids' lines at every
   * keystroke, and nothing another file reads of itself). Each change adds one to the
   * generation and one to its file's count, which is never reset.
   */
  private othersSame(uri: string, c: { gen: number; own: number }): boolean {
    return this.generation - c.gen === (this.own.get(uri) ?? 0) - c.own;
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

  /**
   * Each id → the files that define it, in the order of `files`, but for the hot file: made again
   * only when the ids of another file change (not when only their lines do), from an open
   * document's list itself.
   */
  private ownersOf(): Map<string, string[]> {
    if (!this.owners) {
      const map = new Map<string, string[]>();
      const add = (id: string, u: string): void => {
        const l = map.get(id);
        if (!l) map.set(id, [u]);
        else if (l[l.length - 1] !== u) l.push(u);
      };
      for (const [u, f] of this.files) {
        if (u === this.hot) continue;
        if (f.map) for (const id of f.map.keys()) add(id, u);
        else for (const id of f.list!.ids) if (id) add(id, u);
      }
      this.owners = map;
    }
    return this.owners;
  }

  /** The first file other than `uri`, in the order of `files`, that defines `id`. */
  private otherOwner(uri: string, id: string): string | undefined {
    const list = this.ownersOf().get(id);
    let other: string | undefined;
    if (list) for (let i = 0; i < list.length && other === undefined; i++) if (list[i] !== uri) other = list[i];
    const hot = this.hot;
    if (hot !== undefined && hot !== uri) {
      const f = this.files.get(hot);
      if (f && this.mapOf(f).has(id) && (other === undefined || this.order.get(hot)! < this.order.get(other)!)) other = hot;
    }
    return other;
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
   * changes in the other files (the incremental analysis keeps its "where"s while it is the same):
   * the file's own changes do not make a new one.
   */
  externalFor(uri: string): ExternalIds {
    const c = this.cache.get(uri);
    if (c && this.othersSame(uri, c)) return c.ext;
    const made = { gen: this.generation, own: this.own.get(uri) ?? 0, ext: undefined as unknown as ExternalIds };
    made.ext = {
      get: (id) => {
        // asked after another file changed (a lint started before it): the index as it is now
        if (!this.othersSame(uri, made)) return this.externalFor(uri).get(id);
        const other = this.otherOwner(uri, id);
        return other === undefined ? undefined : this.whereIn(other, id);
      },
    };
    this.cache.set(uri, made);
    return made.ext;
  }
}

/** The same ids in the same order (their lines aside). */
function sameIdSequence(a: IdList, b: IdList): boolean {
  if (a.ids.length !== b.ids.length) return false;
  for (let k = 0; k < a.ids.length; k++) if (a.ids[k] !== b.ids[k]) return false;
  return true;
}

function sameKeys(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  const x = a.keys();
  const y = b.keys();
  for (let k = 0; k < a.size; k++) if (x.next().value !== y.next().value) return false;
  return true;
}

function sameMap(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  let same = true;
  a.forEach((v, k) => { if (same && b.get(k) !== v) same = false; });
  return same;
}
