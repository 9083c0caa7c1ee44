import fc from 'fast-check';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { Cluster, StoredItem } from '../../src/model.js';
import { buildMergedFeed } from '../../src/publish/build-merged-feed.js';
import { renderers } from '../../src/publish/renderers.js';
import { cleanTitle } from '../../src/publish/sanitize-content.js';
import { T0, makeConfig } from '../fixtures/publish/kidal-story.js';
import { createFakeStore } from './fake-store.js';

const parser = new Parser();
// Strings that stress XML writers: markup, CDATA terminators, entities, quotes, controls, surrogates, RTL.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(']]>', '<', '>', '&', '&amp;', '"', "'", '<script>', '</title>', '<![CDATA[', '\u0000', '\uD800', '\u202E', 'Kidal', ' '), { maxLength: 12 }).map((parts) => parts.join('')),
);

function storyOf(title: string, author: string, category: string, html: string, sourceTitle: string) {
  const item: StoredItem = { id: 1, identity: 'x', sourceId: 'src', link: 'https://a.example/x', title, author, publishedAt: T0, firstSeenAt: T0, lastSeenAt: T0, textHash: 'h', contentHtml: html, text: 'text', categories: [category] };
  const cluster: Cluster = {
    id: 'c1', originalItemId: 1, reason: 'first-seen', createdAt: T0, updatedAt: T0 + 1000,
    members: [
      { itemId: 1, sourceId: 'src', title, isOriginal: true, lagSeconds: 0, score: 1, credits: false, joinedAt: T0 },
      { itemId: 2, sourceId: 'src', link: 'https://b.example/?q=1&r=2', title, kind: 'verbatim', isOriginal: false, lagSeconds: 60, score: 1, credits: true, joinedAt: T0 + 1000 },
    ],
  };
  const config = makeConfig();
  config.sources = [{ id: 'src', url: 'https://a.example/feed', title: sourceTitle, role: 'unknown', enabled: true }];
  return buildMergedFeed(createFakeStore([cluster], [item], []), config, { now: T0 });
}

describe('renderers under hostile strings', () => {
  it('always produce well-formed feeds whose title reads back as the cleaned plain text', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, nasty, nasty, nasty, nasty, async (title, author, category, html, sourceTitle) => {
        const model = await storyOf(title, author, category, html, sourceTitle);
        const expectedTitle = cleanTitle(title) || model.entries[0].title;
        for (const format of ['rss', 'atom'] as const) {
          const feed = await parser.parseString(renderers[format](model));
          expect(feed.items).toHaveLength(1);
          // xml2js trims text nodes, so compare trimmed.
          expect((feed.items[0].title ?? '').trim()).toBe(expectedTitle.trim());
        }
        expect(JSON.parse(renderers.json(model)).items[0].title).toBe(expectedTitle);
      }),
      { numRuns: 150, seed: 20231114 },
    );
  });
});
