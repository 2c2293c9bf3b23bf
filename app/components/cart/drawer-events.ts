import type {RecommendedProductFragment} from 'storefrontapi.generated';

/**
 * Any add-to-cart button opens the drawer mounted once in the root layout, without a shared
 * provider: a window event carries the button (focus goes back to it on close) and the
 * programs to suggest next.
 */
export const CART_OPEN_EVENT = 'trailforge:cart-open';

export interface CartOpenDetail {
  opener: HTMLElement | null;
  crossSell?: RecommendedProductFragment[];
}

export function openCartDrawer(detail: CartOpenDetail) {
  window.dispatchEvent(new CustomEvent<CartOpenDetail>(CART_OPEN_EVENT, {detail}));
}
