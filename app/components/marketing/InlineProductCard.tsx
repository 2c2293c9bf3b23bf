import {Link} from '@remix-run/react';
import {Money} from '@shopify/hydrogen';
import {CardImage} from '~/components/layout/CardImage';
import type {InlineProductFragment} from 'storefrontapi.generated';
import {marketingCopy} from '~/components/marketing/copy';

const copy = marketingCopy.inlineProduct;

/**
 * A product an editor linked on its own line in an article, shown as a card: image, price and a
 * "View program" link. Rendered on the server between chunks of the article body.
 */
export function InlineProductCard({product, className = ''}: {product: InlineProductFragment; className?: string}) {
  const {minVariantPrice, maxVariantPrice} = product.priceRange;
  const compareAt = product.compareAtPriceRange.minVariantPrice;
  const onSale = Number(compareAt.amount) > Number(minVariantPrice.amount);
  const hasRange = minVariantPrice.amount !== maxVariantPrice.amount;
  const href = `/products/${product.handle}`;

  return (
    <aside
      aria-label={product.title}
      data-testid="inline-product-card"
      className={`group relative flex gap-4 overflow-hidden rounded-2xl border border-stone-200 bg-white p-3 shadow-sm transition hover:shadow-lg sm:gap-6 sm:p-4 ${className}`}
    >
      <CardImage
        image={product.featuredImage}
        aspectRatio="1/1"
        sizes="(min-width: 640px) 10rem, 6rem"
        frameClassName="aspect-square w-24 shrink-0 rounded-xl sm:w-40"
      />
      <div className="flex min-w-0 flex-1 flex-col justify-center py-1">
        <p className="text-xs font-extrabold uppercase tracking-[0.14em] text-clay-700">
          {product.productType || copy.eyebrow}
        </p>
        <p className="mt-1 text-lg font-extrabold leading-snug text-forest-950 sm:text-xl">{product.title}</p>
        {product.description ? (
          <p className="mt-1 hidden text-[0.9375rem] leading-relaxed text-charcoal-600 sm:line-clamp-2">{product.description}</p>
        ) : null}
        {/* Price above the link on narrow screens whatever the price's width, so the placeholder a
            streamed card replaces (InlineProductCardPlaceholder) has the same height. */}
        <div className="mt-2 flex flex-col items-start gap-x-4 gap-y-2 sm:flex-row sm:flex-wrap sm:items-center">
          <p className="flex items-baseline gap-1.5 font-bold text-charcoal-900" data-testid="inline-product-price">
            {hasRange ? <span className="text-sm font-semibold text-charcoal-600">{copy.from}</span> : null}
            <Money as="span" data={minVariantPrice} />
            {onSale ? (
              <s className="text-sm font-medium text-charcoal-500" aria-label={copy.regularPrice}>
                <Money as="span" data={compareAt} />
              </s>
            ) : null}
            {!product.availableForSale ? (
              <span className="ml-1 text-xs font-semibold text-charcoal-600">{copy.soldOut}</span>
            ) : null}
          </p>
          <Link
            to={href}
            prefetch="intent"
            className="inline-flex items-center gap-1 font-bold text-clay-700 underline-offset-4 after:absolute after:inset-0 hover:underline"
          >
            {copy.view}
            <span className="sr-only">: {product.title}</span>
            <span aria-hidden="true">→</span>
          </Link>
        </div>
      </div>
    </aside>
  );
}
