/**
 * Atom 1.0 (RFC 4287) feed documents. Every text value is XML-escaped and stripped of characters
 * XML 1.0 does not allow, so an article title like `Fuel & "fast" <carbs>` cannot break the feed.
 * HTML content goes in `type="html"` elements, escaped once (the reader unescapes it to HTML).
 */

export interface AtomEntry {
  /** A permanent, absolute IRI for the entry (the article URL). */
  id: string;
  title: string;
  url: string;
  /** ISO 8601 date-times. */
  published: string;
  updated: string;
  authorName?: string | null;
  summary?: string | null;
  /** Sanitised HTML of the whole article. */
  contentHtml?: string | null;
  categories?: string[];
  image?: {url: string; altText?: string | null} | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | null;
  /** The feed's own URL (rel="self") and the HTML page it mirrors (rel="alternate"). */
  selfUrl: string;
  alternateUrl: string;
  /** xml:base for relative links inside entry content (the store's origin). */
  baseUrl?: string;
  /** Latest change of any entry; Atom requires it. */
  updated: string;
  /** Feed-level author, used for entries without one (Atom requires an author for each entry). */
  authorName: string;
  iconUrl?: string | null;
  entries: AtomEntry[];
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

// Characters outside the XML 1.0 Char production (control characters, lone surrogates, U+FFFE/F).
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 date-time as Atom wants it; an unparsable date falls back to the epoch rather than breaking the feed. */
export function atomDate(value: string): string {
  const time = Date.parse(value);
  return new Date(Number.isNaN(time) ? 0 : time).toISOString();
}

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

function link(attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<link${attrs}/>`;
}

function entryXml(entry: AtomEntry, feedAuthor: string): string {
  const lines = [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title, {type: 'text'})}`,
    `    ${link({rel: 'alternate', type: 'text/html', href: entry.url})}`,
    `    ${element('published', atomDate(entry.published))}`,
    `    ${element('updated', atomDate(entry.updated))}`,
    `    <author>${element('name', entry.authorName || feedAuthor)}</author>`,
  ];
  for (const category of entry.categories ?? []) {
    lines.push(`    <category term="${escapeXml(category)}"/>`);
  }
  if (entry.image) {
    lines.push(`    ${link({rel: 'enclosure', type: imageType(entry.image.url), href: entry.image.url})}`);
  }
  if (entry.summary) lines.push(`    ${element('summary', entry.summary, {type: 'text'})}`);
  if (entry.contentHtml) lines.push(`    ${element('content', entry.contentHtml, {type: 'html'})}`);
  lines.push('  </entry>');
  return lines.join('\n');
}

function imageType(url: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  switch (extension) {
    case 'svg':
      return 'image/svg+xml';
    case 'png':
      return 'image/png';
    case 'gif':
      return 'image/gif';
    case 'webp':
      return 'image/webp';
    default:
      return 'image/jpeg';
  }
}

export function buildAtomFeed(feed: AtomFeed): string {
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"${
      feed.baseUrl ? ` xml:base="${escapeXml(feed.baseUrl)}"` : ''
    }>`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, {type: 'text'})}`,
  ];
  if (feed.subtitle) head.push(`  ${element('subtitle', feed.subtitle, {type: 'text'})}`);
  head.push(
    `  ${element('updated', atomDate(feed.updated))}`,
    `  ${link({rel: 'self', type: 'application/atom+xml', href: feed.selfUrl})}`,
    `  ${link({rel: 'alternate', type: 'text/html', href: feed.alternateUrl})}`,
    `  <author>${element('name', feed.authorName)}</author>`,
    `  ${element('generator', 'Trailforge Storefront')}`,
  );
  if (feed.iconUrl) head.push(`  ${element('icon', feed.iconUrl)}`);

  return [...head, ...feed.entries.map((entry) => entryXml(entry, feed.authorName)), '</feed>', ''].join('\n');
}
