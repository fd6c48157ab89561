/**
 * Custom requests between the Huashu language server and its clients (the VS Code preview and
 * report). Plain JSON; positions are LSP positions (UTF-16) so any client can use them.
 */

export interface PreviewRange { start: { line: number; character: number }; end: { line: number; character: number } }

export interface PreviewFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Where the finding sits in the file. */
  range: PreviewRange;
  /** [start, end) in the message text (UTF-16), when the finding lies inside one message. */
  textRange?: [number, number];
}

export interface PreviewMessage {
  text: string;
  /** Source range of the message's scalar (first to last character). */
  range: PreviewRange;
  findings: PreviewFinding[];
}

export interface PreviewTurn {
  field: 'reply' | 'alternatives';
  altIndex: number;
  messages: PreviewMessage[];
}

export interface PreviewScript {
  id?: string;
  title?: string;
  scenario?: string;
  stage?: string;
  tags: string[];
  customer: string[];
  score: number;
  /** Rubric items that lost points, with their Chinese names. */
  deductions: { item: string; name: string; points: number; max: number; rules: string[] }[];
  range: PreviewRange;
  turns: PreviewTurn[];
  /** Findings on the script that are not inside a message (structure, missing elements). */
  findings: PreviewFinding[];
}

export interface DocumentScriptsParams { uri: string }
export interface DocumentScriptsResult {
  uri: string;
  version: number | null;
  shop?: string;
  platform: string;
  score: number;
  counts: { error: number; warning: number; info: number };
  scripts: PreviewScript[];
}

/** `huashu/documentScripts`: the scripts of an open document with findings and scores. */
export const DocumentScriptsRequest = 'huashu/documentScripts';
/** `huashu/documentChanged` (server → client notification): a document's findings changed. */
export const DocumentChangedNotification = 'huashu/documentChanged';
export interface DocumentChangedParams { uri: string; version: number | null; score: number; counts: { error: number; warning: number; info: number } }
