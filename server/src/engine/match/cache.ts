/**
 * One compiled matcher per distinct set of team phrases and allow entries. Built-in phrase data
 * is the same for every config, so most workspaces compile exactly once.
 */
import type { EffectiveConfig } from '../config';
import { Matcher, PhraseSource, ALLOW } from './matcher';
import { ALL_RULES } from '../rules/index';
import { LEXICONS } from '../rules/lexicons';
import { BUILTIN_ALLOW } from '../rules/allow';
import { PLATFORM_ALLOW } from '../rules/k-platform-contact/profiles';
import { BUILTIN_MATCHER } from './builtin-data';

const cache = new Map<string, Matcher>();
const MAX = 16;

function builtinSources(): PhraseSource[] {
  const sources: PhraseSource[] = [];
  for (const r of ALL_RULES) if (r.triggers?.length) sources.push({ owner: r.meta.id, triggers: r.triggers });
  for (const [name, patterns] of Object.entries(LEXICONS)) sources.push({ owner: `@${name}`, triggers: patterns.map((pattern) => ({ pattern, inQuotes: true })) });
  return sources;
}

/** Everything a config's matcher scans for: the built-in phrase data, allow lists, the team's phrases. */
export function matcherSources(config: Pick<EffectiveConfig, 'allow' | 'phrases'>): PhraseSource[] {
  const sources = builtinSources();
  sources.push({ owner: ALLOW, triggers: [...BUILTIN_ALLOW, ...config.allow].map((pattern) => ({ pattern, inQuotes: true })) });
  // platform profiles: allowed on that platform only (京东 in a JD shop)
  for (const [platform, list] of Object.entries(PLATFORM_ALLOW)) sources.push({ owner: `${ALLOW}@${platform}`, triggers: list.map((pattern) => ({ pattern, inQuotes: true })) });
  config.phrases.forEach((p, k) => sources.push({ owner: `team:${k}`, triggers: [{ pattern: p.pattern }] }));
  return sources;
}

export function getMatcher(config: Pick<EffectiveConfig, 'allow' | 'phrases'>): Matcher {
  const key = JSON.stringify([config.allow, config.phrases.map((p) => p.pattern)]);
  let m = cache.get(key);
  if (m) return m;
  // without allow entries or phrases of its own, a config scans for the built-in data alone,
  // whose automata were made at build time
  const own = config.allow.length > 0 || config.phrases.length > 0;
  m = new Matcher(matcherSources(config), own ? undefined : BUILTIN_MATCHER);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, m);
  return m;
}
