/**
 * Article body HTML from Shopify admin: trusted, but cleaned defensively before it is rendered
 * with dangerouslySetInnerHTML or put into the Atom feed, and given heading ids for the table of
 * contents. See docs/decisions/010-article-html.md.
 *
 * The approach is a small HTML tokenizer, not a regex replace: the input is split into text, start
 * tags and end tags the way a browser would, everything unsafe is dropped, and the output is
 * written back out from the tokens in one unambiguous form (every attribute value double-quoted,
 * every stray `<` escaped). What the browser parses is therefore exactly what was checked here.
 *
 * Dropped: <script>, <style> and the other raw-text elements with their content; <iframe>,
 * <object>, <embed>, <applet>, frames, <template>, <base>, <meta>, <link>; SVG animation elements
 * (they can rewrite an href); comments, doctypes and CDATA; every on* event handler, `srcdoc`, and
 * any URL whose scheme is not http(s), mailto or tel (data: only for <img src> raster images).
 */

import type {TocItem} from '~/lib/blog';

export type {TocItem};

export interface PreparedArticleHtml {
  /** Sanitised HTML with an id on every h2 and h3. */
  html: string;
  /** h2 entries, each with its h3 entries as children (an h3 before the first h2 stands alone). */
  toc: TocItem[];
  /** The readable text, for reading time and word counts. */
  text: string;
}

export interface PrepareOptions {
  /** Ids the page itself uses (landmarks, sections); the body never gets or keeps these. */
  reservedIds?: Iterable<string>;
}

interface Attribute {
  name: string;
  /** Raw value as written in the source, character references still encoded; null when bare. */
  value: string | null;
}

type Token =
  | {type: 'text'; raw: string}
  | {type: 'start'; name: string; attrs: Attribute[]; selfClosing: boolean}
  | {type: 'end'; name: string};

/** Elements the tokenizer skips together with their raw text content. */
const RAW_TEXT_DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'xmp',
  'textarea',
  'title',
  'plaintext',
]);

/** Elements dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set(['object', 'applet', 'frameset', 'template']);

/** Elements dropped on their own (void, or harmless to unwrap). */
const DROPPED_TAG = new Set([
  'embed',
  'frame',
  'base',
  'link',
  'meta',
  'param',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
]);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
  'manifest',
  'icon',
]);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SAFE_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif);/;

const WHITESPACE = /[\t\n\f\r ]/;
const TAG_NAME = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_:.-]*$/;

/* ---------------------------------------------------------------- tokenizer */

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const length = html.length;
  let i = 0;

  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      tokens.push({type: 'text', raw: html.slice(i)});
      break;
    }
    if (lt > i) tokens.push({type: 'text', raw: html.slice(i, lt)});
    i = lt;
    const next = html.charAt(i + 1);

    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      // Doctype, CDATA or a bogus comment: skipped up to the next `>`.
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? length : end + 1;
      continue;
    }
    if (next === '/') {
      if (/[a-zA-Z]/.test(html.charAt(i + 2))) {
        const tag = readTag(html, i + 2);
        if (!tag) break; // unterminated at the end of input: the browser drops it too
        tokens.push({type: 'end', name: tag.name});
        i = tag.end;
      } else {
        const end = html.indexOf('>', i + 2);
        i = end === -1 ? length : end + 1;
      }
      continue;
    }
    if (/[a-zA-Z]/.test(next)) {
      const tag = readTag(html, i + 1);
      if (!tag) break;
      i = tag.end;
      if (RAW_TEXT_DROPPED.has(tag.name)) {
        i = tag.name === 'plaintext' ? length : skipRawText(html, i, tag.name);
        continue;
      }
      tokens.push({type: 'start', name: tag.name, attrs: tag.attrs, selfClosing: tag.selfClosing});
      continue;
    }
    // A `<` that starts no tag is text.
    tokens.push({type: 'text', raw: '<'});
    i += 1;
  }
  return tokens;
}

/** Reads a tag name and its attributes starting at `start` (just after `<` or `</`). */
function readTag(
  html: string,
  start: number,
): {name: string; attrs: Attribute[]; selfClosing: boolean; end: number} | null {
  const length = html.length;
  let i = start;
  while (i < length && !WHITESPACE.test(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(start, i).toLowerCase();
  const attrs: Attribute[] = [];
  const seen = new Set<string>();
  let selfClosing = false;

  for (;;) {
    while (i < length && WHITESPACE.test(html[i])) i++;
    if (i >= length) return null;
    const c = html[i];
    if (c === '>') {
      return {name, attrs, selfClosing, end: i + 1};
    }
    if (c === '/') {
      if (html[i + 1] === '>') {
        selfClosing = true;
        return {name, attrs, selfClosing, end: i + 2};
      }
      i++;
      continue;
    }
    // Attribute name: the first character may be anything (even `=`), as in the HTML spec.
    const nameStart = i;
    i++;
    while (i < length && !WHITESPACE.test(html[i]) && !'/>='.includes(html[i])) i++;
    const attrName = html.slice(nameStart, i).toLowerCase();
    while (i < length && WHITESPACE.test(html[i])) i++;
    let value: string | null = null;
    if (html[i] === '=') {
      i++;
      while (i < length && WHITESPACE.test(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        if (end === -1) return null;
        value = html.slice(i + 1, end);
        i = end + 1;
      } else {
        const valueStart = i;
        while (i < length && !WHITESPACE.test(html[i]) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    // Browsers keep the first of duplicate attributes.
    if (!seen.has(attrName)) {
      seen.add(attrName);
      attrs.push({name: attrName, value});
    }
  }
}

/** Index just past the closing tag of a raw-text element (or the end of input). */
function skipRawText(html: string, from: number, name: string): number {
  const lower = html.toLowerCase();
  let i = from;
  for (;;) {
    const close = lower.indexOf(`</${name}`, i);
    if (close === -1) return html.length;
    const after = lower.charAt(close + name.length + 2);
    if (after === '' || after === '>' || after === '/' || WHITESPACE.test(after)) {
      const end = html.indexOf('>', close);
      return end === -1 ? html.length : end + 1;
    }
    i = close + 2;
  }
}

/* ---------------------------------------------------------------- entities */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  num: '#',
  quest: '?',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  excl: '!',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  middot: '\u00b7',
  bull: '\u2022',
  deg: '\u00b0',
  times: '\u00d7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
};

/** Decodes numeric character references and the named ones above (case-insensitively). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named ?? match;
  });
}

/* ---------------------------------------------------------------- attribute policy */

// Matching control characters is the point here: browsers skip them inside URL schemes.
// eslint-disable-next-line no-control-regex
const CONTROL_AND_SPACE = /[\u0000-\u0020\u007f-\u009f]/g;

/** Decoded, lower-cased, with every space and control character removed: how a scheme is read. */
function squeeze(rawValue: string): string {
  return decodeEntities(rawValue).replace(CONTROL_AND_SPACE, '').toLowerCase();
}

/**
 * True when a URL attribute value is safe to keep: relative, or with an allowed scheme.
 * Browsers ignore tabs, newlines and leading control characters inside a scheme, and decode
 * character references first, so the check does the same (more aggressively, never less).
 */
export function isSafeUrl(rawValue: string, allowDataImage = false): boolean {
  const cleaned = squeeze(rawValue);
  if (allowDataImage && SAFE_DATA_IMAGE.test(cleaned)) return true;
  const beforePath = cleaned.split(/[/?#]/, 1)[0];
  if (!beforePath.includes(':')) return true; // relative URL: no scheme at all
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  return scheme !== undefined && SAFE_SCHEMES.has(scheme);
}

function isSafeSrcset(rawValue: string): boolean {
  return rawValue
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/, 1)[0])
    .filter(Boolean)
    .every((url) => isSafeUrl(url));
}

const DANGEROUS_STYLE = /expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:|@import/i;
const SCRIPT_SCHEME = /^(javascript|vbscript|livescript):/;

function keepAttribute(tag: string, attr: Attribute): boolean {
  const {name, value} = attr;
  if (!ATTRIBUTE_NAME.test(name)) return false;
  if (name.startsWith('on') || name === 'srcdoc') return false;
  if (value === null) return true;
  if (URL_ATTRIBUTES.has(name)) return isSafeUrl(value, tag === 'img' && name === 'src');
  if (name === 'srcset') return isSafeSrcset(value);
  if (name === 'ping') return value.split(/\s+/).filter(Boolean).every((url) => isSafeUrl(url));
  if (name === 'style') return !DANGEROUS_STYLE.test(decodeEntities(value).replace(/\\/g, ''));
  return !SCRIPT_SCHEME.test(squeeze(value));
}

/* ---------------------------------------------------------------- ids and serialisation */

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'section';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function escapeAttributeValue(raw: string): string {
  return raw.replace(/"/g, '&quot;');
}

function serializeStart(name: string, attrs: Attribute[], selfClosing: boolean): string {
  const parts = attrs.map(({name: attrName, value}) =>
    value === null ? ` ${attrName}` : ` ${attrName}="${escapeAttributeValue(value)}"`,
  );
  return `<${name}${parts.join('')}${selfClosing ? ' /' : ''}>`;
}

function setAttribute(attrs: Attribute[], name: string, value: string) {
  const existing = attrs.find((attr) => attr.name === name);
  if (existing) existing.value = value;
  else attrs.push({name, value});
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/* ---------------------------------------------------------------- main entry */

/** Cleans admin HTML, adds unique ids to h2/h3 and returns the table of contents and text. */
export function prepareArticleHtml(html: string, options: PrepareOptions = {}): PreparedArticleHtml {
  const reserved = new Set(options.reservedIds ?? []);
  const tokens = tokenize(html ?? '');

  // Ids already in the body (other than on headings) must not be reused for headings.
  const used = new Set(reserved);
  for (const token of tokens) {
    if (token.type !== 'start' || token.name === 'h2' || token.name === 'h3') continue;
    const id = token.attrs.find((attr) => attr.name === 'id')?.value;
    if (id && !reserved.has(id)) used.add(id);
  }

  const out: string[] = [];
  const textParts: string[] = [];
  const headings: Array<{id: string; text: string; level: 2 | 3}> = [];
  let dropping: {name: string; depth: number} | null = null;
  let heading: {level: 2 | 3; outIndex: number; attrs: Attribute[]; text: string[]} | null = null;

  const closeHeading = () => {
    if (!heading) return;
    const text = collapse(decodeEntities(heading.text.join('')));
    const ownId = heading.attrs.find((attr) => attr.name === 'id')?.value;
    const base = ownId && !used.has(ownId) && /^[A-Za-z][\w-]*$/.test(ownId) ? ownId : slugify(text);
    const id = uniqueId(base, used);
    setAttribute(heading.attrs, 'id', id);
    out[heading.outIndex] = serializeStart(`h${heading.level}`, heading.attrs, false);
    headings.push({id, text, level: heading.level});
    heading = null;
  };

  for (const token of tokens) {
    if (dropping) {
      if (token.type === 'start' && token.name === dropping.name && !token.selfClosing) dropping.depth++;
      if (token.type === 'end' && token.name === dropping.name && --dropping.depth === 0) dropping = null;
      continue;
    }

    if (token.type === 'text') {
      const escaped = token.raw.replace(/</g, '&lt;');
      out.push(escaped);
      textParts.push(token.raw);
      heading?.text.push(token.raw);
      continue;
    }

    const {name} = token;
    if (!TAG_NAME.test(name)) continue;

    if (token.type === 'start') {
      if (DROPPED_WITH_CONTENT.has(name)) {
        if (!token.selfClosing) dropping = {name, depth: 1};
        continue;
      }
      if (DROPPED_TAG.has(name)) continue;

      const attrs = token.attrs.filter((attr) => keepAttribute(name, attr));
      const ownId = attrs.find((attr) => attr.name === 'id');
      if (ownId?.value && reserved.has(ownId.value)) attrs.splice(attrs.indexOf(ownId), 1);

      if (name === 'img') {
        if (!attrs.some((attr) => attr.name === 'loading')) attrs.push({name: 'loading', value: 'lazy'});
        if (!attrs.some((attr) => attr.name === 'decoding')) attrs.push({name: 'decoding', value: 'async'});
      }
      if (name === 'a' && attrs.some((attr) => attr.name === 'target' && attr.value === '_blank')) {
        const rel = attrs.find((attr) => attr.name === 'rel')?.value ?? '';
        const tokensInRel = new Set(rel.split(/\s+/).filter(Boolean));
        tokensInRel.add('noopener');
        tokensInRel.add('noreferrer');
        setAttribute(attrs, 'rel', [...tokensInRel].join(' '));
      }

      if ((name === 'h2' || name === 'h3') && !heading) {
        heading = {level: name === 'h2' ? 2 : 3, outIndex: out.length, attrs, text: []};
        out.push(''); // filled in when the heading closes and its text is known
        textParts.push(' ');
        continue;
      }
      out.push(serializeStart(name, attrs, token.selfClosing));
      // Block-level starts separate words for the reading text.
      textParts.push(' ');
      continue;
    }

    // End tag.
    if (DROPPED_WITH_CONTENT.has(name) || DROPPED_TAG.has(name)) continue;
    if (heading && name === `h${heading.level}`) closeHeading();
    out.push(`</${name}>`);
    textParts.push(' ');
  }
  closeHeading();

  return {
    html: out.join(''),
    toc: nestHeadings(headings),
    text: collapse(decodeEntities(textParts.join(''))),
  };
}

/** Just the cleaning, for places that show the body without a table of contents (the feed). */
export function sanitizeArticleHtml(html: string): string {
  return prepareArticleHtml(html).html;
}

function nestHeadings(headings: Array<{id: string; text: string; level: 2 | 3}>): TocItem[] {
  const toc: TocItem[] = [];
  let currentH2: TocItem | null = null;
  for (const {id, text, level} of headings) {
    const item: TocItem = {id, text, level, children: []};
    if (level === 2) {
      toc.push(item);
      currentH2 = item;
    } else if (currentH2) {
      currentH2.children.push(item);
    } else {
      toc.push(item);
    }
  }
  return toc;
}
