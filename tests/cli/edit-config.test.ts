import { describe, it, expect } from 'vitest';
import { addSources, removeSource, setSourceEnabled } from '../../src/cli/edit-config.js';
import { UsageError } from '../../src/errors.js';

const BLOCK = `# top comment
topic:
  name: Kidal # inline comment
sources:
  # the wire
  - id: wire
    url: https://wire.example/feed.xml
    role: original
  - id: copier
    url: https://copier.example/rss
    enabled: false
server:
  port: 8080
`;

const FLOW = `sources:
  - { id: a, url: "https://a.example/feed" }
`;

describe('addSources', () => {
  it('appends in block style and keeps comments and other sections', () => {
    const out = addSources(BLOCK, [{ id: 'new', url: 'https://new.example/feed', title: 'New', role: 'copier' }]);
    expect(out).toBe(`# top comment
topic:
  name: Kidal # inline comment
sources:
  # the wire
  - id: wire
    url: https://wire.example/feed.xml
    role: original
  - id: copier
    url: https://copier.example/rss
    enabled: false
  - id: new
    title: New
    url: https://new.example/feed
    role: copier
server:
  port: 8080
`);
  });

  it('follows the flow style of the existing entries', () => {
    expect(addSources(FLOW, [{ id: 'b', url: 'https://b.example/feed', language: 'fr' }])).toBe(`sources:
  - { id: a, url: "https://a.example/feed" }
  - { id: b, url: https://b.example/feed, language: fr }
`);
  });

  it.each([
    ['topic:\n  name: x\n', 'topic:\n  name: x\nsources:\n  - id: b\n    url: https://b.example/feed\n'],
    ['sources: []\n', 'sources:\n  - id: b\n    url: https://b.example/feed\n'],
  ])('creates or fills an empty list: %j', (input, expected) => {
    expect(addSources(input, [{ id: 'b', url: 'https://b.example/feed' }])).toBe(expected);
  });
});

describe('removeSource and setSourceEnabled', () => {
  it('removes one entry and keeps the rest', () => {
    const out = removeSource(BLOCK, 'wire');
    expect(out).toContain('  - id: copier\n');
    expect(out).not.toContain('wire.example');
    expect(out).toContain('# top comment');
  });

  it('disables with enabled: false and enables by removing the key', () => {
    const disabled = setSourceEnabled(BLOCK, 'wire', false);
    expect(disabled).toContain('  - id: wire\n    url: https://wire.example/feed.xml\n    role: original\n    enabled: false\n');
    const enabled = setSourceEnabled(BLOCK, 'copier', true);
    expect(enabled).toContain('  - id: copier\n    url: https://copier.example/rss\nserver:');
  });

  it('names a missing id', () => {
    expect(() => removeSource(BLOCK, 'nope')).toThrow(new UsageError('no source "nope" in the config file'));
  });
});
