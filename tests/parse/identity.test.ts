// computeIdentity / computeIdentities: fallback order, reuse within a document, determinism.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIdentities, computeIdentity } from '../../src/parse/index.js';

const item = (over: Partial<{ guid: string; link: string; title: string; text: string }>) => ({ title: 'T', text: 'X', ...over });

describe('computeIdentity', () => {
  it('is a sha256 hex digest', () => {
    expect(computeIdentity(item({ guid: 'a' }))).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [item({ guid: 'kidal-1' }), 'guid\u0000kidal-1'],
    [item({ link: 'https://x/1' }), 'link\u0000https://x/1'],
    [item({ title: 'Kidal', text: 'Army' }), 'text\u0000Kidal\u0000Army'],
  ])('hashes the tagged key of %j', (input, key) => {
    // Stored identities must never change: pin the exact bytes hashed.
    expect(computeIdentity(input)).toBe(createHash('sha256').update(key).digest('hex'));
  });

  it.each([
    ['guid beats link and text', item({ guid: 'g', link: 'https://x/1', title: 'A' }), item({ guid: 'g', link: 'https://x/2', title: 'B' }), {}, true],
    ['link when there is no guid', item({ link: 'https://x/1', title: 'A' }), item({ link: 'https://x/1', title: 'B' }), {}, true],
    ['title+text when nothing else', item({ title: 'A', text: 'same' }), item({ title: 'A', text: 'same' }), {}, true],
    ['different text differs', item({ title: 'A', text: 'one' }), item({ title: 'A', text: 'two' }), {}, false],
    ['reused guid falls back to guid+link', item({ guid: 'g', link: 'https://x/1' }), item({ guid: 'g', link: 'https://x/2' }), { guidReused: true }, false],
    ['a guid never equals the same string as a link', item({ guid: 'https://x/1' }), item({ link: 'https://x/1' }), {}, false],
  ])('%s', (_name, a, b, options, same) => {
    expect(computeIdentity(a, options) === computeIdentity(b, options)).toBe(same);
  });

  it('trims guid and link', () => {
    expect(computeIdentity(item({ guid: ' g ' }))).toBe(computeIdentity(item({ guid: 'g' })));
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.record({ guid: fc.option(fc.string(), { nil: undefined }), link: fc.option(fc.webUrl(), { nil: undefined }), title: fc.string(), text: fc.string() }), fc.boolean(), (input, reused) => {
        const copy = { ...input };
        return computeIdentity(input, { guidReused: reused }) === computeIdentity(copy, { guidReused: reused });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('computeIdentities', () => {
  it('uses guid+link for a guid reused in the document', () => {
    const items = [item({ guid: 'kidal', link: 'https://x/1' }), item({ guid: 'kidal', link: 'https://x/2' }), item({ guid: 'other' })];
    const ids = computeIdentities(items);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(computeIdentity(items[2]));
    expect(ids[0]).toBe(computeIdentity(items[0], { guidReused: true }));
  });

  it('falls to title+text when guid and link repeat together', () => {
    const items = [item({ guid: 'g', link: 'https://x/', title: 'A' }), item({ guid: 'g', link: 'https://x/', title: 'B' })];
    const ids = computeIdentities(items);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toBe(computeIdentity({ title: 'A', text: 'X' }));
  });

  it('falls to title+text when guid-less items share a link (a homepage link)', () => {
    const ids = computeIdentities([item({ link: 'https://x/', title: 'A' }), item({ link: 'https://x/', title: 'B' })]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('gives the same identities for the same document, whatever the run', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ guid: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }), link: fc.option(fc.constantFrom('https://x/1', 'https://x/2'), { nil: undefined }), title: fc.string(), text: fc.string() })), (items) => {
        return JSON.stringify(computeIdentities(items)) === JSON.stringify(computeIdentities(structuredClone(items)));
      }),
      { numRuns: 500 },
    );
  });

  it('judges reuse across the document as the options of computeIdentity describe', () => {
    const key = fc.option(fc.constantFrom('a', 'b', ' a ', '', 'https://x/1', 'https://x/2'), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.record({ guid: key, link: key, title: fc.constantFrom('T', 'U'), text: fc.constantFrom('X', 'Y') }), { maxLength: 8 }), (items) => {
        const guids = items.map((i) => i.guid?.trim() || undefined);
        const links = items.map((i) => i.link?.trim() || undefined);
        const count = (keys: Array<string | undefined>, k: string | undefined) => (k === undefined ? 0 : keys.filter((x) => x === k).length);
        const pairs = items.map((_, k) => (guids[k] && links[k] ? `${guids[k]} ${links[k]}` : undefined));
        const guidless = items.map((_, k) => (guids[k] ? undefined : links[k]));
        const expected = items.map((i, k) =>
          computeIdentity(i, {
            guidReused: count(guids, guids[k]) > 1,
            guidLinkReused: count(pairs, pairs[k]) > 1,
            linkReused: count(guidless, links[k]) > 1,
          }),
        );
        return JSON.stringify(computeIdentities(items)) === JSON.stringify(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
