// OPML 2.0 in and out: reading subscription lists (any nesting), writing the configured sources.
import { Parser } from 'htmlparser2';
import type { SourceConfig, SourceRole } from '../model.js';

/** One feed found in an OPML file. */
export interface OpmlFeed {
  url: string;
  title?: string;
  language?: string;
  role?: SourceRole;
}

const ROLE_CATEGORY = /(?:^|,)\s*\/?feedfold\/role\/(original|copier|unknown)\s*(?:,|$)/;

/** Every outline with an xmlUrl, in document order (folders are walked, not kept). */
export function parseOpml(text: string): OpmlFeed[] {
  const feeds: OpmlFeed[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name.toLowerCase() !== 'outline') return;
        const lower = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.toLowerCase(), v.trim()]));
        if (!lower.xmlurl) return;
        const role = ROLE_CATEGORY.exec(lower.category ?? '')?.[1] as SourceRole | undefined;
        feeds.push({ url: lower.xmlurl, title: lower.title || lower.text || undefined, language: lower.language || undefined, role });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  return feeds;
}

/** An OPML 2.0 document listing the sources; roles ride in `category` so an import restores them. */
export function renderOpml(title: string, sources: readonly SourceConfig[], now: number): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${new Date(now).toUTCString()}</dateCreated>`,
    '    <docs>https://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
  ];
  for (const source of sources) {
    const attrs: Array<[string, string | undefined]> = [
      ['type', 'rss'],
      ['text', source.title],
      ['title', source.title],
      ['xmlUrl', source.url],
      ['language', source.language],
      ['category', `/feedfold/role/${source.role}`],
    ];
    const rendered = attrs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${escapeXml(v as string)}"`);
    lines.push(`    <outline ${rendered.join(' ')}/>`);
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
