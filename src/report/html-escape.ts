// HTML escaping for text and attribute values: every feed-provided string passes through here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a string for use as HTML text or a quoted attribute value; drops characters HTML forbids. */
export function escapeHtml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Makes a safe fragment id from an arbitrary id (letters, digits, `-` and `_` only). */
export function toDomId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
