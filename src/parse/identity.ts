// Item identity: a deterministic sha256 over the most stable thing an item has.
import { createHash } from 'node:crypto';

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

function sha256(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/**
 * Identity hash (hex): guid → guid+link when the guid is reused in the document → canonical link →
 * title+content. Each kind is tagged so a guid never collides with an equal link.
 */
export function computeIdentity(item: IdentityInput, options: IdentityOptions = {}): string {
  const guid = item.guid?.trim() || undefined;
  const link = item.link?.trim() || undefined;
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
  const pairs = items.map((_, k) => (guids[k] && links[k] ? `${guids[k]}\u0000${links[k]}` : undefined));
  const pairCounts = countKeys(pairs);
  const linkCounts = countKeys(items.map((_, k) => (guids[k] ? undefined : links[k])));
  return items.map((item, k) => {
    const guid = guids[k];
    const link = links[k];
    return computeIdentity(item, {
      guidReused: guid !== undefined && (guidCounts.get(guid) ?? 0) > 1,
      guidLinkReused: pairs[k] !== undefined && (pairCounts.get(pairs[k] as string) ?? 0) > 1,
      linkReused: link !== undefined && (linkCounts.get(link) ?? 0) > 1,
    });
  });
}
