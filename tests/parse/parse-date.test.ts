// parseDate: RFC 822 and its sloppy variants, ISO 8601 / W3C-DTF, localized and odd formats; rejection of
// garbage (never "now"); property tests (never throws, ISO round trip).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/parse/index.js';

const iso = (s: string) => Date.parse(s);

describe('parseDate', () => {
  it.each([
    ['Tue, 14 Nov 2023 17:42:00 +0100', '2023-11-14T16:42:00Z'],
    ['Tue, 14 Nov 2023 17:42:00 GMT', '2023-11-14T17:42:00Z'],
    ['Tue, 31 Oct 2023 09:15:00 EST', '2023-10-31T14:15:00Z'],
    ['Wed, 15 Nov 2023 08:30:00 PDT', '2023-11-15T15:30:00Z'],
    ['Tue, 14 Nov 2023 17:42 +0100', '2023-11-14T16:42:00Z'],
    ['14 Nov 2023 17:42:00 CET', '2023-11-14T16:42:00Z'],
    ['Tue, 14 Nov 23 17:42:00 GMT', '2023-11-14T17:42:00Z'],
    ['Tue,14 Nov 2023 17:42:00 -0000', '2023-11-14T17:42:00Z'],
    ['Tue, 14 Nov 2023 17:42:00 -01:30', '2023-11-14T19:12:00Z'],
    ['Tue, 14 Nov 2023 17:42:00 GMT+0200', '2023-11-14T15:42:00Z'],
    ['Tue, 14 Nov 2023', '2023-11-14T00:00:00Z'],
    ['Tue, 14 Nov 2023 17:42:00 Africa/Bamako', '2023-11-14T17:42:00Z'],
    ['Tue, 14 Nov 2023 17:42:00 Europe/Paris', '2023-11-14T16:42:00Z'],
    ['Tue Nov 14 2023 17:42:00 GMT+0000 (Coordinated Universal Time)', '2023-11-14T17:42:00Z'],
    ['Tue Nov 14 17:42:00 2023', '2023-11-14T17:42:00Z'],
    ['2023-11-14T17:42:00Z', '2023-11-14T17:42:00Z'],
    ['2023-11-14T17:42:00.123+01:00', '2023-11-14T16:42:00.123Z'],
    ['2023-11-14T17:42+01:00', '2023-11-14T16:42:00Z'],
    ['2023-11-14T17:42:00', '2023-11-14T17:42:00Z'],
    ['2023-11-14 17:42:00 +0100', '2023-11-14T16:42:00Z'],
    ['2023-11-14', '2023-11-14T00:00:00Z'],
    ['2023-11', '2023-11-01T00:00:00Z'],
    ['20231114T174200Z', '2023-11-14T17:42:00Z'],
    ['mar., 14 nov. 2023 17:42:00 +0100', '2023-11-14T16:42:00Z'],
    ['14 novembre 2023 17h42', '2023-11-14T17:42:00Z'],
    ['Di, 14 Nov 2023 17:42:00 +0100', '2023-11-14T16:42:00Z'],
    ['Tuesday, November 14, 2023 - 5:42pm', '2023-11-14T17:42:00Z'],
    ['Nov. 14, 2023, 5:42 p.m.', '2023-11-14T17:42:00Z'],
    ['Tue, 14th Nov 2023 17:42:00 GMT', '2023-11-14T17:42:00Z'],
    ['11/14/2023 5:42 pm', '2023-11-14T17:42:00Z'],
    ['14.11.23', '2023-11-14T00:00:00Z'],
    ['1699983720', '2023-11-14T17:42:00Z'],
  ])('reads %j', (input, expected) => {
    expect(parseDate(input)).toBe(iso(expected));
  });

  it.each([
    [''],
    ['   '],
    ['invalid'],
    ['hier soir'],
    ['Tue, 32 Nov 2023 17:42:00 GMT'],
    ['Tue, 14 Foo 2023 17:42:00 GMT'],
    ['2023-11-14T25:00:00Z'],
    ['2023-11-14T17:61:00Z'],
    ['2023-11-14T17:42:00+99:99'],
    ['2023-02-30'],
    ['2013-01-27-01'],
    ['Tue, 14 Nov 2023 1:2:3:4 GMT'],
    ['14 Nov 17:42'],
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  it.each([
    [null, undefined],
    [undefined, undefined],
    [{}, undefined],
    [Number.NaN, undefined],
    [1699983720, iso('2023-11-14T17:42:00Z')],
    [1699983720123, 1699983720123],
    [new Date('2023-11-14T17:42:00Z'), iso('2023-11-14T17:42:00Z')],
    [new Date('x'), undefined],
  ])('takes non-strings: %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('never throws and returns a finite number or undefined', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (value) => {
        const t = parseDate(value);
        return t === undefined || Number.isFinite(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips ISO strings of any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        return parseDate(d.toISOString()) === d.getTime();
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips RFC 822 strings (toUTCString) to the second', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        return parseDate(d.toUTCString()) === Math.floor(d.getTime() / 1000) * 1000;
      }),
      { numRuns: 1000 },
    );
  });

  it('reads RFC 822 dates with any numeric zone offset to the second', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (d, offset) => {
          // The wall time at `offset` minutes east of UTC, written with that offset.
          const wall = new Date(d.getTime() + offset * 60_000);
          const [day, , month, year] = wall.toUTCString().split(' ');
          const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`;
          const text = `${day} ${two(wall.getUTCDate())} ${month} ${year} ${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())} ${zone}`;
          return parseDate(text) === Math.floor(d.getTime() / 1000) * 1000;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
