import {Money} from '@shopify/hydrogen';
import type {MoneyV2} from '@shopify/hydrogen/storefront-api-types';

type Amount = Pick<MoneyV2, 'amount' | 'currencyCode'>;

export function ProductPrice({
  price,
  compareAtPrice,
}: {
  price?: Amount | null;
  compareAtPrice?: Amount | null;
}) {
  if (!price) return null;
  const onSale = compareAtPrice && Number(compareAtPrice.amount) > Number(price.amount);
  return (
    <p className="flex flex-wrap items-baseline gap-3" data-testid="product-price">
      <span className="text-2xl font-extrabold text-forest-950">
        <Money as="span" data={price} />
      </span>
      {onSale ? (
        <>
          <s className="text-lg text-charcoal-500" aria-label="Regular price">
            <Money as="span" data={compareAtPrice} />
          </s>
          <span className="rounded-full bg-clay-100 px-2.5 py-0.5 text-xs font-bold uppercase tracking-wide text-clay-800">
            Save {Math.round((1 - Number(price.amount) / Number(compareAtPrice.amount)) * 100)}%
          </span>
        </>
      ) : null}
    </p>
  );
}
