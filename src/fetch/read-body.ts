// Streams a response body through its decoders under two caps: bytes on the wire and bytes after decoding.
// Going over either destroys the socket at once; nothing beyond the cap is ever buffered.
import type { IncomingMessage } from 'node:http';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDecoders, isDecompressionError } from './decompress.js';

/** Byte caps for one body: on the wire, and after Content-Encoding is undone. */
export interface BodyLimits {
  maxBodyBytes: number;
  maxDecodedBytes: number;
}

/** What reading a body came to; I/O errors and aborts are thrown, not returned. */
export type BodyOutcome =
  | { kind: 'ok'; bytes: Uint8Array; transferred: number }
  | { kind: 'too-large'; message: string }
  | { kind: 'bad-encoding'; message: string };

class LimitExceeded extends Error {}

/** Reads and decodes a response body; the signal aborts it (the caller tells timeout from cancel). */
export async function readBody(response: IncomingMessage, limits: BodyLimits, signal: AbortSignal): Promise<BodyOutcome> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
    response.destroy();
    return { kind: 'too-large', message: `Content-Length ${declared} is over the ${limits.maxBodyBytes}-byte limit` };
  }
  const decoders = createDecoders(response.headers['content-encoding']);
  if (typeof decoders === 'string') {
    response.destroy();
    return { kind: 'bad-encoding', message: decoders };
  }
  let transferred = 0;
  let decoded = 0;
  const chunks: Buffer[] = [];
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      transferred += chunk.length;
      if (transferred > limits.maxBodyBytes) {
        callback(new LimitExceeded(`body is over the ${limits.maxBodyBytes}-byte limit`));
      } else callback(null, chunk);
    },
  });
  const collect = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      decoded += chunk.length;
      if (decoded > limits.maxDecodedBytes) {
        callback(new LimitExceeded(`decompressed body is over the ${limits.maxDecodedBytes}-byte limit`));
      } else {
        chunks.push(chunk);
        callback();
      }
    },
  });
  try {
    await pipeline([response, counter, ...decoders, collect], { signal });
  } catch (err) {
    if (err instanceof LimitExceeded) return { kind: 'too-large', message: err.message };
    // Nothing on the wire is an empty body whatever its label says (brotli calls it a truncated stream).
    if (isDecompressionError(err) && transferred === 0) return { kind: 'ok', bytes: new Uint8Array(0), transferred };
    if (isDecompressionError(err)) {
      const coding = String(response.headers['content-encoding']);
      return { kind: 'bad-encoding', message: `corrupt ${coding} body: ${(err as Error).message}` };
    }
    throw err;
  }
  return { kind: 'ok', bytes: Buffer.concat(chunks, decoded), transferred };
}
