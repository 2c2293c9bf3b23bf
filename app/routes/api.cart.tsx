import type {ShouldRevalidateFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import type {ShellCartAnswer} from '~/lib/cart/shell-cart';
import {describeFailure} from '~/lib/shop/upstream.server';

/**
 * GET /api/cart — the visitor's cart for the page shell: the header's count, the drawer and the
 * cart analytics events. The browser asks for it once the page has loaded (useShellCart), so no
 * page's HTML depends on the cart and shoppers share the pages the worker keeps
 * (docs/decisions/054-cart-after-hydration.md). Personal: never cached anywhere.
 */
export async function loader({context}: LoaderFunctionArgs) {
  const answer = (body: ShellCartAnswer) => Response.json(body, {headers: {'Cache-Control': 'private, no-store'}});
  try {
    return answer({cart: await context.cart.get()});
  } catch (error) {
    // The header then shows a cart without a count and the drawer says so; the cart itself is kept by Shopify.
    console.warn('Cart failed to load for the header:', describeFailure(error));
    return answer({cart: null, unavailable: true});
  }
}

/**
 * The shell's cart fetcher is asked again only after a cart form post (an add, an update, a
 * removal, a code): other posts (a comment, the newsletter, a consent choice) cannot change it.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({formAction, defaultShouldRevalidate}) =>
  formAction === undefined ? defaultShouldRevalidate : /^\/cart(\/|\?|$)/.test(formAction);
