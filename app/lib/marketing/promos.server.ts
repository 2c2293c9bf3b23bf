import type {AppLoadContext} from '~/lib/shop/context.server';
import {ARTICLE_PROMO_QUERY, PROMO_BANNERS_QUERY} from '~/graphql/marketing/promo-banner';
import {INLINE_PRODUCTS_QUERY} from '~/graphql/marketing/inline-products';
import {readDismissed} from '~/lib/marketing/dismissals.server';
import {ownDomains} from '~/lib/shop/own-domains';
import {inlineProductVariables, type ResolvedSegment} from '~/lib/marketing/inline-products';
import {activePromos, promoIfRunning, type PromoBanner, type PromoBannerNode} from '~/lib/marketing/promo-banner';
import type {InlineProductFragment} from 'storefrontapi.generated';
import {describeFailure} from '~/lib/shop/upstream.server';

/**
 * Loading marketing content for a request. Every query uses the content cache policy (edits reach
 * readers within 60 s on a real store, at once on the emulator; docs/decisions/002-caching.md and 030), and
 * every failure degrades to "no promo" rather than an error page.
 */

type Context = Pick<AppLoadContext, 'storefront' | 'cachePolicy'>;
type ArticleContext = Pick<AppLoadContext, 'storefront' | 'cachePolicy' | 'settings'>;

/** Every published promo banner (one query; placement and schedule are filtered afterwards). */
export async function loadPromoBannerNodes(context: Context): Promise<PromoBannerNode[]> {
  try {
    const {promoBanners} = await context.storefront.query(PROMO_BANNERS_QUERY, {
      cache: context.cachePolicy.content(),
    });
    return promoBanners.nodes;
  } catch (error) {
    console.error('Promo banners failed to load:', describeFailure(error));
    return [];
  }
}

/** The announcement bar's banners for this request: running now, not dismissed, in schedule order. */
export async function announcementsFor(
  request: Request,
  nodes: PromoBannerNode[],
  ownDomains: ReadonlyArray<string | null | undefined>,
  now = Date.now(),
): Promise<PromoBanner[]> {
  return activePromos(nodes, {
    placement: 'announcement',
    now,
    dismissed: await readDismissed(request.headers.get('Cookie')),
    ownDomains,
  });
}

/**
 * The promo above an article: the article's own `custom.promo_banner`, else the blog's
 * `custom.default_promo_banner` (how the local admin and scripts/shopify-setup.mjs model it).
 * The chosen banner must be within its schedule; a dismissed one (if dismissible) is skipped, and
 * an article promo outside its window falls back to the blog's. Also returns our own domains, so
 * absolute links to our own site count as our own.
 */
export async function loadArticlePromo(
  context: ArticleContext,
  request: Request,
  {blogHandle, articleHandle, now = Date.now()}: {blogHandle: string; articleHandle: string; now?: number},
): Promise<{promo: PromoBanner | null; inlinePromo: PromoBanner | null; ownDomains: string[]}> {
  try {
    const {shop, blog, inlineBanners} = await context.storefront.query(ARTICLE_PROMO_QUERY, {
      cache: context.cachePolicy.content(),
      variables: {blogHandle, articleHandle},
    });
    const own = ownDomains({primaryDomainUrl: shop.primaryDomain.url, request, settings: context.settings});
    const options = {now, dismissed: await readDismissed(request.headers.get('Cookie')), ownDomains: own};
    const asNode = (reference: unknown) =>
      reference && typeof reference === 'object' && 'fields' in reference ? (reference as PromoBannerNode) : null;
    const promo =
      promoIfRunning(asNode(blog?.articleByHandle?.promo?.reference), options) ??
      promoIfRunning(asNode(blog?.promo?.reference), options);
    // An `article_inline` banner runs inside every article's body (the first in schedule order).
    const inlinePromo = activePromos(inlineBanners.nodes, {...options, placement: 'article_inline'})[0] ?? null;
    return {promo, inlinePromo, ownDomains: own};
  } catch (error) {
    console.error('Article promo failed to load:', describeFailure(error));
    return {promo: null, inlinePromo: null, ownDomains: ownDomains({request, settings: context.settings})};
  }
}

export type InlineProduct = InlineProductFragment;
export type ArticleBodySegment = ResolvedSegment<InlineProduct>;

/**
 * The products behind an article body's lone product links (app/lib/blog/article-body.server.ts
 * finds them), by handle: one query, made by app/lib/blog/inline-cards.server.ts. When it fails
 * there are none, and the links stay links.
 */
export async function loadInlineProducts(context: Context, handles: string[]): Promise<Map<string, InlineProduct>> {
  try {
    const result = await context.storefront.query(INLINE_PRODUCTS_QUERY, {
      cache: context.cachePolicy.content(),
      variables: inlineProductVariables(handles),
    });
    const products = [result.p0, result.p1, result.p2, result.p3].filter((product): product is InlineProduct =>
      Boolean(product),
    );
    return new Map(products.map((product) => [product.handle, product]));
  } catch (error) {
    console.error('Inline products failed to load:', describeFailure(error));
    return new Map();
  }
}
