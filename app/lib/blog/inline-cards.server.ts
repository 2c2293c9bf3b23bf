/**
 * Product cards in an article body, without a waterfall before the first byte. The cards need the
 * body (their handles are in it), so their lookup can only start once the article query has
 * answered. When it answers at once (a cached lookup, the usual case) the cards are part of the page
 * as before, readable without JavaScript; when it has to go to Shopify (a cold cache), the page does
 * not wait for it: each card streams in later in the same response, over a placeholder of the same
 * size (components/marketing/InlineProductCardPlaceholder.tsx). docs/decisions/051-cold-ttfb.md
 */
import type {BodySegment, StreamedProductSegment} from '~/lib/marketing/inline-products';
import {resolveProductCards} from '~/lib/marketing/inline-products';
import {loadInlineProducts, type ArticleBodySegment, type InlineProduct} from '~/lib/marketing/promos.server';
import {settledWithin} from '~/lib/shop/upstream.server';

/**
 * How long the page waits for the cards before streaming them: long enough for a cache hit (0–3 ms
 * measured on MiniOxygen), never for a round trip to Shopify.
 */
export const INLINE_CARDS_WAIT_MS = 5;

export type ArticleBodyPart = ArticleBodySegment | StreamedProductSegment<InlineProduct>;

/**
 * The body with its cards: whole when the lookup answers within `waitMs`, else with each card as a
 * streamed part (`later`) that settles when the lookup does. A body without product links asks nothing.
 */
export async function articleBodyWithCards(
  context: Parameters<typeof loadInlineProducts>[0],
  {segments, handles}: {segments: BodySegment[]; handles: string[]},
  {waitMs = INLINE_CARDS_WAIT_MS, load = loadInlineProducts}: {waitMs?: number; load?: typeof loadInlineProducts} = {},
): Promise<ArticleBodyPart[]> {
  if (!handles.length) return resolveProductCards<InlineProduct>(segments, () => null);
  const lookup = load(context, handles);
  const inTime = await settledWithin(lookup, waitMs, null);
  if (inTime) return resolveProductCards(segments, (handle) => inTime.get(handle));
  const parts: ArticleBodyPart[] = [];
  for (const segment of segments) {
    if (segment.type === 'product') {
      const {handle, html, label} = segment;
      parts.push({type: 'later', handle, html, label, product: lookup.then((found) => found.get(handle) ?? null)});
    } else if (segment.type === 'promo' || /\S/.test(segment.html)) {
      parts.push(segment);
    }
  }
  return parts;
}
