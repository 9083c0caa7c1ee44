// Canonical item links: absolute http(s), tracking parameters and meaningless fragments removed.
import { isSerializedHttp, pathEndOf, resolveSerialized } from './serialized-url.js';

/** Query keys that only tell the publisher where a click came from (exact, lower-case). */
const TRACKING_KEYS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'ref_src', 'ref_url', 'igshid', 'igsh', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok',
  'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'wickedid', 'xtor', 'at_medium', 'at_campaign',
  'at_platform', 'at_send_date', 'at_link', 'at_creation', 'at_recipient_id', 'at_recipient_list', 'at_ptr_name',
  'at_format', 'at_bbc_team', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'ns_mchannel', 'ns_source',
  'ns_campaign', 'ns_linkname', 'ns_fee', 'ocid', 'cmpid', 'icid', 's_cid', 's_kwcid', 'ss_source',
  'ss_campaign', 'sr_share', 'spm', 'cmp', 'rss_source', 'ito', 'soc_src', 'soc_trk', 'trk', 'trkcampaign',
  '__twitter_impression', 'share_source', 'utm',
]);

/** Fragments that point inside a page's chrome rather than at a distinct item. */
const EMPTY_FRAGMENTS = new Set([
  'top', 'main', 'content', 'main-content', 'maincontent', 'comments', 'respond', 'more', 'page', 'article',
  'start', 'body', 'site-content', 'primary', 'comment-form', 'disqus_thread', 'ref=rss', 'rss', 'xtor=rss',
]);

const WWW_WITHOUT_SCHEME = /^www\.[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#:]|$)/i;

/** Whether a query key is a known tracking parameter. */
export function isTrackingKey(key: string): boolean {
  const k = key.toLowerCase();
  return k.startsWith('utm_') || TRACKING_KEYS.has(k);
}

function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Keeps the raw bytes of every non-tracking pair, so the query is never re-encoded. */
function stripTrackingQuery(search: string): string {
  if (search.length <= 1) return '';
  let kept = '';
  for (const pair of search.slice(1).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    // Only an escaped key needs decoding.
    const key = rawKey.indexOf('%') === -1 && rawKey.indexOf('+') === -1 ? rawKey : decodeComponent(rawKey);
    if (!isTrackingKey(key)) kept += kept === '' ? `?${pair}` : `&${pair}`;
  }
  return kept;
}

/** Fragment kept only when it names something in the page (an anchor, a #! route), not chrome or tracking. */
function keepFragment(hash: string): boolean {
  if (hash.length <= 1) return false;
  const frag = decodeComponent(hash.slice(1)).trim().toLowerCase();
  if (frag === '' || EMPTY_FRAGMENTS.has(frag) || /^more-\d+$/.test(frag)) return false;
  const firstKey = frag.replace(/^[?!]/, '').split(/[=&]/)[0];
  if (frag.includes('=') && !frag.startsWith('!') && (isTrackingKey(firstKey) || firstKey.startsWith('at_'))) {
    return false;
  }
  return true;
}

const ABSOLUTE_HTTP = /^https?:\/\//i;

function parseUrl(raw: string, base?: string): URL | undefined {
  // A base never changes what an absolute http(s) link means: skip parsing it.
  if (base !== undefined && !ABSOLUTE_HTTP.test(raw)) {
    try {
      return new URL(raw, base);
    } catch {
      // An unusable base must not hide an absolute link: try the link alone below.
    }
  }
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/** canonicalizeUrl for a link in serialized form, with string operations only; undefined for any other. */
function fastCanonical(raw: string): string | undefined {
  if (!isSerializedHttp(raw)) return undefined;
  const hashAt = raw.indexOf('#');
  const queryAt = raw.indexOf('?');
  const pathEnd = pathEndOf(raw);
  const path = raw.slice(0, pathEnd);
  // The query as written ("?" alone included) and as URL reports it (empty when bare), the same for the hash.
  const queryPart = pathEnd === queryAt ? raw.slice(queryAt, hashAt >= 0 ? hashAt : raw.length) : '';
  const search = queryPart.length > 1 ? queryPart : '';
  const hash = hashAt >= 0 && hashAt < raw.length - 1 ? raw.slice(hashAt) : '';
  const stripped = stripTrackingQuery(search);
  const searchAfter = stripped !== search ? stripped : search;
  const hashAfter = hash !== '' && keepFragment(hash) ? hash : '';
  const href = path + (stripped !== search ? stripped : queryPart) + hashAfter;
  return hashAfter === '' && searchAfter === '' && href.endsWith('?') ? href.slice(0, -1) : href;
}

/**
 * Absolute canonical form of a link (resolved against `base`): http(s) only, host lower-cased, default port
 * and credentials dropped, tracking parameters removed, fragment kept only if meaningful. Undefined when the
 * string is not a usable web link. Never throws; idempotent.
 */
export function canonicalizeUrl(url: string, base?: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  const raw = url.trim();
  if (raw === '' || raw.length > 8192) return undefined;
  // Most feed links need no parsing at all (a base never changes an absolute link), nor do plain relative
  // paths against a plain base ("www.example.com/x" aside: it is read as an absolute link).
  const trimmedBase = typeof base === 'string' ? base.trim() : '';
  const resolved = trimmedBase === '' || WWW_WITHOUT_SCHEME.test(raw) ? undefined : resolveSerialized(raw, trimmedBase);
  return fastCanonical(resolved ?? raw) ?? canonicalizeWithUrl(raw, base);
}

/** canonicalizeUrl through the WHATWG URL parser (any link; the reference for the fast path). */
export function canonicalizeWithUrl(url: string, base?: string): string | undefined {
  let raw = url.trim();
  if (raw === '' || raw.length > 8192) return undefined;
  // A scheme-less "www.example.com/x" is a sloppy absolute link, not a path relative to the base.
  if (WWW_WITHOUT_SCHEME.test(raw)) raw = `http://${raw}`;
  const parsed = parseUrl(raw, typeof base === 'string' && base.trim() !== '' ? base.trim() : undefined);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    return undefined;
  }
  // Setters re-serialize the whole URL: only call them when something changes.
  if (parsed.username !== '') parsed.username = '';
  if (parsed.password !== '') parsed.password = '';
  const search = stripTrackingQuery(parsed.search);
  if (search !== parsed.search) parsed.search = search;
  if (parsed.hash !== '' && !keepFragment(parsed.hash)) parsed.hash = '';
  let href = parsed.href;
  // `URL` keeps a bare "?" or "#" when the part is empty; drop them for a stable form.
  if (parsed.hash === '' && href.endsWith('#')) href = href.slice(0, -1);
  if (parsed.hash === '' && parsed.search === '' && href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/** Resolves a reference against a base without canonicalizing (xml:base chains, content URLs). */
export function resolveUrl(ref: string, base?: string): string | undefined {
  const raw = ref.trim();
  if (raw === '') return base;
  const plain = base === undefined ? undefined : resolveSerialized(raw, base);
  if (plain !== undefined) return plain;
  const parsed = parseUrl(raw, base);
  return parsed ? parsed.href : undefined;
}
