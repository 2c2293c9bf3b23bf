/**
 * Inline product cards in article bodies. An editor who puts a product link alone in its own
 * paragraph — `<p><a href="/products/handle">…</a></p>` — gets a rich product card there
 * (image, price, "View program"), rendered on the server.
 *
 * Two steps, both pure and unit-tested (tests/unit/app/marketing-inline-products.test.ts):
 * 1. `findProductParagraphs` walks the top-level blocks of the *cleaned* body tree
 *    (app/lib/content/store-html.server.ts) and writes them out as HTML chunks and product
 *    placeholders, each placeholder keeping its original paragraph (and, when asked, marks where
 *    the inline promo goes);
 * 2. after one Storefront query for those handles, `resolveProductCards` turns placeholders whose
 *    product exists into cards and puts the original paragraph back for the others.
 * See docs/decisions/032-inline-product-cards.md.
 */
import {serializeNodes, textOf, type HtmlElement, type HtmlNode} from '~/lib/content/html-serialize';

export type BodySegment =
  | {type: 'html'; html: string}
  /** `label`: the link's text (usually the product's title), for the card's placeholder. */
  | {type: 'product'; handle: string; html: string; label: string}
  | {type: 'promo'};

export type ResolvedSegment<P> = {type: 'html'; html: string} | {type: 'product'; product: P} | {type: 'promo'};

/**
 * A product card that streams in after the first byte (app/lib/blog/inline-cards.server.ts): its
 * placeholder shows `label`; `product` settles to the product, or to null, and then the original
 * paragraph (`html`) stays instead.
 */
export type StreamedProductSegment<P> = {type: 'later'; handle: string; label: string; html: string; product: Promise<P | null>};

/** At most this many distinct products per article become cards (one query, fixed aliases). */
export const MAX_INLINE_PRODUCTS = 4;

const PRODUCT_PATH = /^\/products\/([^/?#]+)\/?(?:[?#].*)?$/;
const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
const EMPHASIS = new Set(['strong', 'em', 'b', 'i']);

/** The product handle an href points at on this site, or null. */
export function productHandleFromHref(rawHref: string, ownDomains: ReadonlyArray<string | null | undefined> = []): string | null {
  // Hrefs come from the cleaned tree, so character references are decoded already.
  const href = rawHref.trim();
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

/** The one element among nodes, ignoring whitespace-only text; null if there is other content. */
function onlyElement(nodes: readonly HtmlNode[]): HtmlElement | null {
  const meaningful = nodes.filter((node) => node.type === 'element' || /\S/.test(node.text));
  const [only] = meaningful;
  return meaningful.length === 1 && only.type === 'element' ? only : null;
}

/** The href of a paragraph that is one link (optionally inside one emphasis element) with text; else null. */
function loneLinkHref(node: HtmlNode): string | null {
  if (node.type !== 'element' || node.name !== 'p') return null;
  let inner = onlyElement(node.children);
  if (inner && EMPHASIS.has(inner.name)) inner = onlyElement(inner.children);
  if (!inner || inner.name !== 'a' || !inner.attrs.href) return null;
  return textOf(inner.children) ? inner.attrs.href : null;
}

/**
 * Splits the top-level blocks of a cleaned body around paragraphs that hold nothing but a link to
 * a product on this site. Only the first `max` distinct products get placeholders; later ones stay
 * links. With `promoAt`, a `{type: 'promo'}` segment marks where the inline promo goes.
 */
export function findProductParagraphs(
  nodes: readonly HtmlNode[],
  {
    ownDomains = [],
    max = MAX_INLINE_PRODUCTS,
    promoAt,
  }: {ownDomains?: ReadonlyArray<string | null | undefined>; max?: number; promoAt?: number} = {},
): {segments: BodySegment[]; handles: string[]} {
  const segments: BodySegment[] = [];
  const handles: string[] = [];
  let pending: HtmlNode[] = [];
  const flush = () => {
    if (pending.length) segments.push({type: 'html', html: serializeNodes(pending)});
    pending = [];
  };

  for (const [index, node] of nodes.entries()) {
    if (index === promoAt) {
      flush();
      segments.push({type: 'promo'});
    }
    const href = loneLinkHref(node);
    const handle = href ? productHandleFromHref(href, ownDomains) : null;
    if (handle && !handles.includes(handle) && handles.length < max) handles.push(handle);
    if (!handle || !handles.includes(handle)) {
      pending.push(node);
      continue;
    }
    flush();
    segments.push({type: 'product', handle, html: serializeNodes([node]), label: textOf([node]).replace(/\s+/g, ' ').trim()});
  }
  flush();
  if (promoAt !== undefined && promoAt >= nodes.length) segments.push({type: 'promo'});
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
    if (segment.type === 'promo') {
      out.push(segment);
      continue;
    }
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
