// Tiny HTML helpers for the service's own pages (/, /sources): escaping and one shared page shell.

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Wraps a body in a complete, self-contained HTML page (no scripts, no external assets); `head` is trusted markup. */
export function renderPage(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}<style>
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
th{background:#f4f4f6}time{white-space:nowrap}code{font-size:.9em}.ok{color:#16703a}.warning{color:#9a6200}.failing,.disabled{color:#b3261e}
.off,.removed,.pending{color:#666}small{color:#555}a{color:#0b57d0}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
