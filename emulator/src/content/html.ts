/** HTML helpers for Shopify's plain-text fields (description, content, excerpt, bodySummary). */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  middot: '·',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/** Shopify's "stripped, single line with HTML tags removed" text. */
export function stripHtml(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/(p|div|h[1-6]|li|blockquote|tr|td|th|figcaption)>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Storefront `truncateAt`: cut the text after the given number of characters. */
export function truncate(text: string, truncateAt?: number | null): string {
  if (truncateAt == null || truncateAt < 0 || text.length <= truncateAt) return text;
  return text.slice(0, truncateAt);
}

/** Rewrites root-relative `/cdn/images/…` references in HTML to absolute emulator URLs. */
export function absolutizeImageUrls(html: string, origin: string): string {
  return html.replace(
    /(\s(?:src|srcset|href)\s*=\s*["'])\/cdn\/images\//gi,
    (_m, prefix: string) => `${prefix}${origin}/cdn/images/`,
  );
}

/** Plain-text comment body → HTML: paragraphs on blank lines, <br> on single newlines. */
export function plainTextToHtml(body: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return body
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escape(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
