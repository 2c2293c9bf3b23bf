import {describe, expect, it} from 'vitest';
import {makeEmulator} from './helpers';

/** Text content of every element carrying `data-testid="<id>"` (the page is flat, server-rendered HTML). */
function byTestId(html: string, id: string): string[] {
  const re = new RegExp(`<(\\w+)[^>]*data-testid="${id}"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return [...html.matchAll(re)].map((m) => m[2]!.replace(/<[^>]+>/g, '').trim());
}

describe('stand-in checkout page', () => {
  it('lists lines, the applied code with the amount saved, subtotal and the discounted total', async () => {
    const emu = makeEmulator();
    const {body} = await emu.gql(
      `mutation($input: CartInput) { cartCreate(input: $input) { cart { checkoutUrl } } }`,
      {
        input: {
          lines: [
            {merchandiseId: 'gid://shopify/ProductVariant/2004', quantity: 2}, // Trail Pack M / Blue, 12.00
            {merchandiseId: 'gid://shopify/ProductVariant/2101', quantity: 1}, // Simple Plan, 19.99
          ],
          discountCodes: ['TRAIL10', 'BOGUS'],
        },
      },
    );
    const response = await emu.fetch(new URL(body.data.cartCreate.cart.checkoutUrl).pathname);
    expect(response.status).toBe(200);
    const html = await response.text();

    expect(byTestId(html, 'checkout-line-title')).toEqual(['Trail Pack Program', 'Simple Plan']);
    expect(byTestId(html, 'checkout-line-variant')).toEqual(['M / Blue', '']);
    expect(byTestId(html, 'checkout-line-quantity')).toEqual(['2', '1']);
    expect(byTestId(html, 'checkout-line-price')).toEqual(['$24.00', '$19.99']);
    expect(byTestId(html, 'checkout-subtotal')).toEqual(['$43.99']);
    expect(byTestId(html, 'checkout-discount-code')).toEqual(['TRAIL10']);
    expect(byTestId(html, 'checkout-discount')).toEqual(['−$4.40']); // 10% of 43.99, rounded half up
    expect(byTestId(html, 'checkout-total')).toEqual(['$39.59']);
    expect(byTestId(html, 'checkout-codes-not-applied')).toEqual(['Not applied: BOGUS']);
  });

  it('shows no discount row without an applicable code, and escapes what buyers typed', async () => {
    const emu = makeEmulator();
    const {body} = await emu.gql(
      `mutation($input: CartInput) { cartCreate(input: $input) { cart { checkoutUrl } } }`,
      {input: {lines: [{merchandiseId: 'gid://shopify/ProductVariant/2101', quantity: 1}], discountCodes: ['<b>x</b>']}},
    );
    const html = await (await emu.fetch(new URL(body.data.cartCreate.cart.checkoutUrl).pathname)).text();
    expect(byTestId(html, 'checkout-discount')).toEqual([]);
    expect(byTestId(html, 'checkout-total')).toEqual(['$19.99']);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
  });
});
