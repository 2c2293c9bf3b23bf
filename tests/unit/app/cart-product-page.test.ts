import {describe, expect, it} from 'vitest';
import {withOption} from '~/lib/catalog/option-search';
import {productJsonLd, variantUrl} from '~/lib/catalog/product-json-ld';
import {productFacts} from '~/lib/catalog/facts';
import {parseQuantity} from '~/lib/catalog/quantity';
import {pickRecommendations} from '~/lib/catalog/recommendations';

const URL_ = 'https://trailforge.example/products/spartan-race-preparation-program';

describe('withOption (quick option clicks)', () => {
  it('builds on the latest search, so a second click keeps the first', () => {
    const first = withOption('', 'Race distance', 'Super 10K', [
      {name: 'Race distance', value: 'Sprint 5K'},
      {name: 'Program length', value: '8 weeks'},
    ]);
    expect(first).toBe('?Race+distance=Super+10K&Program+length=8+weeks');
    expect(withOption(first, 'Program length', '16 weeks')).toBe('?Race+distance=Super+10K&Program+length=16+weeks');
  });
});

describe('productJsonLd', () => {
  const variants = [
    {sku: 'A', title: 'Sprint 5K / 8 weeks', availableForSale: true, price: {amount: '79.0', currencyCode: 'USD'}, selectedOptions: [{name: 'Race distance', value: 'Sprint 5K'}, {name: 'Program length', value: '8 weeks'}]},
    {sku: 'B', title: 'Beast 21K / 8 weeks', availableForSale: false, price: {amount: '99.0', currencyCode: 'USD'}, selectedOptions: [{name: 'Race distance', value: 'Beast 21K'}, {name: 'Program length', value: '8 weeks'}]},
  ];
  const product = {title: 'Spartan', description: 'Train.', vendor: 'Trailforge Athletics', images: [{url: 'https://cdn/a.svg'}, {url: 'https://cdn/a.svg'}]};

  it('has one offer per variant with price, currency, availability and the variant URL', () => {
    const data = productJsonLd({product, variants, url: URL_}) as {offers: Array<Record<string, string>>; image: string[]};
    expect(data.offers).toHaveLength(2);
    expect(data.offers[0]).toMatchObject({
      '@type': 'Offer',
      price: '79.0',
      priceCurrency: 'USD',
      availability: 'https://schema.org/InStock',
      url: `${URL_}?Race+distance=Sprint+5K&Program+length=8+weeks`,
    });
    expect(data.offers[1]!.availability).toBe('https://schema.org/OutOfStock');
    expect(data.image).toEqual(['https://cdn/a.svg']);
  });

  it('gives a single-variant product its plain URL', () => {
    expect(variantUrl(`${URL_}?x=1`, [{name: 'Title', value: 'Default Title'}])).toBe(URL_);
  });
});

describe('productFacts', () => {
  it('lists the custom metafields in a fixed order and skips missing ones', () => {
    expect(
      productFacts([
        {key: 'equipment', value: 'Pull-up bar'},
        null,
        {key: 'duration', value: '6 weeks'},
        {key: 'level', value: ' '},
      ]),
    ).toEqual([
      {key: 'duration', label: 'Duration', value: '6 weeks'},
      {key: 'equipment', label: 'Equipment', value: 'Pull-up bar'},
    ]);
  });
});

describe('parseQuantity', () => {
  it.each(['1', '12', 99, ' 5 '])('accepts %j', (value) => {
    expect(parseQuantity(value).ok).toBe(true);
  });
  it.each(['0', '100', '1.5', '-1', 'ten', '', null, '1e2'])('refuses %j', (value) => {
    expect(parseQuantity(value)).toEqual({ok: false, message: 'Quantity must be a whole number from 1 to 99.'});
  });
});

describe('pickRecommendations', () => {
  const p = (id: string, available = true) => ({id, selectedOrFirstAvailableVariant: {availableForSale: available}});
  it('prefers complementary, falls back to related, never excluded or unbuyable programs', () => {
    expect(pickRecommendations({complementary: [p('a'), p('b', false)], related: [p('c')]}, {limit: 4, exclude: []})).toEqual([p('a')]);
    expect(pickRecommendations({complementary: [p('x')], related: [p('c'), p('d')]}, {limit: 1, exclude: ['x']})).toEqual([p('c')]);
  });
});
