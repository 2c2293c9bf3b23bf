import type {Storefront} from '@shopify/hydrogen';
import {CHECKOUT_CART_CREATE_MUTATION} from '~/graphql/cart/checkout-cart';
import {CART_COPY} from '~/lib/cart/copy';

export interface CheckoutLine {
  merchandiseId: string;
  quantity: number;
}

export type CheckoutResult =
  | {ok: true; checkoutUrl: string}
  | {ok: false; status: 400 | 404 | 409; message: string};

/**
 * Creates a one-off cart with exactly these lines (and codes) and hands back its checkout URL.
 * Unknown variants are a 404; a line Shopify would not add (sold out) is a 409: the shopper
 * must never land on a checkout that silently lacks what they asked for.
 */
export async function createCheckout(
  storefront: Storefront,
  {lines, discountCodes = []}: {lines: CheckoutLine[]; discountCodes?: string[]},
): Promise<CheckoutResult> {
  const {cartCreate} = await storefront.mutate(CHECKOUT_CART_CREATE_MUTATION, {
    variables: {input: {lines, discountCodes}},
  });
  const errors = cartCreate?.userErrors ?? [];
  if (errors.length) {
    const unknown = errors.some((error) => error.field?.includes('merchandiseId'));
    return unknown
      ? {ok: false, status: 404, message: CART_COPY.unknownVariant}
      : {ok: false, status: 400, message: errors[0]?.message || CART_COPY.cannotCheckout};
  }
  const cart = cartCreate?.cart;
  const wanted = lines.reduce((sum, line) => sum + line.quantity, 0);
  if (!cart?.checkoutUrl || cart.totalQuantity < wanted) {
    return {ok: false, status: 409, message: CART_COPY.soldOut};
  }
  return {ok: true, checkoutUrl: cart.checkoutUrl};
}
