// Choosing a cluster's original, in order of evidence: explicit attribution (another member credits its source
// or links to it), the earliest credible publication time (feed dates clamped to what first-seen allows), a
// `role: original` source winning ties, containment direction, first seen, lowest id. The reason is stored.
import type { OriginalReason, SourceRole } from '../model.js';
import { creditKey, isKnownAgencyKey } from './credits.js';
import type { Thresholds } from './params.js';

/** What original choice knows about one member. */
export interface OriginalCandidate {
  itemId: number;
  sourceId: string;
  sourceTitle?: string;
  role: SourceRole;
  publishedAt?: number;
  firstSeenAt: number;
  link?: string;
  contentHtml?: string;
  /** Names credited in the item (agencies, credit lines, "first appeared on"); bylines excluded. */
  credits: string[];
}

/** Containment between two members: share of `of`'s text found in `in`. */
export type ContainmentOf = (of: number, inside: number) => number | undefined;

/** The chosen original and why. */
export interface OriginalChoice {
  itemId: number;
  reason: OriginalReason;
}

const MINUTE = 60_000;

/** The credible time of an item: its feed date clamped to [first seen - 48 h, first seen + 5 min]; missing,
 *  future or absurd dates fall back to first seen. */
export function credibleTime(m: Pick<OriginalCandidate, 'publishedAt' | 'firstSeenAt'>, t: Thresholds): { at: number; fromFeed: boolean } {
  const p = m.publishedAt;
  if (p === undefined || !Number.isFinite(p)) return { at: m.firstSeenAt, fromFeed: false };
  if (p > m.firstSeenAt + t.clampAfterMinutes * MINUTE) return { at: m.firstSeenAt, fromFeed: false };
  if (p < m.firstSeenAt - t.absurdDays * 24 * 60 * MINUTE) return { at: m.firstSeenAt, fromFeed: false };
  return { at: Math.max(p, m.firstSeenAt - t.clampBeforeHours * 60 * MINUTE), fromFeed: true };
}

/** Whether a credited name designates a source (by id or title, agency aliases folded, or as the initials of
 *  its words: "MFW" for meridian-financial-wire). */
export function creditMatchesSource(credit: string, sourceId: string, sourceTitle?: string): boolean {
  const key = creditKey(credit);
  if (key.length < 2) return false;
  for (const name of [sourceId.replace(/[-_]+/g, ' '), sourceTitle ?? '']) {
    const other = creditKey(name);
    if (!other) continue;
    if (other === key || ` ${other} `.includes(` ${key} `) || (key.length >= 6 && ` ${key} `.includes(` ${other} `))) return true;
    if (!key.includes(' ') && key.length <= 6 && !isKnownAgencyKey(key) && initials(other) === key) return true;
  }
  return false;
}

function initials(name: string): string {
  return name.split(' ').filter((w) => w.length > 0 && !['the', 'of', 'de', 'la', 'le', 'du', 'des'].includes(w)).map((w) => w[0]).join('');
}

/** Picks the original of a set of members (at least one). */
export function chooseOriginal(members: OriginalCandidate[], t: Thresholds, containment: ContainmentOf): OriginalChoice {
  if (members.length === 1) return { itemId: members[0].itemId, reason: 'first-seen' };
  let pool = attributed(members);
  if (pool.length > 0 && new Set(pool.map((m) => m.sourceId)).size === 1) {
    return { itemId: earliest(pool, t).itemId, reason: 'attribution' };
  }
  // Members crediting a known agency that is not their own source republish that agency's work. (Other credited
  // names are often a source's own abbreviation or brand, which its id and title may not spell out.)
  const own = members.filter((m) => !m.credits.some((c) => isKnownAgencyKey(creditKey(c)) && !creditMatchesSource(c, m.sourceId, m.sourceTitle)));
  pool = pool.length > 0 ? pool : own.length > 0 ? own : members;
  const times = new Map(pool.map((m) => [m.itemId, credibleTime(m, t)]));
  const first = Math.min(...[...times.values()].map((x) => x.at));
  // Close calls: an operator's `role: original` source beats members that are earlier by less than the window.
  const close = pool.filter((m) => times.get(m.itemId)!.at <= first + t.roleWindowMinutes * MINUTE);
  const originals = close.filter((m) => m.role === 'original');
  if (originals.length > 0 && new Set(originals.map((m) => m.sourceId)).size === 1 && originals.length < close.length) {
    return { itemId: earliest(originals, t).itemId, reason: 'role-original' };
  }
  const tied = pool.filter((m) => times.get(m.itemId)!.at <= first + t.tieMinutes * MINUTE);
  if (tied.length === 1) return { itemId: tied[0].itemId, reason: times.get(tied[0].itemId)!.fromFeed ? 'earliest-published' : 'first-seen' };
  const originals2 = tied.filter((m) => m.role === 'original');
  const contender = originals2.length > 1 ? originals2 : tied;
  const byContainment = mostContaining(contender, containment);
  if (byContainment !== undefined) return { itemId: byContainment, reason: 'containment' };
  const sorted = [...contender].sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.itemId - b.itemId);
  const reason = sorted[0].firstSeenAt < sorted[1].firstSeenAt ? 'first-seen' : 'lowest-id';
  return { itemId: sorted[0].itemId, reason };
}

// Members credited by another member (its source named in a credit line, or its link in the other's HTML).
function attributed(members: OriginalCandidate[]): OriginalCandidate[] {
  const votes = new Map<number, number>();
  for (const m of members) {
    for (const x of members) {
      if (x === m || x.sourceId === m.sourceId) continue;
      const credited = m.credits.some((c) => creditMatchesSource(c, x.sourceId, x.sourceTitle));
      const linked = Boolean(x.link && m.contentHtml?.includes(x.link));
      if (credited || linked) votes.set(x.itemId, (votes.get(x.itemId) ?? 0) + 1);
    }
  }
  if (votes.size === 0) return [];
  const top = Math.max(...votes.values());
  return members.filter((m) => votes.get(m.itemId) === top);
}

function earliest(pool: OriginalCandidate[], t: Thresholds): OriginalCandidate {
  return [...pool].sort((a, b) => credibleTime(a, t).at - credibleTime(b, t).at || a.firstSeenAt - b.firstSeenAt || a.itemId - b.itemId)[0];
}

// The member that clearly contains every other one (they are cuts of it: at least 90% of each is in it, while it
// is at most 60% in each), if there is exactly one. Padding with unrecognized junk also makes a superset, so
// only a clear cut decides; otherwise first seen does.
function mostContaining(pool: OriginalCandidate[], containment: ContainmentOf): number | undefined {
  const winners = pool.filter((x) => {
    let compared = 0;
    for (const y of pool) {
      if (y === x) continue;
      const yInX = containment(y.itemId, x.itemId);
      const xInY = containment(x.itemId, y.itemId);
      if (yInX === undefined || xInY === undefined) continue;
      if (yInX < 0.9 || xInY > 0.6) return false;
      compared++;
    }
    return compared > 0;
  });
  return winners.length === 1 ? winners[0].itemId : undefined;
}
