// Links from feeds are untrusted: only absolute http(s) URLs may become hrefs.

/** Returns the normalized URL when it is absolute http(s) without credentials, else undefined. */
export function toSafeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Credentials in a link are a phishing trick (http://bank.example@evil.example/), never needed by a reader.
  if (url.username || url.password) return undefined;
  return url.href;
}
