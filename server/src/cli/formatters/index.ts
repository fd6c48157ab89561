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
export type { Formatter, FormatContext } from './types';
