import https from 'node:https';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.js';
import type { FetchOk } from '../../src/model.js';
import { createTracker, readFixture, startLoopback } from './loopback.js';

const { track, closeAll } = createTracker();
afterEach(closeAll);

const feed = readFixture('kidal-utf8.xml');
const settings = { timeoutMs: 2000 };

async function fetchOk(url: string): Promise<FetchOk> {
  const result = await fetchFeed({ url }, settings);
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

describe('fetchFeed content codings', () => {
  it.each([
    { coding: 'gzip', encode: (b: Buffer) => zlib.gzipSync(b) },
    { coding: 'x-gzip', encode: (b: Buffer) => zlib.gzipSync(b) },
    { coding: 'deflate', encode: (b: Buffer) => zlib.deflateSync(b) },
    { coding: 'deflate', encode: (b: Buffer) => zlib.deflateRawSync(b), note: 'raw, as old IIS sends it' },
    { coding: 'br', encode: (b: Buffer) => zlib.brotliCompressSync(b) },
    { coding: 'deflate, gzip', encode: (b: Buffer) => zlib.gzipSync(zlib.deflateSync(b)) },
    { coding: 'gzip', encode: (b: Buffer) => b, note: 'mislabelled: the body is plain XML' },
    { coding: 'identity', encode: (b: Buffer) => b },
    { coding: 'gzip', encode: (b: Buffer) => zlib.gzipSync(b).subarray(0, -8), note: 'without its trailer (lenient)' },
  ])('decodes $coding $note', async ({ coding, encode }) => {
    const wire = encode(feed);
    const server = track(
      await startLoopback((_req, res) => res.writeHead(200, { 'content-encoding': coding, 'content-type': 'application/rss+xml' }).end(wire)),
    );
    const result = await fetchOk(server.url());
    expect(result.text).toBe(feed.toString('utf8'));
    expect(result.bytes).toBe(feed.length);
  });

  it.each([
    { coding: 'gzip', wire: Buffer.from('1f8b0800000000000003ffff0000', 'hex'), message: /corrupt gzip body/ },
    { coding: 'br', wire: Buffer.from('not brotli at all, not xml either'), message: /corrupt br body/ },
    { coding: 'zstd', wire: Buffer.from('(\u00b5/\u00fd'), message: /unsupported Content-Encoding "zstd"/ },
    { coding: 'br', wire: zlib.brotliCompressSync(feed).subarray(0, 40), message: /corrupt br body/ },
  ])('a bad $coding body is FETCH_BAD_ENCODING', async ({ coding, wire, message }) => {
    const server = track(await startLoopback((_req, res) => res.writeHead(200, { 'content-encoding': coding }).end(wire)));
    const result = await fetchFeed({ url: server.url() }, settings);
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_BAD_ENCODING', status: 200, message });
  });

  it.each(['gzip', 'deflate', 'br'])('an empty %s body is FETCH_EMPTY', async (coding) => {
    const server = track(await startLoopback((_req, res) => res.writeHead(200, { 'content-encoding': coding }).end()));
    expect(await fetchFeed({ url: server.url() }, settings)).toMatchObject({ kind: 'failed', code: 'FETCH_EMPTY' });
  });
});

describe('fetchFeed charsets', () => {
  it.each([
    {
      name: 'a windows-1252 feed without charset header or declaration',
      fixture: 'kidal-windows-1252.xml',
      contentType: 'application/rss+xml',
      charset: 'windows-1252',
      contains: '« C’est une étape décisive », a déclaré un officier ; coût annoncé : 2 € par habitant.',
    },
    {
      name: 'ISO-8859-1 named by the XML declaration',
      fixture: 'kidal-iso-8859-1-decl.xml',
      contentType: 'application/xml',
      charset: 'iso-8859-1',
      contains: "« C'est une étape décisive », a déclaré",
    },
    {
      name: 'UTF-8 with a BOM (stripped)',
      fixture: 'kidal-utf8-bom.xml',
      contentType: 'application/rss+xml',
      charset: 'utf-8',
      contains: 'C’est une étape décisive',
    },
    {
      name: 'UTF-16LE with a BOM',
      fixture: 'kidal-utf16le-bom.xml',
      contentType: 'text/xml',
      charset: 'utf-16le',
      contains: 'Kidal : l’armée reprend le camp de la Minusma',
    },
    {
      name: 'a wrong charset=utf-8 header over windows-1252 bytes and declaration',
      fixture: 'kidal-wrong-header.xml',
      contentType: 'application/rss+xml; charset=utf-8',
      charset: 'windows-1252',
      contains: 'coût annoncé : 2 € par habitant',
    },
  ])('$name', async ({ fixture, contentType, charset, contains }) => {
    const bytes = readFixture(fixture);
    const server = track(await startLoopback((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(bytes)));
    const result = await fetchOk(server.url());
    expect(result.charset).toBe(charset);
    expect(result.text).toContain(contains);
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.text).not.toContain('\ufffd');
  });
});

describe('fetchFeed over HTTPS', () => {
  const tls = { key: readFixture('loopback-tls.key'), cert: readFixture('loopback-tls.crt') };

  async function startTls(): Promise<{ url: string; close: () => void }> {
    const server = https.createServer(tls, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `https://127.0.0.1:${port}/feed.xml`, close: () => (server.closeAllConnections(), server.close()) };
  }

  it('fetches through a caller-supplied agent that trusts the test certificate', async () => {
    const server = await startTls();
    const agent = new https.Agent({ ca: tls.cert, keepAlive: false });
    try {
      const result = await fetchFeed({ url: server.url }, settings, { agent: { https: agent } });
      expect(result).toMatchObject({ kind: 'ok', status: 200, url: server.url });
    } finally {
      agent.destroy();
      server.close();
    }
  });

  it('refuses an untrusted certificate with a TLS message', async () => {
    const server = await startTls();
    try {
      const result = await fetchFeed({ url: server.url }, settings);
      expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_NETWORK' });
      if (result.kind === 'failed') expect(result.message).toMatch(/^TLS: /);
    } finally {
      server.close();
    }
  });
});
