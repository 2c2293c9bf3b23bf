import {describe, expect, it, vi} from 'vitest';
import type {AppLoadContext} from '~/lib/shop/context.server';
import {applyGiftCard, isGiftCardApplied, rememberGiftCards} from '~/lib/cart/gift-cards.server';

/** A context with a session map and a cart whose updateGiftCardCodes records what it was sent. */
function fakeContext(cartId: string | undefined) {
  const store = new Map<string, unknown>();
  const updateGiftCardCodes = vi.fn(async () => ({cart: {id: cartId}}));
  const create = vi.fn(async () => ({cart: {id: 'gid://shopify/Cart/new'}}));
  const context = {
    session: {get: (key: string) => store.get(key), set: (key: string, value: unknown) => store.set(key, value), unset: (key: string) => store.delete(key)},
    cart: {getCartId: () => cartId, updateGiftCardCodes, create},
  } as unknown as AppLoadContext;
  return {context, store, updateGiftCardCodes, create};
}

const cart = (id: string, ...lastCharacters: string[]) => ({
  id,
  appliedGiftCards: lastCharacters.map((last) => ({
    id: `gid://shopify/AppliedGiftCard/${last}`,
    lastCharacters: last,
    amountUsed: {amount: '1.0', currencyCode: 'USD' as const},
    balance: {amount: '1.0', currencyCode: 'USD' as const},
  })),
});

describe('gift cards on the cart (server)', () => {
  it('recognises an applied card by its last characters, in any case', () => {
    expect(isGiftCardApplied(cart('c1', 'ft25'), 'TRAILGIFT25')).toBe(true);
    expect(isGiftCardApplied(cart('c1', 'FT25'), 'TRAILGIFT10')).toBe(false);
    expect(isGiftCardApplied(null, 'TRAILGIFT10')).toBe(false);
  });

  it('sends the cards this browser applied before along with the new one', async () => {
    const {context, updateGiftCardCodes} = fakeContext('c1');
    rememberGiftCards(context, cart('c1', 'FT10'), 'TRAILGIFT10');
    await applyGiftCard(context, cart('c1', 'FT10'), 'TRAILGIFT25');
    expect(updateGiftCardCodes).toHaveBeenCalledWith(['TRAILGIFT10', 'TRAILGIFT25']);
  });

  it('forgets cards the cart no longer shows, and codes remembered for another cart', async () => {
    const {context, store, updateGiftCardCodes} = fakeContext('c2');
    rememberGiftCards(context, cart('c1', 'FT10'), 'TRAILGIFT10');
    await applyGiftCard(context, cart('c2'), 'TRAILGIFT25');
    expect(updateGiftCardCodes).toHaveBeenCalledWith(['TRAILGIFT25']);

    rememberGiftCards(context, cart('c2', 'FT25', 'FT10'), 'TRAILGIFT25');
    rememberGiftCards(context, cart('c2', 'FT10')); // FT25 was removed
    expect(store.get('giftCardCodes')).toBeUndefined();
  });

  it('starts a cart carrying the code when there is none yet', async () => {
    const {context, create} = fakeContext(undefined);
    await applyGiftCard(context, null, 'TRAILGIFT25');
    expect(create).toHaveBeenCalledWith({giftCardCodes: ['TRAILGIFT25']});
  });
});
