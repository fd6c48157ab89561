/** Output formats of `huashu lint`, one module each. */
import type { Format } from '../args';
import type { Formatter } from './types';
import { stylish } from './stylish';
import { json } from './json';
import { sarif } from './sarif';
import { github } from './github';
import { rdjson } from './rdjson';
import { junit } from './junit';

export const FORMATTERS: Record<Format, Formatter> = { stylish, json, sarif, github, rdjson, junit };
export type { Formatter, FormatContext } from './types';
