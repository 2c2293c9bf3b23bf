/**
 * Inline product cards in article bodies. An editor who puts a product link alone in its own
 * paragraph — `<p><a href="/products/handle">…</a></p>` — gets a rich product card there
 * (image, price, "View program"), rendered on the server.
 *
 * Two steps, both pure and unit-tested (tests/unit/app/marketing-inline-products.test.ts):
 * 1. `findProductParagraphs` splits the *sanitised* body HTML (app/lib/article-html.server.ts
 *    writes every tag in one canonical form) into HTML chunks and product placeholders, each
 *    placeholder keeping its original paragraph;
 * 2. after one Storefront query for those handles, `resolveProductCards` turns placeholders whose
 *    product exists into cards and puts the original paragraph back for the others.
 * See docs/decisions/032-inline-product-cards.md.
 */

export type BodySegment =
  | {type: 'html'; html: string}
  | {type: 'product'; handle: string; html: string};

export type ResolvedSegment<P> = {type: 'html'; html: string} | {type: 'product'; product: P};

/** At most this many distinct products per article become cards (one query, fixed aliases). */
export const MAX_INLINE_PRODUCTS = 4;

const PARAGRAPH = /<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g;
/** The whole paragraph is one link, optionally wrapped in one emphasis element. */
const LONE_LINK = /^\s*(?:<(strong|em|b|i)>\s*)?<a\s([^>]*)>((?:(?!<\/?(?:a|p)[\s>])[\s\S])*?)<\/a>\s*(?:<\/\1>\s*)?$/;
const HREF = /(?:^|\s)href="([^"]*)"/;
const PRODUCT_PATH = /^\/products\/([^/?#]+)\/?(?:[?#].*)?$/;
const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** The product handle an href points at on this site, or null. */
export function productHandleFromHref(rawHref: string, ownDomains: ReadonlyArray<string | null | undefined> = []): string | null {
  const href = rawHref.replace(/&amp;/g, '&').trim();
  let path: string | null = null;
  if (href.startsWith('/') && !href.startsWith('//')) {
    path = href;
  } else {
    try {
      const url = new URL(href);
      const own = ownDomains.some((domain) => domain && hostOf(domain) === url.host);
      if (own && (url.protocol === 'https:' || url.protocol === 'http:')) path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return null;
    }
  }
  const match = path ? PRODUCT_PATH.exec(path) : null;
  if (!match) return null;
  let handle: string;
  try {
    handle = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return HANDLE.test(handle) ? handle.toLowerCase() : null;
}

function hostOf(domain: string): string | null {
  try {
    return new URL(domain.includes('://') ? domain : `https://${domain}`).host;
  } catch {
    return null;
  }
}

/**
 * Splits body HTML around paragraphs that hold nothing but a link to a product on this site.
 * Only the first `MAX_INLINE_PRODUCTS` distinct products get placeholders; later ones stay links.
 */
export function findProductParagraphs(
  html: string,
  {ownDomains = [], max = MAX_INLINE_PRODUCTS}: {ownDomains?: ReadonlyArray<string | null | undefined>; max?: number} = {},
): {segments: BodySegment[]; handles: string[]} {
  const segments: BodySegment[] = [];
  const handles: string[] = [];
  let last = 0;

  for (const match of html.matchAll(PARAGRAPH)) {
    const link = LONE_LINK.exec(match[1]);
    if (!link || !/\S/.test(link[3].replace(/<[^>]*>/g, ''))) continue;
    const href = HREF.exec(link[2])?.[1];
    const handle = href ? productHandleFromHref(href, ownDomains) : null;
    if (!handle) continue;
    if (!handles.includes(handle)) {
      if (handles.length >= max) continue;
      handles.push(handle);
    }
    const start = match.index;
    if (start > last) segments.push({type: 'html', html: html.slice(last, start)});
    segments.push({type: 'product', handle, html: match[0]});
    last = start + match[0].length;
  }
  if (last < html.length) segments.push({type: 'html', html: html.slice(last)});
  return {segments, handles};
}

/**
 * Placeholders whose product was found become cards; the rest go back to their original
 * paragraph. Neighbouring HTML is merged, and whitespace-only chunks are dropped.
 */
export function resolveProductCards<P>(segments: BodySegment[], productFor: (handle: string) => P | null | undefined): ResolvedSegment<P>[] {
  const out: ResolvedSegment<P>[] = [];
  const pushHtml = (html: string) => {
    const previous = out[out.length - 1];
    if (previous?.type === 'html') previous.html += html;
    else out.push({type: 'html', html});
  };
  for (const segment of segments) {
    if (segment.type === 'product') {
      const product = productFor(segment.handle);
      if (product) {
        out.push({type: 'product', product});
        continue;
      }
    }
    pushHtml(segment.html);
  }
  return out.filter((segment) => segment.type !== 'html' || /\S/.test(segment.html));
}

/**
 * Variables for INLINE_PRODUCTS_QUERY: up to four handles as `h0`…`h3`, with `w1`…`w3` saying
 * which of the later aliases to include (GraphQL can't take a dynamic number of aliases).
 */
export function inlineProductVariables(handles: string[]) {
  const [h0, h1, h2, h3] = handles;
  return {
    h0: h0 ?? '',
    h1: h1 ?? '',
    h2: h2 ?? '',
    h3: h3 ?? '',
    w1: Boolean(h1),
    w2: Boolean(h2),
    w3: Boolean(h3),
  };
}
