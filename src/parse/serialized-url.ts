// Links already written the way the WHATWG URL parser serializes them: such a link, and a plain path
// resolved against such a base, need no parsing at all (most feed links and content references).

/**
 * An absolute http(s) link `URL` would leave as it is: lower-case ASCII host whose last label starts with a
 * letter (never read as an IPv4 address), no port, no credentials, a path, and only characters no part
 * escapes. Dot segments, "%2e" and "xn--" labels are checked apart (isSerializedHttp).
 */
const SERIALIZED_HTTP =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~!$&'()*+,;=:@/%]*(?:\?[\w\-.~!$&()*+,;=:@/?%]*)?(?:#[\w\-.~!$&'()*+,;=:@/?%]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;
/** A path-relative reference: starts like a segment name, with no ':' before its first '/', '?' or '#'. */
const PLAIN_RELATIVE = /^[\w~-][^:/?#]*(?:[/?#]|$)/;

/** Where the path of a serialized link ends (its '?' or '#', else its length). */
export function pathEndOf(url: string): number {
  const hashAt = url.indexOf('#');
  const queryAt = url.indexOf('?');
  if (queryAt >= 0 && (hashAt < 0 || queryAt < hashAt)) return queryAt;
  return hashAt >= 0 ? hashAt : url.length;
}

/** Whether `new URL(url).href === url` is certain, without parsing. */
export function isSerializedHttp(url: string): boolean {
  if (!SERIALIZED_HTTP.test(url)) return false;
  const path = url.slice(0, pathEndOf(url));
  return !DOT_SEGMENT.test(path) && path.indexOf('xn--') < 0 && !/%2e/i.test(path);
}

/**
 * `new URL(ref, base).href` by string operations when the base is serialized and `ref` an absolute path
 * ("/a/b") or a plain relative path ("b?x") whose result is serialized too; undefined for anything else.
 */
export function resolveSerialized(ref: string, base: string): string | undefined {
  let candidate: string;
  if (ref.charCodeAt(0) === 0x2f) {
    // "//host/..." names another host.
    if (ref.charCodeAt(1) === 0x2f || !isSerializedHttp(base)) return undefined;
    candidate = base.slice(0, base.indexOf('/', base.indexOf('//') + 2)) + ref;
  } else if (PLAIN_RELATIVE.test(ref)) {
    if (!isSerializedHttp(base)) return undefined;
    candidate = base.slice(0, base.lastIndexOf('/', pathEndOf(base) - 1) + 1) + ref;
  } else return undefined;
  return isSerializedHttp(candidate) ? candidate : undefined;
}
