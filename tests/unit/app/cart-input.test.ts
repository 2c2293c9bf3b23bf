import {describe, expect, it} from 'vitest';
import {CartForm} from '@shopify/hydrogen';
import {GIFT_CARD_REMOVE_ACTION, parseCartAction} from '~/lib/cart/cart-input';
import {CART_COPY} from '~/lib/cart/copy';

const variant = 'gid://shopify/ProductVariant/2001';
const line = 'gid://shopify/CartLine/abc123?cart=xyz';

describe('parseCartAction', () => {
  it('accepts a well-formed add', () => {
    const parsed = parseCartAction({
      action: CartForm.ACTIONS.LinesAdd,
      inputs: {lines: [{merchandiseId: variant, quantity: 2}]},
    });
    expect(parsed).toEqual({ok: true, action: {type: 'add', lines: [{merchandiseId: variant, quantity: 2}]}});
  });

  it('rejects a forged merchandise id with a shopper-readable message', () => {
    const parsed = parseCartAction({
      action: CartForm.ACTIONS.LinesAdd,
      inputs: {lines: [{merchandiseId: 'gid://shopify/Product/1001', quantity: 1}]},
    });
    expect(parsed).toEqual({ok: false, message: 'That program option could not be found.'});
  });

  it('rejects fractional, negative and huge quantities', () => {
    for (const quantity of [1.5, -1, 100]) {
      const parsed = parseCartAction({
        action: CartForm.ACTIONS.LinesUpdate,
        inputs: {lines: [{id: line, quantity}]},
      });
      expect(parsed.ok).toBe(false);
    }
  });

  it('allows quantity 0 on update (Shopify removes the line)', () => {
    const parsed = parseCartAction({
      action: CartForm.ACTIONS.LinesUpdate,
      inputs: {lines: [{id: line, quantity: 0}]},
    });
    expect(parsed.ok).toBe(true);
  });

  it('validates discount codes and drops blanks', () => {
    expect(
      parseCartAction({action: CartForm.ACTIONS.DiscountCodesUpdate, inputs: {discountCodes: ['TRAIL10', ' ']}}),
    ).toEqual({ok: true, action: {type: 'discount', codes: ['TRAIL10']}});
    expect(
      parseCartAction({action: CartForm.ACTIONS.DiscountCodesUpdate, inputs: {discountCodes: ['<script>']}}).ok,
    ).toBe(false);
  });

  it('refuses unknown actions', () => {
    expect(parseCartAction({action: 'BuyerIdentityUpdate', inputs: {}}).ok).toBe(false);
  });
});

describe('parseCartAction: program page and discount fields', () => {
  it('takes the quantity field of a one-line add, and checks it', () => {
    const add = (quantity: unknown) =>
      parseCartAction({action: CartForm.ACTIONS.LinesAdd, inputs: {lines: [{merchandiseId: variant, quantity: 1}], quantity}});
    expect(add('3')).toEqual({ok: true, action: {type: 'add', lines: [{merchandiseId: variant, quantity: 3}]}});
    expect(add('0')).toEqual({ok: false, message: 'Quantity must be a whole number from 1 to 99.'});
    expect(add('500')).toMatchObject({ok: false});
  });

  it('keeps the applied codes and adds the typed one', () => {
    expect(
      parseCartAction({action: CartForm.ACTIONS.DiscountCodesUpdate, inputs: {discountCodes: ['SPRING'], discountCode: ' TRAIL10 '}}),
    ).toEqual({ok: true, action: {type: 'discount', codes: ['SPRING', 'TRAIL10'], added: 'TRAIL10'}});
  });

  it('asks for a code when the field was sent empty, but lets a remove form clear all codes', () => {
    expect(parseCartAction({action: CartForm.ACTIONS.DiscountCodesUpdate, inputs: {discountCode: '  '}})).toEqual({
      ok: false,
      message: 'Type a discount code first.',
    });
    expect(parseCartAction({action: CartForm.ACTIONS.DiscountCodesUpdate, inputs: {discountCodes: []}})).toEqual({
      ok: true,
      action: {type: 'discount', codes: []},
    });
  });
});

describe('parseCartAction: gift cards', () => {
  const apply = (giftCardCode: unknown) =>
    parseCartAction({action: CartForm.ACTIONS.GiftCardCodesUpdate, inputs: {giftCardCodes: [], giftCardCode}});

  it('takes a code typed in groups and in any case, and keeps what was typed for the answer', () => {
    expect(apply(' trai lgift 25 ')).toEqual({
      ok: true,
      action: {type: 'giftCard', code: 'TRAILGIFT25', typed: 'trai lgift 25'},
    });
  });

  it('refuses an empty field, odd characters and wrong lengths, handing back what was typed', () => {
    expect(apply('')).toEqual({ok: false, message: CART_COPY.giftCardMissing, giftCardCode: ''});
    for (const typed of ['<script>x</script>', 'GIFT-2500', 'SHORT1', 'A'.repeat(21)]) {
      expect(apply(typed)).toEqual({ok: false, message: CART_COPY.giftCardShape, giftCardCode: typed});
    }
  });

  it('removes a card only by an applied gift card id', () => {
    const remove = (appliedGiftCardId: string) =>
      parseCartAction({action: GIFT_CARD_REMOVE_ACTION, inputs: {appliedGiftCardId}});
    expect(remove('gid://shopify/AppliedGiftCard/123')).toEqual({
      ok: true,
      action: {type: 'giftCardRemove', appliedGiftCardId: 'gid://shopify/AppliedGiftCard/123'},
    });
    expect(remove('gid://shopify/CartLine/1').ok).toBe(false);
  });
});
