// Builders for the config schema: each key carries its zod type, default, rule and one line of documentation.
import { z } from 'zod';

/** A leaf key: one value with a type, a default (or "required"/derived) and a rule. */
export interface LeafKey {
  kind: 'leaf';
  zod: z.ZodType;
  /** Type as shown in the reference (`integer`, `string`, `list of strings`...). */
  type: string;
  /** How an environment variable's text becomes a value. */
  coerce: 'number' | 'boolean' | 'string' | 'json';
  /** Default as shown in the reference; `undefined` with `required` or `derived`. */
  default?: unknown;
  required?: boolean;
  /** How the default is computed when it depends on other keys (`same as id`). */
  derived?: string;
  /** The rule a value must follow, phrased to follow `key: ` (`must be an integer from 1 to 64`). */
  rule: string;
  doc: string;
}

/** A section (object) of keys. */
export interface GroupKey {
  kind: 'group';
  doc: string;
  children: Record<string, KeyNode>;
  zod: z.ZodType;
}

/** A list of sections (the sources). */
export interface ListKey {
  kind: 'list';
  doc: string;
  element: GroupKey;
  zod: z.ZodType;
}

/** Any node of the schema tree. */
export type KeyNode = LeafKey | GroupKey | ListKey;

interface LeafOptions<T> {
  default?: T;
  required?: boolean;
  derived?: string;
  doc: string;
}

function leaf<T>(zod: z.ZodType, type: string, coerce: LeafKey['coerce'], rule: string, options: LeafOptions<T>): LeafKey {
  let schema: z.ZodType = zod;
  if (options.default !== undefined) schema = zod.default(options.default as never);
  else if (!options.required) schema = zod.optional();
  return { kind: 'leaf', zod: schema, type, coerce, default: options.default, required: options.required, derived: options.derived, rule, doc: options.doc };
}

/** An integer within [min, max]. */
export function integer(min: number, max: number, options: LeafOptions<number>): LeafKey {
  return leaf(z.number().int().min(min).max(max), 'integer', 'number', `must be an integer from ${min} to ${max}`, options);
}

/** true or false. */
export function boolean(options: LeafOptions<boolean>): LeafKey {
  return leaf(z.boolean(), 'boolean', 'boolean', 'must be true or false', options);
}

/** A string, optionally checked by a pattern or a predicate described by `rule`. */
export function text(rule: string, options: LeafOptions<string> & { test?: (value: string) => boolean }): LeafKey {
  const base = z.string().min(1);
  const zod = options.test ? base.refine(options.test, { message: rule }) : base;
  return leaf(zod, 'string', 'string', rule, options);
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(values: readonly [T, ...T[]], options: LeafOptions<T>): LeafKey {
  return leaf(z.enum(values), values.map((v) => `\`${v}\``).join(' | '), 'string', `must be one of ${values.join(', ')}`, options);
}

/** An absolute http(s) URL. */
export function httpUrl(options: LeafOptions<string>): LeafKey {
  return text('must be an http(s) URL', { ...options, test: isHttpUrl });
}

/** A list of non-empty strings. */
export function stringList(options: LeafOptions<string[]>): LeafKey {
  return leaf(z.array(z.string().trim().min(1)), 'list of strings', 'json', 'must be a list of non-empty strings', options);
}

/** A map from names to values of one zod type. */
export function map(value: z.ZodType, type: string, rule: string, options: LeafOptions<Record<string, unknown>>): LeafKey {
  return leaf(z.record(z.string(), value), type, 'json', rule, options);
}

/** A section of keys; unknown keys are errors (typo safety). Missing sections take their keys' defaults. */
export function group(doc: string, children: Record<string, KeyNode>): GroupKey {
  const shape = Object.fromEntries(Object.entries(children).map(([key, node]) => [key, node.zod]));
  return { kind: 'group', doc, children, zod: z.strictObject(shape).prefault({}) };
}

/** A list of sections, empty by default. */
export function list(doc: string, element: GroupKey): ListKey {
  const inner = element.zod instanceof z.ZodPrefault ? (element.zod.unwrap() as z.ZodType) : element.zod;
  return { kind: 'list', doc, element, zod: z.array(inner).default([]) };
}

/** Whether a string is a postgres: or postgresql: URL (host and database may be left to libpq's defaults). */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value) && URL.canParse(value);
}

/** A URL with its password (if any) replaced by `***`, for messages; other text is returned as it is. */
export function hidePassword(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:\s]*):[^/?#@\s]*@/i, '$1:***@');
}

/** Whether a string is an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
