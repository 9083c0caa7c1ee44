// Turns zod issues into one line per problem that names the key and its rule (`sources[3].url: must be an http(s) URL`).
import { hidePassword, type KeyNode, type LeafKey } from './keys.js';

/** The subset of a zod issue this module reads. */
export interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  input?: unknown;
}

/** Formats a key path: `sources[3].url`, `topic.include.fr[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || '(root)';
}

/** Finds the schema node a path points into: the leaf that owns it, or the deepest group. */
export function findNode(root: KeyNode, path: readonly PropertyKey[]): KeyNode | undefined {
  let node: KeyNode | undefined = root;
  for (const segment of path) {
    if (!node || node.kind === 'leaf') return node;
    if (node.kind === 'list') node = typeof segment === 'number' ? node.element : undefined;
    else node = typeof segment === 'string' ? node.children[segment] : undefined;
  }
  return node;
}

/** One readable line per issue. */
export function formatIssues(root: KeyNode, issues: readonly IssueLike[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const where = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const node = findNode(root, issue.path);
      const known = node?.kind === 'group' ? Object.keys(node.children) : [];
      for (const key of issue.keys ?? []) {
        const hint = suggest(key, known);
        lines.push(`${formatPath([...issue.path, key])}: unknown key${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      continue;
    }
    if (issue.code === 'custom') {
      lines.push(`${where}: ${issue.message}${describeInput(issue)}`);
      continue;
    }
    const node = findNode(root, issue.path);
    const rule = describeRule(node);
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      lines.push(`${where}: is required${rule ? ` and ${rule}` : ''}`);
      continue;
    }
    lines.push(`${where}: ${rule ?? issue.message}${describeInput(issue)}`);
  }
  return [...new Set(lines)];
}

function describeRule(node: KeyNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'leaf') return (node as LeafKey).rule;
  return node.kind === 'list' ? 'must be a list of sources' : 'must be a mapping of keys';
}

function describeInput(issue: IssueLike): string {
  if (!('input' in issue) || issue.input === undefined) return '';
  // A rejected database URL may still carry a real password: never echo it.
  const input = typeof issue.input === 'string' ? hidePassword(issue.input) : issue.input;
  const shown = typeof input === 'object' && input !== null ? (Array.isArray(input) ? 'a list' : 'a mapping') : JSON.stringify(input);
  return ` (got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown})`;
}

/** The closest known key within two edits, for typo hints. */
export function suggest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
