/**
 * The server's view of `huashu.config.yaml`: discovered per file with the CLI's discovery
 * (node/config-discovery.ts), reloaded when a watched config changes, and — when a config has
 * errors — still linting with the last config that loaded without errors.
 */
import * as path from 'path';
import { DEFAULT_SEVERITIES, EffectiveConfig, emptyConfig, isIgnored, resolveConfig } from '../engine';
import { LoadedConfig, findConfigFile, loadConfigFile, relativeTo } from '../node/config-discovery';

export interface ConfigState {
  /** What linting uses. */
  good: LoadedConfig;
  /** What was read last (its problems are reported on the config file). */
  latest: LoadedConfig;
  stale: boolean;
}

export class ConfigManager {
  private readonly states = new Map<string, ConfigState>();
  private readonly discovered = new Map<string, string | undefined>();
  private readonly effective = new Map<string, { config: EffectiveConfig; ignored: boolean; file?: string }>();
  private readonly defaults: EffectiveConfig = resolveConfig(emptyConfig(), '', DEFAULT_SEVERITIES);
  /** Bumped whenever any config changes. */
  generation = 0;
  /**
   * Restricted mode (an untrusted workspace): nothing from the workspace is read, not even
   * `huashu.config.yaml`; every file is linted with the built-in rules and defaults.
   */
  restricted = false;

  constructor(private readonly roots: () => string[]) {}

  /** The effective config and ignore status for a file (absolute path), or the defaults. */
  forFile(fsPath: string | undefined): { config: EffectiveConfig; ignored: boolean; file?: string } {
    if (!fsPath || this.restricted) return { config: this.defaults, ignored: false };
    const cached = this.effective.get(fsPath);
    if (cached) return cached;
    const file = this.configFileFor(fsPath);
    let out: { config: EffectiveConfig; ignored: boolean; file?: string };
    if (!file) out = { config: this.defaults, ignored: false };
    else {
      const { good } = this.state(file);
      const rel = relativeTo(good.dir, fsPath);
      out = { config: resolveConfig(good.config, rel, DEFAULT_SEVERITIES), ignored: isIgnored(good.config, rel), file };
    }
    this.effective.set(fsPath, out);
    return out;
  }

  configFileFor(fsPath: string): string | undefined {
    if (this.restricted) return undefined;
    const dir = path.dirname(fsPath);
    if (this.discovered.has(dir)) return this.discovered.get(dir);
    const root = this.roots().find((r) => isInside(r, fsPath));
    const file = findConfigFile(fsPath, root);
    this.discovered.set(dir, file);
    return file;
  }

  state(file: string): ConfigState {
    let s = this.states.get(file);
    if (!s) {
      const loaded = loadConfigFile(file);
      s = { good: loaded, latest: loaded, stale: false };
      this.states.set(file, s);
    }
    return s;
  }

  /** A config file changed, appeared or disappeared: reload it and forget derived configs. */
  changed(file: string, deleted: boolean): ConfigState | undefined {
    this.generation++;
    this.effective.clear();
    this.discovered.clear();
    if (deleted) { this.states.delete(file); return undefined; }
    const latest = loadConfigFile(file);
    const prev = this.states.get(file);
    const invalid = latest.problems.some((p) => p.severity === 'error');
    const s: ConfigState = invalid && prev ? { good: prev.good, latest, stale: true } : { good: latest, latest, stale: false };
    this.states.set(file, s);
    return s;
  }

  knownFiles(): string[] { return [...this.states.keys()]; }
}

export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}
