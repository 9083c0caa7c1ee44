import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseOpml, renderOpml } from '../../src/cli/opml.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/cli/subscriptions.opml');

describe('OPML', () => {
  it('reads every outline with an xmlUrl, in folders too, with entities decoded', () => {
    expect(parseOpml(fs.readFileSync(FIXTURE, 'utf8'))).toEqual([
      { url: 'https://www.rfi.fr/fr/afrique/rss', title: 'RFI Afrique', language: 'fr', role: undefined },
      { url: 'https://www.lemonde.fr/afrique/rss_full.xml', title: 'Le Monde — Afrique', language: undefined, role: undefined },
      { url: 'file:///etc/feed.xml', title: 'Local file', language: undefined, role: undefined },
      { url: 'https://news.example/rss?q=Kidal&hl=fr', title: 'Search: Kidal & co', language: undefined, role: 'copier' },
    ]);
  });

  it('writes OPML 2.0 that reads back with roles', () => {
    const sources = [
      { id: 'a', url: 'https://a.example/feed?x=1&y=2', title: 'A <wire>', role: 'original' as const, enabled: true, language: 'en' },
      { id: 'b', url: 'https://b.example/rss', title: 'B', role: 'unknown' as const, enabled: false },
    ];
    const xml = renderOpml('Kidal', sources, Date.parse('2023-11-14T10:00:00Z'));
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('<dateCreated>Tue, 14 Nov 2023 10:00:00 GMT</dateCreated>');
    expect(xml).toContain('xmlUrl="https://a.example/feed?x=1&amp;y=2"');
    expect(parseOpml(xml)).toEqual([
      { url: 'https://a.example/feed?x=1&y=2', title: 'A <wire>', language: 'en', role: 'original' },
      { url: 'https://b.example/rss', title: 'B', language: undefined, role: 'unknown' },
    ]);
  });
});
