import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/fetch/index.js';

const nodeError = (code: string, message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { code, ...extra });

describe('classifyError', () => {
  it.each([
    [nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND feeds.example', { hostname: 'feeds.example' }), 'FETCH_DNS', 'DNS lookup failed for feeds.example (ENOTFOUND)'],
    [nodeError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN x'), 'FETCH_DNS', 'DNS lookup failed (EAI_AGAIN)'],
    [nodeError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'), 'FETCH_NETWORK', 'connection refused (ECONNREFUSED)'],
    [nodeError('ECONNRESET', 'read ECONNRESET'), 'FETCH_NETWORK', 'connection reset by the server (ECONNRESET)'],
    [nodeError('EHOSTUNREACH', 'connect EHOSTUNREACH'), 'FETCH_NETWORK', 'host unreachable (EHOSTUNREACH)'],
    [nodeError('ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.1:443'), 'FETCH_TIMEOUT', 'connection timed out (ETIMEDOUT)'],
    [nodeError('CERT_HAS_EXPIRED', 'certificate has expired'), 'FETCH_NETWORK', 'TLS: certificate has expired (CERT_HAS_EXPIRED)'],
    [nodeError('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"), 'FETCH_NETWORK', "TLS: Hostname/IP does not match certificate's altnames (ERR_TLS_CERT_ALTNAME_INVALID)"],
    [nodeError('EPROTO', 'write EPROTO error:0A00010B:SSL routines:\n wrong version number'), 'FETCH_NETWORK', 'TLS: write EPROTO error:0A00010B:SSL routines: wrong version number (EPROTO)'],
    [nodeError('HPE_INVALID_CONSTANT', 'Parse Error: Expected HTTP/'), 'FETCH_NETWORK', 'malformed HTTP response: Parse Error: Expected HTTP/ (HPE_INVALID_CONSTANT)'],
    [nodeError('ERR_INVALID_URL', 'Invalid URL'), 'FETCH_BAD_URL', 'Invalid URL'],
    [new Error('socket hang up'), 'FETCH_NETWORK', 'connection closed before the response was complete'],
    [nodeError('ERR_SOMETHING_NEW', 'a new failure'), 'FETCH_NETWORK', 'a new failure (ERR_SOMETHING_NEW)'],
    ['a thrown string', 'FETCH_NETWORK', 'a thrown string'],
  ])('%s -> %s', (err, code, message) => {
    expect(classifyError(err)).toEqual({ code, message });
  });
});
