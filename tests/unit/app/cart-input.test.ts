import {describe, expect, it} from 'vitest';
import {CartForm} from '@shopify/hydrogen';
import {parseCartAction} from '~/lib/cart/cart-input';

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
