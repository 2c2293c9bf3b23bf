import {data, redirect} from '@shopify/remix-oxygen';
import type {AppLoadContext} from '~/lib/shop/context.server';
import {parseCartAction} from '~/lib/cart/cart-input';
import {readCartFormInput} from '~/lib/forms/read-form.server';
import {createCheckout} from '~/lib/cart/checkout.server';
import {CART_COPY} from '~/lib/cart/copy';

/**
 * Buy now: the program page's form (same fields as Add to cart) posted here. It starts a fresh
 * one-line cart and goes straight to its checkout; the shopper's own cart and cookie are left
 * exactly as they were. Errors come back as data, so the page shows them beside the button.
 */
export async function buyNow(request: Request, context: AppLoadContext) {
  const parsed = parseCartAction(await readCartFormInput(request));
  if (!parsed.ok || parsed.action.type !== 'add' || parsed.action.lines.length !== 1) {
    return data({errors: [{message: parsed.ok ? CART_COPY.cannotCheckout : parsed.message}]}, {status: 400});
  }
  try {
    const result = await createCheckout(context.storefront, {lines: parsed.action.lines});
    if (!result.ok) return data({errors: [{message: result.message}]}, {status: result.status});
    return redirect(result.checkoutUrl, 303);
  } catch (error) {
    console.error(error);
    return data({errors: [{message: CART_COPY.unavailable}]}, {status: 503});
  }
}
