import {beforeEach, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

const CART = `id checkoutUrl
  cost { subtotalAmount { amount } totalAmount { amount } checkoutChargeAmount { amount } }
  appliedGiftCards { id lastCharacters amountUsed { amount currencyCode } balance { amount currencyCode } }`;

interface GiftCart {
  id: string;
  checkoutUrl: string;
  cost: {subtotalAmount: {amount: string}; totalAmount: {amount: string}; checkoutChargeAmount: {amount: string}};
  appliedGiftCards: Array<{id: string; lastCharacters: string; amountUsed: {amount: string}; balance: {amount: string}}>;
}

function byTestId(html: string, id: string): string[] {
  const re = new RegExp(`<(\\w+)[^>]*data-testid="${id}"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return [...html.matchAll(re)].map((m) => m[2]!.replace(/<[^>]+>/g, '').trim());
}

describe('cart gift cards', () => {
  let emu: TestEmulator;
  beforeEach(() => {
    emu = makeEmulator({giftCardCodes: {GIFTBIG0025: {balance: '25.00'}, GIFTSML0010: {balance: '10.00'}}});
  });

  const newCart = async (quantity = 1): Promise<GiftCart> => {
    const {body} = await emu.gql(
      `mutation($input: CartInput) { cartCreate(input: $input) { cart { ${CART} } } }`,
      {input: {lines: [{merchandiseId: 'gid://shopify/ProductVariant/2004', quantity}]}}, // 12.00 each
    );
    return body.data.cartCreate.cart;
  };
  const update = async (id: string, codes: string[]) => {
    const {body} = await emu.gql(
      `mutation($id: ID!, $codes: [String!]!) { cartGiftCardCodesUpdate(cartId: $id, giftCardCodes: $codes) {
        cart { ${CART} } userErrors { code field message } } }`,
      {id, codes},
    );
    expect(body.errors).toBeUndefined();
    return body.data.cartGiftCardCodesUpdate as {cart: GiftCart | null; userErrors: Array<{code: string; field: string[]}>};
  };
  const read = async (id: string): Promise<GiftCart> => {
    const {body} = await emu.gql(`query($id: ID!) { cart(id: $id) { ${CART} } }`, {id});
    return body.data.cart;
  };

  it('applies a code in any case and spacing, uses up to what is owed, and leaves the cart cost alone', async () => {
    const cart = await newCart(1);
    const {cart: after, userErrors} = await update(cart.id, ['giftbig 0025']);
    expect(userErrors).toEqual([]);
    expect(after!.appliedGiftCards).toEqual([
      {
        id: expect.stringMatching(/^gid:\/\/shopify\/AppliedGiftCard\/\d+$/),
        lastCharacters: '0025',
        amountUsed: {amount: '12.0', currencyCode: 'USD'}, // the cart owes 12.00 of the card's 25.00
        balance: {amount: '25.0', currencyCode: 'USD'},
      },
    ]);
    // A gift card is a payment: what the order costs does not change.
    expect(after!.cost).toEqual({
      subtotalAmount: {amount: '12.0'},
      totalAmount: {amount: '12.0'},
      checkoutChargeAmount: {amount: '12.0'},
    });
  });

  it('takes from cards in the order applied, replaces the list on update, and ignores repeats', async () => {
    const cart = await newCart(3); // 36.00
    const {cart: both} = await update(cart.id, ['GIFTSML0010', 'GIFTBIG0025', 'giftsml0010']);
    expect(both!.appliedGiftCards.map((g) => [g.lastCharacters, g.amountUsed.amount])).toEqual([
      ['0010', '10.0'],
      ['0025', '25.0'],
    ]);
    const {cart: one} = await update(cart.id, ['GIFTBIG0025']);
    expect(one!.appliedGiftCards.map((g) => [g.lastCharacters, g.amountUsed.amount])).toEqual([['0025', '25.0']]);
  });

  it('refuses an unknown code as INVALID and keeps the cards already applied', async () => {
    const cart = await newCart();
    await update(cart.id, ['GIFTBIG0025']);
    const {cart: refused, userErrors} = await update(cart.id, ['GIFTBIG0025', 'NOT-A-CARD']);
    expect(refused).toBeNull();
    expect(userErrors).toEqual([{code: 'INVALID', field: ['giftCardCodes', '1'], message: 'Gift card code is invalid.'}]);
    expect((await read(cart.id)).appliedGiftCards.map((g) => g.lastCharacters)).toEqual(['0025']);
  });

  it('removes one card by its applied id with cartGiftCardCodesRemove; an unknown id is an error', async () => {
    const cart = await newCart(3);
    const {cart: both} = await update(cart.id, ['GIFTBIG0025', 'GIFTSML0010']);
    const big = both!.appliedGiftCards[0]!.id;
    const remove = async (ids: string[]) =>
      (
        await emu.gql(
          `mutation($id: ID!, $ids: [ID!]!) { cartGiftCardCodesRemove(cartId: $id, appliedGiftCardIds: $ids) {
            cart { ${CART} } userErrors { code field } } }`,
          {id: cart.id, ids},
        )
      ).body.data.cartGiftCardCodesRemove;
    const after = await remove([big]);
    expect(after.userErrors).toEqual([]);
    expect(after.cart.appliedGiftCards.map((g: {lastCharacters: string}) => g.lastCharacters)).toEqual(['0010']);
    const again = await remove([big]);
    expect(again.userErrors).toEqual([{code: 'INVALID', field: ['appliedGiftCardIds', '0']}]);
  });

  it('shows each card and the amount left to pay on the stand-in checkout page', async () => {
    const cart = await newCart(3); // 36.00
    await update(cart.id, ['GIFTBIG0025']);
    const html = await (await emu.fetch(new URL(cart.checkoutUrl).pathname)).text();
    expect(byTestId(html, 'checkout-total')).toEqual(['$36.00']);
    expect(byTestId(html, 'checkout-gift-card-code')).toEqual(['0025']);
    expect(byTestId(html, 'checkout-gift-card')).toEqual(['−$25.00']);
    expect(byTestId(html, 'checkout-amount-to-pay')).toEqual(['$11.00']);
  });

  it('takes gift card codes on cartCreate too, and refuses an unknown one there', async () => {
    const create = async (giftCardCodes: string[]) =>
      (
        await emu.gql(
          `mutation($input: CartInput) { cartCreate(input: $input) { cart { ${CART} } userErrors { code field } } }`,
          {input: {lines: [{merchandiseId: 'gid://shopify/ProductVariant/2004', quantity: 1}], giftCardCodes}},
        )
      ).body.data.cartCreate;
    const made = await create(['giftsml0010']);
    expect(made.cart.appliedGiftCards.map((g: {lastCharacters: string}) => g.lastCharacters)).toEqual(['0010']);
    const refused = await create(['NOPE']);
    expect(refused.cart).toBeNull();
    expect(refused.userErrors).toEqual([{code: 'INVALID', field: ['input', 'giftCardCodes', '0']}]);
  });

  it('shows no gift card rows when none is applied', async () => {
    const cart = await newCart();
    const html = await (await emu.fetch(new URL(cart.checkoutUrl).pathname)).text();
    expect(byTestId(html, 'checkout-amount-to-pay')).toEqual([]);
  });
});
