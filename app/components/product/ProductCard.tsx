import {Link} from '@remix-run/react';
import {Money} from '@shopify/hydrogen';
import {CardImage} from '~/components/layout/CardImage';
import type {ReactNode} from 'react';
import type {ProductCardFragment} from 'storefrontapi.generated';

/**
 * Shopping grids of program cards have two columns on phones and tablets and three or four from
 * 1024 px: saying 90vw made phones download an image three times wider than its card.
 */
const PRODUCT_CARD_SIZES = '(min-width: 1024px) 25vw, 50vw';

export function ProductCard({
  product,
  loading = 'lazy',
  sizes = PRODUCT_CARD_SIZES,
  footer,
}: {
  product: ProductCardFragment;
  loading?: 'eager' | 'lazy';
  /** The image's `sizes`, for a grid whose columns differ from the shopping grids'. */
  sizes?: string;
  /** An action under the price (a quick add); it sits above the card-wide link. */
  footer?: ReactNode;
}) {
  const {minVariantPrice, maxVariantPrice} = product.priceRange;
  const compareAt = product.compareAtPriceRange.minVariantPrice;
  const onSale = Number(compareAt.amount) > Number(minVariantPrice.amount);
  const hasRange = minVariantPrice.amount !== maxVariantPrice.amount;

  return (
    <article className="card group relative flex h-full flex-col">
      <CardImage
        image={product.featuredImage}
        aspectRatio="1/1"
        sizes={sizes}
        loading={loading}
        frameClassName="aspect-square"
      />
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-charcoal-600">
          {product.productType}
        </p>
        <h3 className="text-base font-extrabold leading-snug text-forest-950">
          <Link to={`/products/${product.handle}`} prefetch="intent" className="after:absolute after:inset-0">
            {product.title}
          </Link>
        </h3>
        <p className="mt-auto flex items-baseline gap-2 pt-2 font-bold text-charcoal-900">
          {hasRange ? <span className="text-sm font-semibold text-charcoal-600">From</span> : null}
          <Money as="span" data={minVariantPrice} />
          {onSale ? (
            <s className="text-sm font-medium text-charcoal-500">
              <Money as="span" data={compareAt} />
            </s>
          ) : null}
          {!product.availableForSale ? (
            <span className="ml-auto text-xs font-semibold text-charcoal-600">Sold out</span>
          ) : null}
        </p>
        {footer ? <div className="relative z-10 pt-3">{footer}</div> : null}
      </div>
    </article>
  );
}
