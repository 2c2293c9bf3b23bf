import {beforeEach, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

const CART = `id note
  cost { subtotalAmount { amount } totalAmount { amount } checkoutChargeAmount { amount } }
  discountCodes { code applicable }
  discountAllocations { discountedAmount { amount } ... on CartCodeDiscountAllocation { code } }`;

const variant = (id: number) => `gid://shopify/ProductVariant/${id}`;

describe('cart discount codes and note', () => {
  let emu: TestEmulator;
  beforeEach(() => {
    emu = makeEmulator({
      discountCodes: {
        TRAIL10: {percentage: 10, title: 'TRAIL10'},
        SUMMIT20: {percentage: 20, title: 'SUMMIT20'},
      },
    });
  });

  const newCart = async () => {
    const {body} = await emu.gql(
      `mutation($input: CartInput) { cartCreate(input: $input) { cart { ${CART} } } }`,
      {input: {lines: [{merchandiseId: variant(2201), quantity: 1}]}}, // 149.00
    );
    return body.data.cartCreate.cart as {id: string};
  };
  const setCodes = async (id: string, codes: string[]) => {
    const {body} = await emu.gql(
      `mutation($id: ID!, $codes: [String!]) { cartDiscountCodesUpdate(cartId: $id, discountCodes: $codes) {
        cart { ${CART} } userErrors { code message } } }`,
      {id, codes},
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.cartDiscountCodesUpdate.userErrors).toEqual([]);
    return body.data.cartDiscountCodesUpdate.cart;
  };

  it('keeps an unknown code in discountCodes as not applicable and leaves the totals alone', async () => {
    const cart = await newCart();
    const after = await setCodes(cart.id, ['NOT-A-CODE']);
    expect(after.discountCodes).toEqual([{code: 'NOT-A-CODE', applicable: false}]);
    expect(after.cost.totalAmount.amount).toBe('149.0');
    expect(after.discountAllocations).toEqual([]);
  });

  it('holds several codes, applies the best applicable one only, and removes codes by sending the rest', async () => {
    const cart = await newCart();
    const all = await setCodes(cart.id, ['NOPE', 'trail10', 'SUMMIT20']);
    expect(all.discountCodes).toEqual([
      {code: 'NOPE', applicable: false},
      {code: 'trail10', applicable: false}, // out-bid: codes do not combine
      {code: 'SUMMIT20', applicable: true},
    ]);
    expect(all.cost.totalAmount.amount).toBe('119.2'); // 149.00 − 20%
    expect(all.cost.subtotalAmount.amount).toBe('149.0');
    expect(all.cost.checkoutChargeAmount.amount).toBe('149.0');
    expect(all.discountAllocations).toEqual([{code: 'SUMMIT20', discountedAmount: {amount: '29.8'}}]);

    const withoutSummit = await setCodes(cart.id, ['NOPE', 'trail10']);
    expect(withoutSummit.discountCodes).toEqual([
      {code: 'NOPE', applicable: false},
      {code: 'trail10', applicable: true},
    ]);
    expect(withoutSummit.cost.totalAmount.amount).toBe('134.1');
    expect(withoutSummit.discountAllocations).toEqual([{code: 'trail10', discountedAmount: {amount: '14.9'}}]);

    const none = await setCodes(cart.id, []);
    expect(none.discountCodes).toEqual([]);
    expect(none.cost.totalAmount.amount).toBe('149.0');
  });

  it('does not apply a valid code to an empty cart', async () => {
    const {body} = await emu.gql(`mutation { cartCreate(input: {discountCodes: ["TRAIL10"]}) { cart { ${CART} } } }`);
    expect(body.data.cartCreate.cart.discountCodes).toEqual([{code: 'TRAIL10', applicable: false}]);
  });

  it('persists the note set by cartNoteUpdate', async () => {
    const cart = await newCart();
    const {body} = await emu.gql(
      `mutation($id: ID!) { cartNoteUpdate(cartId: $id, note: "Leave at the trailhead") { cart { note } userErrors { message } } }`,
      {id: cart.id},
    );
    expect(body.data.cartNoteUpdate).toEqual({cart: {note: 'Leave at the trailhead'}, userErrors: []});
    const {body: read} = await emu.gql(`query($id: ID!) { cart(id: $id) { note } }`, {id: cart.id});
    expect(read.data.cart.note).toBe('Leave at the trailhead');
  });
});
