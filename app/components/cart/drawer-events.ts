import type {MouseEvent} from 'react';
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

/**
 * For the header's link to /cart: with JavaScript a plain click opens the drawer instead (as
 * Shopify's starter does); without it, or for a new tab, or on /cart itself, the link is a link.
 */
export function openCartFromLink(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (window.location.pathname === '/cart') return;
  event.preventDefault();
  openCartDrawer({opener: event.currentTarget});
}
