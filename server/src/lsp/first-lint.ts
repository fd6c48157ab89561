/**
 * A large library's first lint in stages: the language server lints the top of the document
 * first (the lines an editor shows when it opens a file), answers with the diagnostics found
 * there, and lints the rest after yielding, in prefixes that grow fourfold. Each stage is the
 * same document's analyzer reading a longer text whole (`DocumentAnalyzer.readWholeNext`): the
 * items an earlier stage linted are found again by their text and only the new ones are linted
 * (`engine/incremental.ts`), so the stages together cost little more than one lint.
 *
 * What a stage may show is only what the whole document's lint will show too: the diagnostics of
 * the scripts before the stage's last one (the last one's end depends on what follows it), from
 * rules that read one script; findings that read other scripts or the whole file (duplicate ids,
 * library rules, unused directives) and the header's wait for the whole document.
 */
import { ALL_RULES } from '../engine';
import type { Chunk, Split } from '../engine/incremental';

/** Documents shorter than this (UTF-16 units; about 450 corpus scripts) are linted in one go. */
export const STAGED_MIN_LENGTH = 64 * 1024;

/**
 * The first stage covers the items that start within this many lines: about one screen (a VS
 * Code window on a 1080p display shows 45–55 lines), what an editor shows when it opens a file.
 * Its answer comes sooner than one for a few screens, and the stages after it cost no more: at
 * 1,000 corpus scripts the first diagnostics came 8 ms sooner than with 150 lines, the whole
 * document's as soon (bench/README.md, forty-ninth round).
 */
export const FIRST_STAGE_LINES = 60;

/** Each later stage covers at least this many times the text of the one before. */
const GROWTH = 4;

/**
 * Findings of these rules read more than their script: a stage does not show them. Besides the
 * rules that read the whole library (`checkLibrary`), a duplicate id (the other script) and an
 * unused directive (a region may end below the stage).
 */
const CROSS_SCRIPT_RULES: ReadonlySet<string> = new Set(['duplicate-id', 'unused-directive', ...ALL_RULES.filter((r) => typeof r.checkLibrary === 'function').map((r) => r.meta.id)]);

/** Whether a stage may show a diagnostic of this code (a rule id) on its lines. */
export function stageMayShow(code: unknown): boolean {
  return !CROSS_SCRIPT_RULES.has(String(code));
}

export interface Stage {
  /** The prefix the stage lints: the text before `end` (an item's start). */
  end: number;
  /** Diagnostics the stage may show start on or after this line (the first item's)… */
  fromLine: number;
  /** …and end before this one (the stage's last item's first line). */
  toLine: number;
}

/**
 * The stages before the whole document: prefixes ending at item starts, the first after
 * `FIRST_STAGE_LINES` lines, each later one at least `GROWTH` times as long, none past half the
 * text (the whole document's lint comes after them). Empty when the document is too short or
 * has too few items for a stage to show anything.
 */
export function stagesOf(text: string, split: Split, firstLines = FIRST_STAGE_LINES): Stage[] {
  const chunks: readonly Chunk[] = split.chunks;
  if (text.length < STAGED_MIN_LENGTH || chunks.length < 3) return [];
  const stages: Stage[] = [];
  // the line of each item's start, counted once, front to back
  let line = 0;
  let at = 0;
  const lineOf = (offset: number): number => {
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset;
    return line;
  };
  const fromLine = lineOf(chunks[0].start);
  let lastLine = lineOf(chunks[1].start);
  let minEnd = 0;
  for (let k = 2; k < chunks.length; k++) {
    const end = chunks[k].start;
    if (end > text.length / 2) break;
    const endLine = lineOf(end);
    // (the stage's last item, k - 1, is not shown: its diagnostics end before its first line's)
    if (stages.length === 0 ? endLine >= firstLines : end >= minEnd) {
      stages.push({ end, fromLine, toLine: lastLine });
      minEnd = end * GROWTH;
    }
    lastLine = endLine;
  }
  return stages;
}
