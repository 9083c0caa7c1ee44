// The demo's printout: the replay's rounds, per-source lines, totals, clusters (original + copies with kind and
// lag), label agreement.
import path from 'node:path';
import type { StoredItem } from '../model.js';
import { describeOutcome, formatMinute } from '../cli/format.js';
import type { DemoResult } from './run-demo.js';
import type { LabelComparison } from './labels.js';
import type { DemoRound } from './replay.js';

/** Renders the demo result as text (no colours: it is also read in CI logs). */
export function renderDemo(result: DemoResult, cwd: string): string {
  const out: string[] = [];
  const rel = (file: string): string => path.relative(cwd, file) || file;
  out.push(`feedfold demo: ${result.outcomes.length} bundled feeds served at ${result.feedsUrl}, database ${rel(result.dbPath)}`, '');
  if (result.mode === 'replay') out.push(...renderRounds(result.rounds, result.stepMinutes), '');
  out.push(result.mode === 'replay' ? 'Sources (all rounds)' : 'Sources');
  const width = Math.max(...result.outcomes.map((o) => o.sourceId.length));
  for (const outcome of result.outcomes) out.push(`  ${outcome.sourceId.padEnd(width)}  ${describeOutcome(outcome)}`);
  const failed = result.outcomes.filter((o) => o.outcome === 'failed');
  out.push('', `Stored ${result.storedItems} items; ${result.offTopic} off-topic items skipped; ${failed.length} source${failed.length === 1 ? '' : 's'} failed${failed.length ? ` (${failed.map((o) => o.sourceId).join(', ')})` : ''}.`, '');
  out.push(`Clusters with copies: ${result.clusters.length} (original first, then each copy: kind, source, lag)`);
  for (const { cluster, items } of result.clusters) {
    const original = items.get(cluster.originalItemId);
    out.push(`  ${original ? headline(original) : `item ${cluster.originalItemId}`}  [original: ${cluster.reason}]`);
    for (const member of cluster.members.filter((m) => !m.isOriginal)) {
      const item = items.get(member.itemId);
      out.push(`    └ ${(member.kind ?? '?').padEnd(11)} ${member.sourceId.padEnd(width)} ${formatLag(member.lagSeconds).padStart(8)}  ${item?.title ?? ''}`);
    }
  }
  if (result.comparison) out.push('', ...renderComparison(result.comparison));
  out.push('', `Explore: feedfold report --db ${rel(result.dbPath)}   or   feedfold serve --db ${rel(result.dbPath)}`, '');
  return out.join('\n');
}

function renderRounds(rounds: DemoRound[], stepMinutes = 0): string[] {
  const span = rounds.length ? ` from ${formatMinute(rounds[0].at)} to ${formatMinute(rounds[rounds.length - 1].at)} UTC` : '';
  const lines = [`Replay: ${rounds.length} round${rounds.length === 1 ? '' : 's'} on a ${stepMinutes}-minute grid${span} (rounds where no feed changed skipped)`];
  const count = (n: number): string => `+${n}`.padEnd(3);
  for (const round of rounds) {
    const sources = round.sources.map((s) => (s.newItems > 1 ? `${s.sourceId} ×${s.newItems}` : s.sourceId)).join(', ');
    lines.push(`  ${formatMinute(round.at)}  published ${count(round.published)} stored ${count(round.newItems)} copies ${count(round.copies)} ${sources}`.trimEnd());
  }
  return lines;
}

function renderComparison(c: LabelComparison): string[] {
  const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
  const lines = [`Against the labels (config/demo/labels.json, ${c.labelled} items)`];
  lines.push(`  same-original pairs: precision ${pct(c.pairs.precision)}, recall ${pct(c.pairs.recall)} (${c.pairs.truePositive} right, ${c.pairs.falsePositive} wrongly joined, ${c.pairs.falseNegative} missed)`);
  lines.push(`  originals named correctly: ${c.originals.correct}/${c.originals.total}`);
  for (const title of c.originals.wrong) lines.push(`    wrong original for: ${title}`);
  lines.push(`  copy kinds agreeing with the label: ${c.kinds.agree}/${c.kinds.total}`);
  lines.push(`  off-topic items stored by mistake: ${c.offTopicStored.length}${c.offTopicStored.length ? ` (${c.offTopicStored.join('; ')})` : ''}`);
  lines.push(`  on-topic items not stored: ${c.onTopicMissed.length}${c.onTopicMissed.length ? ` (${c.onTopicMissed.join('; ')})` : ''}`);
  return lines;
}

function headline(item: StoredItem): string {
  return `${formatMinute(item.publishedAt ?? item.firstSeenAt)}  ${item.sourceId}  ${item.title}`;
}

/** `+45m`, `+2h10m`, `+1d3h`; `0` for none. */
export function formatLag(seconds: number): string {
  if (seconds <= 0) return '0';
  const m = Math.round(seconds / 60);
  if (m < 60) return `+${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `+${h}h${m % 60 ? `${m % 60}m` : ''}`;
  return `+${Math.floor(h / 24)}d${h % 24 ? `${h % 24}h` : ''}`;
}
