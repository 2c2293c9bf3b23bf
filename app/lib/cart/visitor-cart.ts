import type {CartApiQueryFragment} from 'storefrontapi.generated';

/**
 * The visitor's cart as the browser knows it. Pages never carry it: the browser asks for it once
 * the page has loaded, so every page stays the same for everyone and can be cached
 * (docs/decisions/054-cart-after-hydration.md). Either the cart (null when the visitor has none)
 * or word that Shopify could not say, which the header and drawer never show as an empty cart.
 */
export type VisitorCart = {cart: CartApiQueryFragment | null; unavailable?: undefined} | {cart: null; unavailable: true};

/** Where the browser asks; a personal path, never kept by a shared cache. */
export const VISITOR_CART_PATH = '/api/cart';

export const CART_UNAVAILABLE = {cart: null, unavailable: true} as const satisfies VisitorCart;

/** Asks the store for this visitor's cart. A failed or garbled answer is "unavailable"; an abort is rethrown. */
export async function fetchVisitorCart(signal?: AbortSignal): Promise<VisitorCart> {
  try {
    const response = await fetch(VISITOR_CART_PATH, {signal, headers: {Accept: 'application/json'}});
    if (!response.ok) return CART_UNAVAILABLE;
    const body = (await response.json()) as Partial<VisitorCart> | null;
    return body && typeof body === 'object' && 'cart' in body && !body.unavailable
      ? {cart: body.cart ?? null}
      : CART_UNAVAILABLE;
  } catch (error) {
    if (signal?.aborted) throw error;
    return CART_UNAVAILABLE;
  }
}
