// What HTML elements mean for plain text, and the tree rules of htmlparser2's Parser (implied end tags, void
// and foreign elements) that decide which elements a tag opens and closes.

/** Elements that start and end a paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'ul', 'caption', 'body', 'html', 'video', 'audio', 'picture',
]);

/** Elements whose content is never readable text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'select', 'iframe', 'noembed', 'noframes',
]);

/** Cells sit side by side: separate them with a space, not a paragraph. */
export const CELL_TAGS = new Set(['td', 'th']);

/** Elements without content or end tag. */
export const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Foreign content: self-closing tags close elements there. */
export const FOREIGN_TAGS = new Set(['math', 'svg']);
/** Elements that return to HTML rules inside foreign content. */
export const INTEGRATION_TAGS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const P = ['p'];
const impliedPairs: Array<[string[], string[]]> = [
  [['tr'], ['tr', 'th', 'td']], [['th'], ['th']], [['td'], ['thead', 'th', 'td']], [['body'], ['head', 'link', 'script']],
  [['li'], ['li']], [['option'], ['option']], [['optgroup'], ['optgroup', 'option']], [['dd', 'dt'], ['dd', 'dt']],
  [['rt', 'rp'], ['rt', 'rp']], [['tbody', 'tfoot'], ['thead', 'tbody']],
  [['select', 'input', 'output', 'button', 'datalist', 'textarea'], FORM],
  [['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul'], P],
];

/** Open elements that a start tag closes first (`<li>` ends an open `<li>`). */
export const IMPLIED_CLOSES = new Map<string, Set<string>>();
for (const [openers, closed] of impliedPairs) for (const tag of openers) IMPLIED_CLOSES.set(tag, new Set(closed));
