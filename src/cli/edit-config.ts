// Edits the sources list of a config file with the yaml Document API, keeping comments, order and style.
import fs from 'node:fs';
import path from 'node:path';
import YAML, { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { ConfigError, UsageError } from '../errors.js';
import type { SourceConfig } from '../model.js';

// Long flow entries (`- { id: ..., url: ... }`) stay on one line instead of being folded at 80 columns.
const TO_STRING = { lineWidth: 0 } as const;

/** A source to add: only the keys that differ from the defaults are written. */
export type NewSource = Pick<SourceConfig, 'id' | 'url'> & Partial<Pick<SourceConfig, 'title' | 'role' | 'language' | 'enabled'>>;

/** Adds sources at the end of `sources:` (created if missing), in the style of the entries already there. */
export function addSources(text: string, sources: NewSource[]): string {
  const doc = parse(text);
  let seq = doc.get('sources', true);
  if (!isSeq(seq)) {
    seq = doc.createNode([]) as YAMLSeq;
    doc.set('sources', seq);
  }
  const list = seq as YAMLSeq;
  const last = list.items[list.items.length - 1];
  const flow = isMap(last) && Boolean(last.flow);
  if (list.items.length === 0) list.flow = false;
  for (const source of sources) {
    const entry: Record<string, unknown> = { id: source.id };
    if (source.title !== undefined) entry.title = source.title;
    entry.url = source.url;
    if (source.role !== undefined) entry.role = source.role;
    if (source.language !== undefined) entry.language = source.language;
    if (source.enabled === false) entry.enabled = false;
    const node = doc.createNode(entry) as YAMLMap;
    node.flow = flow;
    list.add(node);
  }
  return doc.toString(TO_STRING);
}

/** Removes the source with this id; throws UsageError if it is not in the file. */
export function removeSource(text: string, id: string): string {
  const doc = parse(text);
  const { seq, index } = findSource(doc, id);
  seq.items.splice(index, 1);
  return doc.toString(TO_STRING);
}

/** Sets `enabled: false`, or removes the key to enable (true is the default). */
export function setSourceEnabled(text: string, id: string, enabled: boolean): string {
  const doc = parse(text);
  const { seq, index } = findSource(doc, id);
  const entry = seq.items[index] as YAMLMap;
  if (enabled) entry.delete('enabled');
  else entry.set('enabled', false);
  return doc.toString(TO_STRING);
}

/** Writes a config file atomically (temp file + rename), after `validate` accepted the new text. */
export function writeConfigFile(file: string, text: string, validate: (text: string) => void): void {
  validate(text);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}

function parse(text: string): Document {
  const doc = YAML.parseDocument(text);
  if (doc.errors.length > 0) throw new ConfigError(doc.errors.map((e) => e.message.split('\n')[0]));
  return doc;
}

function findSource(doc: Document, id: string): { seq: YAMLSeq; index: number } {
  const seq = doc.get('sources', true);
  const index = isSeq(seq) ? seq.items.findIndex((item) => isMap(item) && item.get('id') === id) : -1;
  if (!isSeq(seq) || index < 0) throw new UsageError(`no source "${id}" in the config file`);
  return { seq, index };
}
