import {describe, expect, it} from 'vitest';
import {parseCartPermalink} from '~/lib/cart/permalink';
import {sameSitePath} from '~/lib/cart/safe-redirect';

describe('parseCartPermalink', () => {
  it('reads variant ids and quantities in Shopify form', () => {
    expect(parseCartPermalink('2001:2,2005:1')).toEqual({
      ok: true,
      lines: [
        {merchandiseId: 'gid://shopify/ProductVariant/2001', quantity: 2},
        {merchandiseId: 'gid://shopify/ProductVariant/2005', quantity: 1},
      ],
    });
  });

  it('adds up a variant listed twice', () => {
    const parsed = parseCartPermalink('2001:2,2001:3');
    expect(parsed.ok && parsed.lines).toEqual([{merchandiseId: 'gid://shopify/ProductVariant/2001', quantity: 5}]);
  });

  it.each(['', 'garbage', '2001', '2001:', ':1', 'gid://shopify/ProductVariant/2001:1', '2001:1;2002:1', '-1:1', '2001:1.5'])(
    'refuses %j with a message that shows the right form',
    (segment) => {
      const parsed = parseCartPermalink(segment);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('/cart/2001:1');
    },
  );

  it.each(['2001:0', '2001:100', '2001:60,2001:60'])('refuses the quantity in %j', (segment) => {
    const parsed = parseCartPermalink(segment);
    expect(parsed).toEqual({ok: false, message: 'Each quantity must be a whole number from 1 to 99.'});
  });
});

describe('sameSitePath', () => {
  it.each([
    ['/products/spartan-race-preparation-program', '/products/spartan-race-preparation-program'],
    ['/cart?step=1#top', '/cart?step=1#top'],
    ['/', '/'],
  ])('keeps the same-site path %j', (input, expected) => {
    expect(sameSitePath(input)).toBe(expected);
  });

  it.each([
    '//evil.example/phish',
    '/.//evil.example/x',
    '/..//evil.example/x',
    '/a/..//evil.example',
    '/%2e%2e//evil.example',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'products/x',
    '/\tevil',
    '',
    null,
    undefined,
  ])('falls back for %j', (input) => {
    expect(sameSitePath(input, '/cart')).toBe('/cart');
  });

  it('leaves encoded line breaks encoded (they never reach the Location header decoded)', () => {
    expect(sameSitePath('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
  });
});
