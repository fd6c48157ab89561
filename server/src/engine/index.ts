/**
 * Public API of the lint engine. Pure: no vscode, no LSP, no CLI, no file system (a test checks
 * the imports). Offsets are UTF-16 units into the text without its BOM.
 */
export * from './types';
export { lintText, lintLibrary, lintTextLean, startLean, severityOf, scoredScripts } from './lint';
export type { LintOptions, LintResult, PendingLint, ScriptBase, ScriptResult } from './lint';
export { parseLibrary, SCRIPT_KEYS } from './parse/library';
export type { Library, Script, Turn } from './parse/library';
export { LineIndex, stripBom } from './line-index';
export type { Position, TextSlices } from './line-index';
export { applyFixes } from './fixes';
export { parseConfig, resolveConfig, isIgnored, emptyConfig, PRESETS, CONFIG_FILE_NAMES } from './config';
export type { Config, EffectiveConfig, ConfigProblem, TeamPhrase } from './config';
export { ALL_RULES, RULES_BY_ID, RULE_IDS, DEFAULT_SEVERITIES, ruleMeta, rubricOf, docsUrl } from './rules/index';
export type { RuleModule, RuleMeta, Trigger, TurnContext } from './rules/api';
export { RUBRIC } from './score';
export type { ScoreCard, ItemScore } from './score';
export { fixAll, fixAllWith } from './fix-all';
export { startTiming, stopTiming, activeTiming, timed, LintTiming } from './timing';
export type { TimingRow, TimingStep } from './timing';
