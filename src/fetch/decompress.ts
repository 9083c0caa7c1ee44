// Content-Encoding decoders (gzip, deflate, br) as streams, so size caps apply while inflating and a
// compression bomb is cut off after a bounded amount of memory.
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/** The decoders for a Content-Encoding header, outermost coding first; a string names an unsupported coding. */
export function createDecoders(contentEncoding: string | string[] | undefined): Transform[] | string {
  const header = Array.isArray(contentEncoding) ? contentEncoding.join(',') : (contentEncoding ?? '');
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  const decoders: Transform[] = [];
  // Codings are listed in the order they were applied, so they are undone from the last one.
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(new SniffingDecoder('gzip'));
    else if (coding === 'deflate') decoders.push(new SniffingDecoder('deflate'));
    else if (coding === 'br') decoders.push(zlib.createBrotliDecompress());
    else return `unsupported Content-Encoding "${coding}"`;
  }
  return decoders;
}

/** Whether an error came from zlib (corrupt or truncated compressed data). */
export function isDecompressionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // zlib codes are Z_*; brotli's are ERR__ERROR_FORMAT_* (and friends) for corrupt input.
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__ERROR_') || code.startsWith('ERR_BROTLI'));
}

// Servers that lose the gzip trailer are common; a sync flush at the end keeps what was inflated.
const LENIENT = { finishFlush: zlib.constants.Z_SYNC_FLUSH };

/**
 * gzip or deflate, decided from the first bytes: "deflate" may be zlib-wrapped (RFC 9110) or raw (old IIS),
 * and a body labelled compressed that plainly starts as markup or JSON is passed through as browsers do.
 * The inner zlib stream is paused whenever our reader is full, so backpressure bounds memory.
 */
class SniffingDecoder extends Transform {
  private inner: Transform | null | undefined;

  constructor(private readonly coding: 'gzip' | 'deflate') {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.inner === undefined) this.inner = this.open(chunk);
    if (this.inner === null) {
      callback(null, chunk);
      return;
    }
    // An inner error destroys this stream (see open), so only success needs the callback.
    this.inner.write(chunk, (err) => {
      if (!err) callback();
    });
  }

  override _flush(callback: TransformCallback): void {
    const inner = this.inner;
    if (!inner) {
      callback();
      return;
    }
    inner.once('end', () => callback());
    inner.end();
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(err);
  }

  private open(first: Buffer): Transform | null {
    let inner: Transform;
    if (this.coding === 'gzip') {
      if (!(first[0] === 0x1f && first[1] === 0x8b) && looksLikeText(first)) return null;
      inner = zlib.createGunzip(LENIENT);
    } else {
      const zlibWrapped = first.length >= 2 && (first[0] & 0x0f) === 8 && ((first[0] << 8) | first[1]) % 31 === 0;
      if (!zlibWrapped && looksLikeText(first)) return null;
      inner = zlibWrapped ? zlib.createInflate(LENIENT) : zlib.createInflateRaw(LENIENT);
    }
    inner.on('data', (out: Buffer) => {
      if (!this.push(out)) inner.pause();
    });
    inner.on('error', (err) => this.destroy(err));
    return inner;
  }
}

/** A first chunk that starts (after whitespace or a BOM) with `<` or `{` is an uncompressed document. */
function looksLikeText(chunk: Buffer): boolean {
  const head = chunk.subarray(0, 64).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  return /^\s*[<{]/.test(head);
}
