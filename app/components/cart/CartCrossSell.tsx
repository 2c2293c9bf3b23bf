import {Link} from '@remix-run/react';
import {Image, Money} from '@shopify/hydrogen';
import type {RecommendedProductFragment} from 'storefrontapi.generated';
import {AddToCartButton} from '~/components/cart/AddToCartButton';
import {CART_COPY} from '~/lib/cart/copy';

/** "Athletes also add": up to three programs that pair with what was just added, each one click away. */
export function CartCrossSell({products}: {products: RecommendedProductFragment[]}) {
  const buyable = products.filter((product) => product.selectedOrFirstAvailableVariant?.availableForSale);
  if (!buyable.length) return null;
  return (
    <section aria-labelledby="cart-cross-sell" className="rounded-xl bg-stone-100 p-4">
      <h3 id="cart-cross-sell" className="text-sm font-extrabold uppercase tracking-wider text-forest-900">
        {CART_COPY.crossSellTitle}
      </h3>
      <ul className="mt-3 grid gap-3">
        {buyable.map((product) => {
          const variant = product.selectedOrFirstAvailableVariant!;
          return (
            <li key={product.id} className="flex items-center gap-3" data-testid="cross-sell-item">
              <div className="size-14 shrink-0 overflow-hidden rounded-lg bg-stone-200">
                {product.featuredImage ? (
                  <Image
                    data={{...product.featuredImage, altText: product.featuredImage.altText || product.title}}
                    aspectRatio="1/1"
                    sizes="56px"
                    className="h-full w-full object-cover"
                  />
                ) : null}
              </div>
              <div className="min-w-0 flex-1">
                <Link to={`/products/${product.handle}`} className="block text-sm font-bold leading-snug text-forest-950 hover:underline">
                  {product.title}
                </Link>
                <Money as="p" data={variant.price} className="text-sm text-charcoal-700" />
              </div>
              <div className="w-20 shrink-0">
                <AddToCartButton compact lines={[{merchandiseId: variant.id, quantity: 1, selectedVariant: variant}]} label={`Add ${product.title} to cart`}>
                  Add
                </AddToCartButton>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
