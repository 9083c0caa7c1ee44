// When each item of the demo feeds appears, and the rounds of a replay: the feeds as a running service would
// have seen them, one poll round per stretch of `step` minutes in which something was published.
import fs from 'node:fs';
import path from 'node:path';
import { decodeBody } from '../fetch/index.js';
import { parseFeed } from '../parse/index.js';
import { contentTypeFor, type ServedView } from './serve-directory.js';
import { splitFeed, type SplitFeed } from './split-feed.js';

/** Dates further than this from the median date of all the feeds are typos or traps (a demo item claims 2031). */
const BELIEVABLE_MS = 30 * 86_400_000;

/** One feed file of the replay: its items and when each is first served. */
export interface FeedTimeline {
  name: string;
  /** Undefined for a file served as it is (it cannot be cut into items: broken, not a feed). */
  split?: SplitFeed;
  /** Each item's feed date (RSS pubDate / dc:date, Atom published/updated, JSON Feed date_published). */
  dates: Array<number | undefined>;
  /** When each item starts being served: its date if believable, else (no date, absurd date) the latest believable
   *  date of its nearest dated neighbours in the file; undefined: served from the start. */
  appearsAt: Array<number | undefined>;
}

/** The feeds of a demo folder and the times of its poll rounds. */
export interface ReplayPlan {
  feeds: Map<string, FeedTimeline>;
  /** Round times, ascending: multiples of the step, only those at which some item appears. */
  rounds: number[];
  stepMinutes: number;
  /** The newest believable item date (undefined when the feeds carry none). */
  newest?: number;
  /** How many items start being served after `from` and by `to` (from undefined: from the start). */
  appearing(from: number | undefined, to: number): number;
}

/** How to plan a replay. */
export interface PlanReplayOptions {
  /** Minutes between rounds (default 30). */
  stepMinutes?: number;
  /** Last moment of the replay: later rounds are dropped and a last round is held at `end` instead. */
  end?: number;
}

/** Reads every file of `feedsDir`, dates its items and lays out the rounds. */
export async function planReplay(feedsDir: string, options: PlanReplayOptions = {}): Promise<ReplayPlan> {
  const stepMinutes = options.stepMinutes ?? 30;
  if (!(stepMinutes > 0)) throw new RangeError(`replay step must be a positive number of minutes, got ${stepMinutes}`);
  const feeds = new Map<string, FeedTimeline>();
  for (const name of fs.readdirSync(feedsDir).sort()) {
    const file = path.join(feedsDir, name);
    if (!fs.statSync(file).isFile()) continue;
    const split = splitFeed(fs.readFileSync(file));
    feeds.set(name, { name, split, dates: split ? await dateItems(name, split) : [], appearsAt: [] });
  }
  const dated = [...feeds.values()].flatMap((f) => f.dates.filter((d): d is number => d !== undefined)).sort((a, b) => a - b);
  const median = dated[Math.floor(dated.length / 2)];
  const believable = (d: number | undefined): d is number => d !== undefined && Math.abs(d - median) <= BELIEVABLE_MS;
  for (const feed of feeds.values()) feed.appearsAt = scheduleItems(feed.dates, believable);
  const stepMs = stepMinutes * 60_000;
  const times = [...feeds.values()].flatMap((f) => f.appearsAt.filter((t): t is number => t !== undefined));
  let rounds = [...new Set(times.map((t) => Math.ceil(t / stepMs) * stepMs))].sort((a, b) => a - b);
  const { end } = options;
  if (end !== undefined && (rounds.length === 0 || rounds[rounds.length - 1] > end)) rounds = [...rounds.filter((t) => t < end), end];
  const newest = dated.filter(believable).pop();
  const all = [...feeds.values()].flatMap((f) => f.appearsAt);
  const appearing = (from: number | undefined, to: number): number =>
    all.filter((t) => (t === undefined ? from === undefined : (from === undefined || t > from) && t <= to)).length;
  return { feeds, rounds, stepMinutes, newest, appearing };
}

/** A feed file as served at `time` (only the items that have appeared by then), or undefined to serve it as is. */
export function viewAt(feed: FeedTimeline | undefined, time: number): ServedView | undefined {
  if (!feed?.split) return undefined;
  const shown = (i: number): boolean => feed.appearsAt[i] === undefined || feed.appearsAt[i]! <= time;
  const modifiedAt = Math.max(0, ...feed.appearsAt.filter((t, i) => t !== undefined && shown(i)) as number[]);
  return { body: feed.split.render(shown), modifiedAt };
}

/** Each item's date, read by the pipeline's own parser from a copy of the document holding that item alone. */
async function dateItems(name: string, split: SplitFeed): Promise<Array<number | undefined>> {
  const dates: Array<number | undefined> = [];
  for (let i = 0; i < split.count; i += 1) {
    try {
      const { text } = decodeBody(split.render((j) => j === i), contentTypeFor(name));
      dates.push((await parseFeed(text, `http://127.0.0.1/${encodeURIComponent(name)}`)).items[0]?.publishedAt);
    } catch {
      dates.push(undefined);
    }
  }
  return dates;
}

/** Appearance times: believable dates as they are; the others take the later of their nearest believable
 *  neighbours' dates (they turn up with those items), or undefined when the file has no believable date. */
export function scheduleItems(dates: ReadonlyArray<number | undefined>, believable: (d: number | undefined) => d is number): Array<number | undefined> {
  return dates.map((date, i) => {
    if (believable(date)) return date;
    const before = dates.slice(0, i).reverse().find(believable);
    const after = dates.slice(i + 1).find(believable);
    const near = [before, after].filter((d): d is number => d !== undefined);
    return near.length ? Math.max(...near) : undefined;
  });
}
