// FEEDFOLD_* environment variables as config values: a few short names plus FEEDFOLD_SECTION__KEY for any key.
import type { GroupKey, KeyNode, LeafKey } from './keys.js';

/** Short names for the settings operators change most. */
export const ENV_SHORTCUTS: Record<string, string[]> = {
  FEEDFOLD_DB: ['database', 'path'],
  FEEDFOLD_DATABASE_URL: ['database', 'url'],
  FEEDFOLD_PORT: ['server', 'port'],
  FEEDFOLD_LOG_LEVEL: ['log', 'level'],
  FEEDFOLD_BASE_URL: ['server', 'baseUrl'],
};

/** The variable naming the config file (read by resolveConfigFile, not here). */
export const ENV_CONFIG_FILE = 'FEEDFOLD_CONFIG';

/** A value to set at a key path, from one variable. */
export interface EnvSetting {
  variable: string;
  path: string[];
  value: unknown;
}

/** Reads FEEDFOLD_* variables into settings; problems name the variable and the rule it broke. */
export function readEnvSettings(root: GroupKey, env: NodeJS.ProcessEnv): { settings: EnvSetting[]; problems: string[] } {
  const settings: EnvSetting[] = [];
  const problems: string[] = [];
  for (const [variable, raw] of Object.entries(env)) {
    if (raw === undefined || !variable.startsWith('FEEDFOLD_')) continue;
    let path = ENV_SHORTCUTS[variable];
    if (!path) {
      const rest = variable.slice('FEEDFOLD_'.length);
      // Only the SECTION__KEY form is generic; other FEEDFOLD_ names belong to other tools and tests.
      if (!rest.includes('__')) continue;
      const found = resolvePath(root, rest.split('__'));
      if (typeof found === 'string') {
        problems.push(`${variable}: ${found}`);
        continue;
      }
      path = found;
    }
    const leaf = walk(root, path) as LeafKey;
    const value = coerce(leaf, raw);
    if (value === undefined) problems.push(`${variable}: ${leaf.rule} (got ${JSON.stringify(raw)})`);
    else settings.push({ variable, path, value });
  }
  return { settings, problems };
}

/** Maps SNAKE parts (`FETCH`, `TIMEOUT_MS`) onto schema keys (`fetch`, `timeoutMs`), or returns a problem. */
function resolvePath(root: GroupKey, parts: string[]): string[] | string {
  const path: string[] = [];
  let node: KeyNode = root;
  for (const part of parts) {
    if (node.kind === 'leaf' && node.coerce === 'json' && path.length > 0) {
      // A map key: SNAKE_CASE becomes camelCase (THRESHOLDS__MIN_COVERAGE -> thresholds.minCoverage).
      path.push(part.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));
      return path;
    }
    if (node.kind !== 'group') return `${path.join('.')} cannot be set from the environment`;
    const wanted = part.replace(/_/g, '').toLowerCase();
    const key: string | undefined = Object.keys(node.children).find((k) => k.toLowerCase() === wanted);
    if (!key) return `no config key ${[...path, part.toLowerCase()].join('.')}`;
    path.push(key);
    node = node.children[key];
  }
  if (node.kind !== 'leaf') return `${path.join('.')} is a section or list and cannot be set from the environment`;
  return path;
}

function walk(root: GroupKey, path: string[]): KeyNode {
  let node: KeyNode = root;
  for (const key of path) if (node.kind === 'group') node = node.children[key] ?? node;
  return node;
}

function coerce(leaf: LeafKey, raw: string): unknown {
  const value = raw.trim();
  switch (leaf.coerce) {
    case 'number':
      return value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined;
    case 'boolean':
      return /^(true|1|yes|on)$/i.test(value) ? true : /^(false|0|no|off)$/i.test(value) ? false : undefined;
    case 'json':
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return undefined;
      }
    default:
      return raw;
  }
}
