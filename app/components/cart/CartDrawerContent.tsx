import type {CartApiQueryFragment, RecommendedProductFragment} from 'storefrontapi.generated';
import {CartMain} from '~/components/cart/CartMain';
import {CartCrossSell} from '~/components/cart/CartCrossSell';

/**
 * What the open cart drawer shows. Its own chunk, loaded the first time the drawer opens, so
 * pages that never open the cart (most article readers) don't download the cart's code.
 */
export default function CartDrawerContent({
  cart,
  crossSell,
}: {
  cart: CartApiQueryFragment | null;
  crossSell: RecommendedProductFragment[];
}) {
  const inCart = new Set(cart?.lines.nodes.map((line) => line.merchandise.product.id));
  return (
    <div className="grid gap-5">
      <CartMain cart={cart} layout="drawer" />
      <CartCrossSell products={crossSell.filter((product) => !inCart.has(product.id))} />
    </div>
  );
}
