/** Output formats of `huashu lint`, one module each. */
import type { Format } from '../args';
import type { Formatter, FormatContext } from './types';
import { stylish, stylishChunks } from './stylish';
import { json, jsonChunks } from './json';
import { sarif, sarifChunks } from './sarif';
import { github, githubChunks } from './github';
import { rdjson, rdjsonChunks } from './rdjson';
import { junit, junitChunks } from './junit';

export const FORMATTERS: Record<Format, Formatter> = { stylish, json, sarif, github, rdjson, junit };
/** Every format in pieces, written as they are made (joined: the same text as FORMATTERS gives). */
export const CHUNKED_FORMATTERS: Record<Format, (reports: Parameters<Formatter>[0], ctx: FormatContext) => Iterable<string>> = {
  stylish: stylishChunks, json: jsonChunks, sarif: sarifChunks, github: githubChunks, rdjson: rdjsonChunks, junit: junitChunks,
};
/**
 * What each format reads of a report besides its messages: the file's text and line index (SARIF
 * and rdjson: regions in UTF-16 units and code points, SARIF's fingerprints), its scripts' results
 * (none of them), its scripts' indexes and ids (`cases`, JUnit: a test case per script). The lint
 * keeps and the report holds only these (run.ts).
 */
export const READS: Record<Format, { text: boolean; scripts: boolean; cases: boolean }> = {
  stylish: { text: false, scripts: false, cases: false }, json: { text: false, scripts: false, cases: false }, sarif: { text: true, scripts: false, cases: false },
  github: { text: false, scripts: false, cases: false }, rdjson: { text: true, scripts: false, cases: false }, junit: { text: false, scripts: false, cases: true },
};
export type { Formatter, FormatContext } from './types';
