import type {CartQueryDataReturn} from '@shopify/hydrogen';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import {GIFT_CARD_REMOVE_MUTATION} from '~/graphql/cart/gift-card-remove';
import type {AppLoadContext} from '~/lib/shop/context.server';

/**
 * Gift cards on the cart. Shopify answers only a card's last characters, and
 * cartGiftCardCodesUpdate sets the cart's whole list: to add a second card, the first card's full
 * code has to be sent again. So the codes this browser applied to this cart are kept in the
 * signed, httpOnly session cookie (never in the HTML), and only while the cart shows them applied.
 */
const SESSION_KEY = 'giftCardCodes';

interface Remembered {
  cartId: string;
  codes: string[];
}

type GiftCardCart = Pick<CartApiQueryFragment, 'id' | 'appliedGiftCards'> | null;

/** Whether the cart shows this (normalised) code among its applied cards. */
export function isGiftCardApplied(cart: GiftCardCart, code: string): boolean {
  return Boolean(cart?.appliedGiftCards.some((card) => code.endsWith(card.lastCharacters.toUpperCase())));
}

function rememberedCodes(context: AppLoadContext, cart: GiftCardCart): string[] {
  const value = context.session.get(SESSION_KEY) as Remembered | undefined;
  if (!cart || value?.cartId !== cart.id || !Array.isArray(value.codes)) return [];
  return value.codes.filter((code) => isGiftCardApplied(cart, code));
}

/** Applies `code` on top of the cards this browser already applied (a new cart if there is none yet). */
export function applyGiftCard(context: AppLoadContext, before: GiftCardCart, code: string): Promise<CartQueryDataReturn> {
  const codes = [...new Set([...rememberedCodes(context, before), code])];
  return context.cart.getCartId() ? context.cart.updateGiftCardCodes(codes) : context.cart.create({giftCardCodes: codes});
}

/** Keeps the remembered codes in step with the cart: drops cards no longer applied, adds `added`. */
export function rememberGiftCards(context: AppLoadContext, cart: GiftCardCart, added?: string) {
  if (!cart) return;
  const value = context.session.get(SESSION_KEY) as Remembered | undefined;
  const known = value?.cartId === cart.id && Array.isArray(value.codes) ? value.codes : [];
  const codes = [...new Set([...known, ...(added ? [added] : [])])].filter((code) => isGiftCardApplied(cart, code));
  if (codes.length) context.session.set(SESSION_KEY, {cartId: cart.id, codes} satisfies Remembered);
  else if (value) context.session.unset(SESSION_KEY);
}

/** The parts of a cart mutation's answer the cart action reads. */
export interface CartChangeResult {
  cart?: {id?: string | null} | null;
  userErrors?: Array<{message?: string | null}>;
  errors?: CartQueryDataReturn['errors'];
}

export async function removeGiftCard(context: AppLoadContext, appliedGiftCardId: string): Promise<CartChangeResult> {
  const cartId = context.cart.getCartId();
  if (!cartId) return {cart: null, userErrors: [{message: 'That gift card could not be found.'}]};
  const {cartGiftCardCodesRemove: payload} = await context.storefront.mutate(GIFT_CARD_REMOVE_MUTATION, {
    variables: {cartId, appliedGiftCardIds: [appliedGiftCardId]},
  });
  return {cart: payload?.cart ?? null, userErrors: payload?.userErrors ?? []};
}
