import type {InlineProductFragment} from 'storefrontapi.generated';
import type {ResolvedSegment} from '~/lib/marketing/inline-products';
import {ArticleHtmlChunk} from '~/components/blog/ArticleHtmlChunk';
import {InlineProductCard} from '~/components/marketing/InlineProductCard';
import {PromoCard} from '~/components/marketing/PromoCard';
import {marketingCopy} from '~/components/marketing/copy';
import type {PromoBanner} from '~/lib/marketing/promo-banner';

/**
 * The article body: sanitised HTML chunks (app/lib/content/article-html.server.ts), with the
 * inline product cards the server found rendered between them, and marketing's `article_inline`
 * promo (if one is running) in the slot the server marked before the second section.
 */
export function ArticleBody({
  segments,
  inlinePromo,
}: {
  segments: ResolvedSegment<InlineProductFragment>[];
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
          <ArticleHtmlChunk key={index} index={index} html={segment.html as string | undefined} className="prose-trail mx-auto" />
        ) : (
          <InlineProductCard key={index} product={segment.product} className="mx-auto my-9 max-w-[68ch]" />
        ),
      )}
    </div>
  );
}
