/** Output formats of `huashu lint`, one module each. */
import type { Format } from '../args';
import type { Formatter, FormatContext } from './types';
import { stylish } from './stylish';
import { json, jsonChunks } from './json';
import { sarif, sarifChunks } from './sarif';
import { github } from './github';
import { rdjson, rdjsonChunks } from './rdjson';
import { junit } from './junit';

export const FORMATTERS: Record<Format, Formatter> = { stylish, json, sarif, github, rdjson, junit };
/** Formats whose output is written in pieces as it is made (the same text as FORMATTERS gives). */
export const CHUNKED_FORMATTERS: Partial<Record<Format, (reports: Parameters<Formatter>[0], ctx: FormatContext) => Iterable<string>>> = { json: jsonChunks, sarif: sarifChunks, rdjson: rdjsonChunks };
export type { Formatter, FormatContext } from './types';
