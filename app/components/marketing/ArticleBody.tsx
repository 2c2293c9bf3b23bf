import {Suspense} from 'react';
import {Await} from '@remix-run/react';
import type {InlineProductFragment} from 'storefrontapi.generated';
import type {ResolvedSegment, StreamedProductSegment} from '~/lib/marketing/inline-products';
import {ArticleHtmlChunk} from '~/components/blog/ArticleHtmlChunk';
import {InlineProductCard} from '~/components/marketing/InlineProductCard';
import {InlineProductCardPlaceholder} from '~/components/marketing/InlineProductCardPlaceholder';
import {PromoCard} from '~/components/marketing/PromoCard';
import {marketingCopy} from '~/components/marketing/copy';
import type {PromoBanner} from '~/lib/marketing/promo-banner';

/**
 * The article body: sanitised HTML chunks (app/lib/content/article-html.server.ts), with the
 * inline product cards the server found rendered between them, and marketing's `article_inline`
 * promo (if one is running) in the slot the server marked before the second section. A card whose
 * lookup was not answered by the first byte streams in over a placeholder of its size; a product
 * that turns out not to exist leaves the editor's paragraph instead.
 */
export type ArticleBodyPart = ResolvedSegment<InlineProductFragment> | StreamedProductSegment<InlineProductFragment>;

const CARD_CLASS = 'mx-auto my-9 max-w-[68ch]';
const CHUNK_CLASS = 'prose-trail mx-auto';

export function ArticleBody({
  segments,
  inlinePromo,
}: {
  segments: ArticleBodyPart[];
  inlinePromo?: PromoBanner | null;
}) {
  return (
    <div data-testid="article-body" className="render-when-near [--height-estimate:400rem]">
      {segments.map((segment, index) =>
        segment.type === 'promo' ? (
          inlinePromo ? (
            <div key={index} className="mx-auto my-10 max-w-[68ch]" data-testid="article-inline-promo">
              <PromoCard banner={inlinePromo} label={marketingCopy.promo.inlineLabel} placement="article_inline" />
            </div>
          ) : null
        ) : segment.type === 'html' ? (
          // The body never changes order within a page, so positions are stable keys.
          <ArticleHtmlChunk key={index} index={index} html={segment.html as string | undefined} className={CHUNK_CLASS} />
        ) : segment.type === 'later' ? (
          <Suspense key={index} fallback={<InlineProductCardPlaceholder handle={segment.handle} label={segment.label} className={CARD_CLASS} />}>
            <Await resolve={segment.product} errorElement={<ArticleHtmlChunk index={index} html={segment.html} className={CHUNK_CLASS} />}>
              {(product) =>
                product ? (
                  <InlineProductCard product={product} className={CARD_CLASS} />
                ) : (
                  <ArticleHtmlChunk index={index} html={segment.html} className={CHUNK_CLASS} />
                )
              }
            </Await>
          </Suspense>
        ) : (
          <InlineProductCard key={index} product={segment.product} className={CARD_CLASS} />
        ),
      )}
    </div>
  );
}
