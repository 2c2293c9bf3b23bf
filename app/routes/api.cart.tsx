import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {CART_UNAVAILABLE, type VisitorCart} from '~/lib/cart/visitor-cart';
import {PRIVATE_CACHE_CONTROL} from '~/lib/shop/page-cache.server';
import {describeFailure} from '~/lib/shop/upstream.server';

/**
 * GET /api/cart — this visitor's cart, for the header's count, the drawer and cart analytics,
 * which the browser asks for after the page loads (lib/cart/visitor-cart.ts). Never cached
 * anywhere. When Shopify cannot answer: 503 and `unavailable`, never an empty cart.
 */
export async function loader({context}: LoaderFunctionArgs) {
  const headers = {'Cache-Control': PRIVATE_CACHE_CONTROL};
  try {
    const cart = await context.cart.get();
    return Response.json({cart: cart ?? null} satisfies VisitorCart, {headers});
  } catch (error) {
    console.warn('Cart failed to load for the browser:', describeFailure(error));
    return Response.json(CART_UNAVAILABLE satisfies VisitorCart, {status: 503, headers});
  }
}
