// Item identity: a deterministic sha256 over the most stable thing an item has.
import * as crypto from 'node:crypto';

/** What identity is computed from (normalized values: canonical link, plain-text title and text). */
export interface IdentityInput {
  guid?: string;
  link?: string;
  title: string;
  text: string;
}

/** Which keys are not unique within the document, so they cannot identify an item alone. */
export interface IdentityOptions {
  guidReused?: boolean;
  /** The same guid and link pair occurs on more than one item. */
  guidLinkReused?: boolean;
  linkReused?: boolean;
}

// One-shot hashing (Node >= 20.12) skips a Hash object per item; earlier Node 20 releases lack it.
const hashOnce = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function sha256(parts: string[]): string {
  const data = parts.join('\u0000');
  return hashOnce ? hashOnce('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/**
 * Identity hash (hex): guid → guid+link when the guid is reused in the document → canonical link →
 * title+content. Each kind is tagged so a guid never collides with an equal link.
 */
export function computeIdentity(item: IdentityInput, options: IdentityOptions = {}): string {
  return identityOf(item, item.guid?.trim() || undefined, item.link?.trim() || undefined, options);
}

function identityOf(item: IdentityInput, guid: string | undefined, link: string | undefined, options: IdentityOptions): string {
  if (guid && !options.guidReused) return sha256(['guid', guid]);
  if (guid && link && !options.guidLinkReused) return sha256(['guid+link', guid, link]);
  if (link && !guid && !options.linkReused) return sha256(['link', link]);
  return sha256(['text', item.title, item.text]);
}

function countKeys(keys: Array<string | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Identities for all items of one document, with reuse judged across the document. */
export function computeIdentities(items: IdentityInput[]): string[] {
  const guids = items.map((i) => i.guid?.trim() || undefined);
  const links = items.map((i) => i.link?.trim() || undefined);
  const guidCounts = countKeys(guids);
  const reused = (counts: Map<string, number>, key: string | undefined) => key !== undefined && (counts.get(key) ?? 0) > 1;
  // Pairs only matter for reused guids (an equal pair means an equal guid), links only for items without one.
  const pairs = items.map((_, k) => (reused(guidCounts, guids[k]) && links[k] ? `${guids[k]}\u0000${links[k]}` : undefined));
  const pairCounts = countKeys(pairs);
  const linkCounts = countKeys(items.map((_, k) => (guids[k] ? undefined : links[k])));
  const options: IdentityOptions = {};
  return items.map((item, k) => {
    options.guidReused = reused(guidCounts, guids[k]);
    options.guidLinkReused = reused(pairCounts, pairs[k]);
    options.linkReused = reused(linkCounts, links[k]);
    return identityOf(item, guids[k], links[k], options);
  });
}
