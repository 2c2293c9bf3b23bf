/**
 * The allowlist for Shopify HTML we render (article bodies, pages, policies, product and
 * collection descriptions): which elements stay, which go with everything inside them, and which
 * attributes each element keeps. Anything not listed here is dropped; see
 * docs/decisions/043-store-html-sanitiser.md for why the list is this one.
 */
import {safeHref} from '~/lib/links/safe-href';

/** Elements kept as they are (with their allowed attributes). */
export const ALLOWED_ELEMENTS = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd',
  'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/**
 * Elements dropped together with their content: scripts and styles, embedded documents and
 * plugins, forms and their controls, foreign content (SVG and MathML parse differently) and the
 * raw-text elements whose content a browser would read differently from our parser.
 * Any other unknown element (`<font>`, `<center>`, `<o:p>`) is unwrapped: its text stays.
 */
export const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'label',
  'svg', 'math', 'template', 'base', 'meta', 'link', 'title', 'head',
  'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'listing',
  'audio', 'video', 'source', 'track', 'canvas', 'portal', 'dialog', 'slot', 'marquee',
]);

/** Void elements among the allowed ones: written without a closing tag. */
export const VOID_ELEMENTS = new Set(['br', 'col', 'hr', 'img', 'wbr']);

/** Attributes any allowed element keeps (ids are checked further in `cleanId`). */
const GLOBAL_ATTRIBUTES = new Set(['id', 'title', 'lang', 'dir']);

const ELEMENT_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'target', 'rel', 'hreflang']),
  img: new Set(['src', 'alt', 'width', 'height', 'loading']),
  blockquote: new Set(['cite']),
  q: new Set(['cite']),
  del: new Set(['cite', 'datetime']),
  ins: new Set(['cite', 'datetime']),
  time: new Set(['datetime']),
  ol: new Set(['start', 'reversed', 'type']),
  li: new Set(['value']),
  td: new Set(['colspan', 'rowspan', 'headers']),
  th: new Set(['colspan', 'rowspan', 'headers', 'scope', 'abbr']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  details: new Set(['open']),
};

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const NUMBER = /^\d{1,5}$/;
const NUMERIC_ATTRIBUTES = new Set(['width', 'height', 'colspan', 'rowspan', 'span', 'start', 'value']);
/**
 * Ids a body may keep: lower-case words with hyphens. No capitals or underscores, so an id
 * cannot shadow a script global (`window.Shopify`, `__remixContext`) through named access.
 */
const SAFE_ID = /^[a-z][a-z0-9-]{0,79}$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

/**
 * The attributes an allowed element keeps, in source order, with URLs checked and values
 * normalised. Event handlers, `style`, `srcdoc`, `class`, `name` and `data-*` never pass.
 */
export function cleanAttributes(tag: string, attribs: Readonly<Record<string, string>>): Record<string, string> {
  const own = ELEMENT_ATTRIBUTES[tag];
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    if (!GLOBAL_ATTRIBUTES.has(name) && !own?.has(name)) continue;
    if (URL_ATTRIBUTES.has(name)) {
      const url = safeHref(value);
      if (url !== null) kept[name] = url;
      continue;
    }
    if (NUMERIC_ATTRIBUTES.has(name) && !NUMBER.test(value.trim())) continue;
    if (name === 'id' && !isSafeId(value)) continue;
    if (name === 'target' && value !== '_blank' && value !== '_self') continue;
    if (name === 'loading' && value !== 'lazy' && value !== 'eager') continue;
    kept[name] = value;
  }
  return withElementDefaults(tag, kept);
}

/** New-tab links cannot reach back to this page; body images load lazily and off the main thread. */
function withElementDefaults(tag: string, attributes: Record<string, string>): Record<string, string> {
  if (tag === 'a' && attributes.target === '_blank') {
    const rel = new Set((attributes.rel ?? '').split(/\s+/).filter(Boolean));
    rel.add('noopener');
    rel.add('noreferrer');
    attributes.rel = [...rel].join(' ');
  }
  if (tag === 'img') {
    if (!attributes.src) return attributes; // dropped by the sanitiser: an image without a source
    attributes.loading ??= 'lazy';
    attributes.decoding = 'async';
  }
  return attributes;
}
