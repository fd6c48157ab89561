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
import { builtinMatcherData } from './builtin-data';
import { PRESENCE_ONLY } from '../rule-gating';

const cache = new Map<string, Matcher>();
const MAX = 16;

/** The built-in phrase data: rule triggers, lexicons, the built-in allow list, the platforms' allow lists. */
export function builtinSources(): PhraseSource[] {
  const sources: PhraseSource[] = [];
  for (const r of ALL_RULES) if (r.triggers?.length) sources.push({ owner: r.meta.id, triggers: r.triggers, presence: PRESENCE_ONLY.has(r.meta.id) });
  for (const [name, patterns] of Object.entries(LEXICONS)) {
    const owner = `@${name}`;
    sources.push({ owner, triggers: patterns.map((pattern) => ({ pattern, inQuotes: true })), presence: PRESENCE_ONLY.has(owner) });
  }
  sources.push({ owner: ALLOW, triggers: BUILTIN_ALLOW.map((pattern) => ({ pattern, inQuotes: true })) });
  // platform profiles: allowed on that platform only (京东 in a JD shop)
  for (const [platform, list] of Object.entries(PLATFORM_ALLOW)) sources.push({ owner: `${ALLOW}@${platform}`, triggers: list.map((pattern) => ({ pattern, inQuotes: true })) });
  return sources;
}

/** The matcher owner of a config's k-th team phrase (the lint reads its hits by this name). */
export function teamOwner(k: number): string { return `team:${k}`; }

/** A config's own: its allow entries and its team phrases. */
export function configSources(config: Pick<EffectiveConfig, 'allow' | 'phrases'>): PhraseSource[] {
  const sources: PhraseSource[] = [];
  if (config.allow.length) sources.push({ owner: ALLOW, triggers: config.allow.map((pattern) => ({ pattern, inQuotes: true })) });
  config.phrases.forEach((p, k) => sources.push({ owner: teamOwner(k), triggers: [{ pattern: p.pattern }] }));
  return sources;
}

/** Everything a config's matcher scans for. */
export function matcherSources(config: Pick<EffectiveConfig, 'allow' | 'phrases'>): PhraseSource[] {
  return [...builtinSources(), ...configSources(config)];
}

/**
 * Set by scripts/build.mjs in the bundles: it makes the built-in data (gen-matcher.mjs) from the
 * sources it then bundles, so the data a bundle carries is its own sources'. Elsewhere (the tests'
 * tsc output, where builtin-data.ts may lag behind an edited source) the data is checked in full.
 */
declare const __HUASHU_BUILTIN_CURRENT__: boolean | undefined;
const BUILTIN_CURRENT = typeof __HUASHU_BUILTIN_CURRENT__ === 'boolean' && __HUASHU_BUILTIN_CURRENT__;

/**
 * The matcher of a config: the built-in phrase data's automata were made at build time
 * (builtin-data.ts); the config's own phrases and allow entries are compiled here.
 */
export function getMatcher(config: Pick<EffectiveConfig, 'allow' | 'phrases'>): Matcher {
  const key = JSON.stringify([config.allow, config.phrases.map((p) => p.pattern)]);
  let m = cache.get(key);
  if (m) return m;
  m = new Matcher(builtinSources(), builtinMatcherData(), configSources(config), BUILTIN_CURRENT);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, m);
  return m;
}
