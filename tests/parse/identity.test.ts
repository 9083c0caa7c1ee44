// computeIdentity / computeIdentities: fallback order, reuse within a document, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIdentities, computeIdentity } from '../../src/parse/index.js';

const item = (over: Partial<{ guid: string; link: string; title: string; text: string }>) => ({ title: 'T', text: 'X', ...over });

describe('computeIdentity', () => {
  it('is a sha256 hex digest', () => {
    expect(computeIdentity(item({ guid: 'a' }))).toMatch(/^[0-9a-f]{64}$/);
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
});
