/**
 * Finds and loads `huashu.config.yaml` for a file: the nearest one in the file's folder or above,
 * stopping at `root` when given. Shared by the CLI and the language server so both lint the same
 * file with the same config. Config files are data: nothing in them is ever executed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ioErrorText } from './io-error';
import {
  CONFIG_FILE_NAMES, Config, ConfigProblem, DEFAULT_SEVERITIES, EffectiveConfig, RULE_IDS, emptyConfig, isIgnored, parseConfig, resolveConfig,
} from '../engine';

export interface LoadedConfig {
  /** Absolute path of the config file; undefined for the built-in defaults. */
  file?: string;
  /** Folder globs and overrides are relative to. */
  dir: string;
  config: Config;
  problems: ConfigProblem[];
  /** The config file's text (for reporting problems with positions). */
  text?: string;
}

/** Reads and parses one config file. I/O errors become a problem, never an exception. */
export function loadConfigFile(file: string): LoadedConfig {
  const dir = path.dirname(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, dir, config: emptyConfig(), problems: [{ message: `无法读取配置文件：${ioErrorText(e)}`, start: 0, end: 0, severity: 'error' }] };
  }
  const { config, problems } = parseConfig(text, RULE_IDS);
  return { file, dir, config, problems, text };
}

/** Path of the nearest config file for `filePath`, or undefined. */
export function findConfigFile(filePath: string, root?: string): string | undefined {
  let dir = path.dirname(path.resolve(filePath));
  const stop = root ? path.resolve(root) : undefined;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      // no exception for a missing file (the usual case): making one per look-up cost a lint of
      // 1,000 files about a second
      try { if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate; } catch { /* not readable */ }
    }
    const parent = path.dirname(dir);
    if (parent === dir || (stop && dir === stop)) return undefined;
    dir = parent;
  }
}

/** A per-run cache of loaded configs, by config file path. */
export class ConfigResolver {
  private readonly cache = new Map<string, LoadedConfig>();
  /** Per folder of a linted file, the config file that governs it (undefined: none): a lint of 1,000 files looked it up 1,000 times. */
  private readonly found = new Map<string, string | undefined>();
  /** The effective config of a loaded config without overrides: the same for every file it governs. */
  private readonly effective = new WeakMap<LoadedConfig, EffectiveConfig>();
  /** What governs a file when no config applies (one object, so its effective config is made once). */
  private none: LoadedConfig | undefined;

  constructor(private readonly options: { explicit?: string; noConfig?: boolean; root?: string } = {}) {}

  /** The loaded config that governs `filePath`. */
  loadedFor(filePath: string): LoadedConfig {
    if (this.options.noConfig) return this.noConfig(process.cwd());
    const file = this.options.explicit ? path.resolve(this.options.explicit) : this.configFileFor(filePath);
    if (!file) return this.noConfig(this.options.root ?? process.cwd());
    let loaded = this.cache.get(file);
    if (!loaded) { loaded = loadConfigFile(file); this.cache.set(file, loaded); }
    return loaded;
  }

  private noConfig(dir: string): LoadedConfig {
    if (this.none?.dir !== dir) this.none = { dir, config: emptyConfig(), problems: [] };
    return this.none;
  }

  private configFileFor(filePath: string): string | undefined {
    const dir = path.dirname(path.resolve(filePath));
    if (this.found.has(dir)) return this.found.get(dir);
    const file = findConfigFile(filePath, this.options.root);
    this.found.set(dir, file);
    return file;
  }

  /**
   * The effective config for `filePath`, after presets and overrides. The same object for every
   * file of a config without overrides: the lint keeps what it derives from a config by object.
   */
  effectiveFor(filePath: string): EffectiveConfig {
    const loaded = this.loadedFor(filePath);
    if (loaded.config.overrides.length) return resolveConfig(loaded.config, relativeTo(loaded.dir, filePath), DEFAULT_SEVERITIES);
    let eff = this.effective.get(loaded);
    if (!eff) { eff = resolveConfig(loaded.config, '', DEFAULT_SEVERITIES); this.effective.set(loaded, eff); }
    return eff;
  }

  isIgnored(filePath: string): boolean {
    const loaded = this.loadedFor(filePath);
    return isIgnored(loaded.config, relativeTo(loaded.dir, filePath));
  }

  /** Forget cached configs (the language server calls this when a config file changes). */
  clear(): void { this.cache.clear(); this.found.clear(); this.none = undefined; }
}

export function relativeTo(dir: string, filePath: string): string {
  return path.relative(dir, path.resolve(filePath)).split(path.sep).join('/');
}

export const LIBRARY_GLOBS = ['**/*.huashu.yaml', '**/*.huashu.yml'];
export function isLibraryFile(p: string): boolean { return /\.huashu\.ya?ml$/i.test(p); }
