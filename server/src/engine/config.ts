/**
 * `huashu.config.yaml`: parsing (text → config + Chinese problems with offsets), presets and
 * per-file resolution. Pure: discovery on disk lives in node/config-discovery.ts, so the CLI and
 * the language server resolve the same file to the same config.
 */
import { parseDocument, isMap, isSeq, isScalar, YAMLMap, Node as YNode, type Document } from 'yaml';
import { fastParse } from './parse/fast-scan';
import { withoutStacks } from './parse/no-stacks';
import picomatch from 'picomatch';
import { Platform, PLATFORMS, Scenario, SCENARIOS, Severity, SeveritySetting, Stage, STAGES } from './types';
import { compilePattern, PatternError, PATTERN_LIMITS } from './match/pattern';
import { closest } from './messages';
import { addDuplicateKeyErrors } from './parse/unique-keys';
import { yamlErrorText } from './parse/yaml-errors';

export interface TeamPhrase {
  pattern: string;
  kind: 'forbidden' | 'required';
  message?: string;
  replacement?: string;
  severity?: Severity;
  scenarios?: Scenario[];
  stages?: Stage[];
}

export interface RuleSetting { severity?: SeveritySetting; options?: Record<string, unknown> }

export interface ConfigLayer {
  platform?: Platform;
  rules: Record<string, RuleSetting>;
  phrases: TeamPhrase[];
  allow: string[];
}

export interface Override extends ConfigLayer { files: string[] }

export interface Config extends ConfigLayer {
  extends: string[];
  ignore: string[];
  overrides: Override[];
}

export interface ConfigProblem { message: string; start: number; end: number; severity: Severity }

/** What one file is linted with, after presets and overrides. */
export interface EffectiveConfig {
  platform?: Platform;
  rules: Record<string, RuleSetting>;
  phrases: TeamPhrase[];
  allow: string[];
}

export const PRESETS = ['huashu:recommended', 'huashu:strict', ...PLATFORMS.map((p) => `huashu:${p}`)];
export const CONFIG_FILE_NAMES = ['huashu.config.yaml', 'huashu.config.yml'];
export const LIMITS = { phrases: 2000, allow: 5000, overrides: 200 };

const TOP = ['extends', 'platform', 'rules', 'phrases', 'allow', 'ignore', 'overrides', 'policy'];
const SEVERITIES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export function emptyConfig(): Config {
  return { extends: ['huashu:recommended'], rules: {}, phrases: [], allow: [], ignore: [], overrides: [] };
}

/**
 * Parses config text. Unknown rule ids are checked against `knownRules`. Problems never throw;
 * a config with errors still yields everything that was readable.
 */
export function parseConfig(text: string, knownRules: readonly string[], parse: 'fast' | 'full' = 'fast'): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config = emptyConfig();
  config.extends = [];
  const src = text.replace(/^\uFEFF/, '');
  // the library's fast scanner when the config is in its layout (a config of 2,000 team phrases
  // took the `yaml` package 226 ms of a CLI run, cold; a small one 10 ms), the parser otherwise
  // (and for its error messages); an anchor or alias: the parser, which resolves the aliases
  const fast = parse === 'fast' ? fastParse(src, undefined, false) : undefined;
  let doc: Document;
  if (fast && !fast.anchors) doc = fast.doc;
  else {
    doc = withoutStacks(() => parseDocument(src, { prettyErrors: false, uniqueKeys: false }));
    addDuplicateKeyErrors(doc); // linear; the package's uniqueKeys check is quadratic
  }
  const off = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (n: YNode | null | undefined): { start: number; end: number } => {
    const r = n?.range;
    return r ? { start: r[0] + off, end: Math.max(r[1], r[0] + 1) + off } : { start: 0, end: Math.min(1, text.length) };
  };
  const err = (m: string, n: YNode | null | undefined, severity: Severity = 'error'): void => { problems.push({ message: m, ...at(n), severity }); };
  for (const e of doc.errors) problems.push({ message: `配置文件 YAML 语法错误：${yamlErrorText(e.code, e.message)}`, start: e.pos[0] + off, end: e.pos[1] + off, severity: 'error' });
  const root = doc.contents;
  if (root == null || (isScalar(root) && root.value == null)) { config.extends = ['huashu:recommended']; return { config, problems }; }
  if (!isMap(root)) { err('配置文件的顶层必须是键值映射', root); return { config, problems }; }
  for (const p of root.items) {
    const key = isScalar(p.key) ? String(p.key.value) : '';
    const v = p.value as YNode | null;
    switch (key) {
      case 'extends': {
        for (const [name, node] of strings(v, err, 'extends')) {
          if (PRESETS.includes(name)) config.extends.push(name);
          else err(`未知的预设 “${name}”：只能继承内置预设（${PRESETS.join('、')}），不会加载任何外部文件或代码`, node);
        }
        break;
      }
      case 'platform':
        if (isScalar(v) && PLATFORMS.includes(v.value as Platform)) config.platform = v.value as Platform;
        else err(`platform 的取值无效，可选：${PLATFORMS.join(' | ')}`, v);
        break;
      case 'rules': readRules(v, config.rules, knownRules, err); break;
      case 'phrases': config.phrases = readPhrases(v, err); break;
      case 'allow': config.allow = allowList(v, err); break;
      case 'ignore': config.ignore = globs(v, err, 'ignore'); break;
      case 'overrides': config.overrides = readOverrides(v, knownRules, err); break;
      case 'policy': readPolicy(v, config.rules, err); break;
      default: {
        const near = closest(key, TOP);
        err(`未知的配置项 “${key}”${near ? `，是不是想写 “${near}”？` : `；可用：${TOP.join('、')}`}`, p.key as YNode);
      }
    }
  }
  if (config.extends.length === 0) config.extends = ['huashu:recommended'];
  return { config, problems };
}

type Err = (m: string, n: YNode | null | undefined, s?: Severity) => void;

function strings(v: YNode | null, err: Err, key: string): [string, YNode][] {
  if (isScalar(v) && typeof v.value === 'string') return [[v.value, v]];
  if (isSeq(v)) {
    const out: [string, YNode][] = [];
    for (const item of v.items) {
      if (isScalar(item) && item.value != null && typeof item.value !== 'object') out.push([String(item.value), item]);
      else err(`“${key}” 的每一项都必须是文字`, item as YNode);
    }
    return out;
  }
  if (!(isScalar(v) && v.value == null)) err(`“${key}” 必须是文字列表`, v);
  return [];
}

/**
 * Globs are compiled to regular expressions (picomatch), and several `*` in one path segment
 * backtrack: `*a*a*a*a*c` takes a minute on a 250-character file name. A config from a cloned
 * repository is untrusted, so globs are limited (length, `*` per segment, count) and the rest is
 * a config error instead of a hang.
 */
export const GLOB_LIMITS = { maxLength: 256, maxStarsPerSegment: 3, maxGlobs: 500 };

export function globProblem(g: string): string | undefined {
  if (!g.trim()) return '文件模式不能为空';
  if (g.length > GLOB_LIMITS.maxLength) return `文件模式过长（最多 ${GLOB_LIMITS.maxLength} 个字符）`;
  for (const seg of g.split('/')) {
    // a run of '*' ('**' included) and every extglob opener *( +( ?( @( !( count as one wildcard
    const stars = (seg.match(/\*+|[+?@!]\(/g) ?? []).length;
    if (stars > GLOB_LIMITS.maxStarsPerSegment) return `文件模式 “${g.slice(0, 60)}” 在一段路径里用了 ${stars} 个通配符（最多 ${GLOB_LIMITS.maxStarsPerSegment} 个），匹配会非常慢`;
  }
  return undefined;
}

function globs(v: YNode | null, err: Err, key: string): string[] {
  const out: string[] = [];
  for (const [g, node] of strings(v, err, key)) {
    if (out.length >= GLOB_LIMITS.maxGlobs) { err(`“${key}” 最多 ${GLOB_LIMITS.maxGlobs} 个文件模式，多出的已忽略`, node); break; }
    const problem = globProblem(g);
    if (problem) err(problem, node); else out.push(g);
  }
  return out;
}

function readRules(v: YNode | null, into: Record<string, RuleSetting>, known: readonly string[], err: Err): void {
  if (!isMap(v)) { if (v && !(isScalar(v) && v.value == null)) err('rules 必须是“规则 id: 级别”形式的映射', v); return; }
  for (const p of v.items) {
    const id = isScalar(p.key) ? String(p.key.value) : '';
    if (!known.includes(id)) {
      const near = closest(id, known);
      err(`未知的规则 “${id}”${near ? `，是不是想写 “${near}”？` : ''}（huashu rules 可列出全部规则）`, p.key as YNode, 'warning');
      continue;
    }
    const setting = readSetting(p.value as YNode | null, err);
    if (setting) into[id] = { ...into[id], ...setting, options: { ...into[id]?.options, ...setting.options } };
  }
}

function readSetting(v: YNode | null, err: Err): RuleSetting | undefined {
  if (isScalar(v)) {
    const s = String(v.value);
    if (SEVERITIES.includes(s as SeveritySetting)) return { severity: s as SeveritySetting };
    err(`规则级别无效 “${s}”，可选：off | info | warning | error`, v);
    return undefined;
  }
  if (isSeq(v) && v.items.length >= 1) {
    const first = readSetting(v.items[0] as YNode, err);
    const opts = v.items[1] as YNode | undefined;
    return { ...first, options: isMap(opts) ? (opts.toJSON() as Record<string, unknown>) : {} };
  }
  if (isMap(v)) {
    const obj = (v as YAMLMap).toJSON() as Record<string, unknown>;
    const { severity, options, ...rest } = obj;
    if (severity !== undefined && !SEVERITIES.includes(severity as SeveritySetting)) { err(`规则级别无效 “${String(severity)}”`, v); return undefined; }
    return { severity: severity as SeveritySetting | undefined, options: { ...(options as object), ...rest } };
  }
  err('规则设置必须是级别（off/info/warning/error），或 {severity, 选项…}', v);
  return undefined;
}

function readPhrases(v: YNode | null, err: Err): TeamPhrase[] {
  if (!isSeq(v)) { if (v && !(isScalar(v) && v.value == null)) err('phrases 必须是列表', v); return []; }
  const out: TeamPhrase[] = [];
  for (const item of v.items) {
    if (out.length >= LIMITS.phrases) { err(`团队短语最多 ${LIMITS.phrases} 条，多出的已忽略`, item as YNode); break; }
    if (isScalar(item) && typeof item.value === 'string') { if (checkPattern(item.value, item, err)) out.push({ pattern: item.value, kind: 'forbidden' }); continue; }
    if (!isMap(item)) { err('每条团队短语必须是文字，或 {pattern, kind, message, replacement}', item as YNode); continue; }
    const o = item.toJSON() as Record<string, unknown>;
    const pattern = typeof o.pattern === 'string' ? o.pattern : typeof o.phrase === 'string' ? o.phrase : undefined;
    if (!pattern) { err('团队短语缺少 pattern', item); continue; }
    if (!checkPattern(pattern, item, err)) continue;
    const kind = o.kind === 'required' ? 'required' : 'forbidden';
    if (o.kind !== undefined && o.kind !== 'required' && o.kind !== 'forbidden') err('kind 只能是 forbidden 或 required', item);
    const severity = SEVERITIES.includes(o.severity as SeveritySetting) && o.severity !== 'off' ? (o.severity as Severity) : undefined;
    out.push({
      pattern, kind, severity,
      message: typeof o.message === 'string' ? o.message : undefined,
      replacement: typeof o.replacement === 'string' ? o.replacement : undefined,
      scenarios: Array.isArray(o.scenarios) ? (o.scenarios as Scenario[]).filter((s) => SCENARIOS.includes(s)) : undefined,
      stages: Array.isArray(o.stages) ? (o.stages as Stage[]).filter((s) => STAGES.includes(s)) : undefined,
    });
  }
  return out;
}

/** `allow` phrases use the team-phrase syntax and limits: beyond them, a config error. */
function allowList(v: YNode | null, err: Err): string[] {
  const out: string[] = [];
  for (const [p, node] of strings(v, err, 'allow')) {
    if (out.length >= LIMITS.allow) { err(`allow 最多 ${LIMITS.allow} 条，多出的已忽略`, node); break; }
    if (checkPattern(p, node, err)) out.push(p);
  }
  return out;
}

function checkPattern(p: string, node: YNode, err: Err): boolean {
  try { compilePattern(p, PATTERN_LIMITS); return true; } catch (e) {
    err(`短语模式无效：${e instanceof PatternError ? e.message : String(e)}`, node);
    return false;
  }
}

function readOverrides(v: YNode | null, known: readonly string[], err: Err): Override[] {
  if (!isSeq(v)) { if (v && !(isScalar(v) && v.value == null)) err('overrides 必须是列表', v); return []; }
  const out: Override[] = [];
  for (const item of v.items) {
    if (out.length >= LIMITS.overrides) { err(`overrides 最多 ${LIMITS.overrides} 项，多出的已忽略`, item as YNode); break; }
    if (!isMap(item)) { err('overrides 的每一项必须是 {files, rules…}', item as YNode); continue; }
    const ov: Override = { files: [], rules: {}, phrases: [], allow: [] };
    for (const p of item.items) {
      const key = isScalar(p.key) ? String(p.key.value) : '';
      const pv = p.value as YNode | null;
      if (key === 'files') ov.files = globs(pv, err, 'files');
      else if (key === 'rules') readRules(pv, ov.rules, known, err);
      else if (key === 'phrases') ov.phrases = readPhrases(pv, err);
      else if (key === 'allow') ov.allow = allowList(pv, err);
      else if (key === 'platform' && isScalar(pv) && PLATFORMS.includes(pv.value as Platform)) ov.platform = pv.value as Platform;
      else if (key === 'policy') readPolicy(pv, ov.rules, err);
      else err(`overrides 里未知的键 “${key}”（可用：files、rules、phrases、allow、platform、policy）`, p.key as YNode);
    }
    if (!ov.files.length) err('overrides 的每一项都需要 files', item);
    out.push(ov);
  }
  return out;
}

/** `policy: {qin: allow|limit|forbid, emoticons: …}` sets the options of the debated-point rules. */
function readPolicy(v: YNode | null, rules: Record<string, RuleSetting>, err: Err): void {
  if (!isMap(v)) { err('policy 必须是映射：{qin: allow|limit|forbid, emoticons: allow|limit|forbid}', v); return; }
  const ids: Record<string, string> = { qin: 'qin-address-policy', emoticons: 'emoticon-policy' };
  for (const p of v.items) {
    const key = isScalar(p.key) ? String(p.key.value) : '';
    const val = isScalar(p.value) ? String(p.value.value) : '';
    if (!ids[key]) { err(`policy 里未知的键 “${key}”（可用：qin、emoticons）`, p.key as YNode); continue; }
    if (!['allow', 'limit', 'forbid'].includes(val)) { err('取值只能是 allow、limit 或 forbid', p.value as YNode); continue; }
    const id = ids[key];
    rules[id] = { ...rules[id], options: { ...rules[id]?.options, mode: val } };
  }
}

/** Severity changes a preset makes, given every rule's default severity. */
function presetLayer(name: string, defaults: Record<string, Severity>): Partial<ConfigLayer> {
  if (name === 'huashu:strict') {
    const rules: Record<string, RuleSetting> = {};
    for (const [id, sev] of Object.entries(defaults)) if (sev === 'info') rules[id] = { severity: 'warning' };
    return { rules };
  }
  const platform = name.slice('huashu:'.length) as Platform;
  if (PLATFORMS.includes(platform)) return { platform };
  return {};
}

function merge(into: EffectiveConfig, layer: Partial<ConfigLayer>): void {
  if (layer.platform) into.platform = layer.platform;
  for (const [id, s] of Object.entries(layer.rules ?? {})) {
    into.rules[id] = { severity: s.severity ?? into.rules[id]?.severity, options: { ...into.rules[id]?.options, ...s.options } };
  }
  if (layer.phrases) into.phrases = [...into.phrases, ...layer.phrases];
  if (layer.allow) into.allow = [...into.allow, ...layer.allow];
}

/**
 * The config a file is linted with: presets in order, then the file's own settings, then every
 * override whose `files` glob matches `relPath` (a path relative to the config's folder, with '/').
 */
export function resolveConfig(config: Config, relPath: string, defaults: Record<string, Severity>): EffectiveConfig {
  const eff: EffectiveConfig = { rules: {}, phrases: [], allow: [] };
  for (const name of config.extends) merge(eff, presetLayer(name, defaults));
  merge(eff, config);
  for (const ov of config.overrides) {
    if (ov.files.some((g) => picomatch(g, { dot: true, matchBase: !g.includes('/') })(relPath))) merge(eff, ov);
  }
  return eff;
}

/** True when relPath matches one of the config's `ignore` globs. */
export function isIgnored(config: Config, relPath: string): boolean {
  return config.ignore.some((g) => picomatch(g, { dot: true, matchBase: !g.includes('/') })(relPath));
}
