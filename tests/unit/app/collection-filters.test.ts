import {describe, expect, it} from 'vitest';
import {
  DEFAULT_SORT,
  cleanFormQuery,
  facetPriceBounds,
  facetValueParam,
  parseCollectionQuery,
  productsSearchQuery,
  visibleFacets,
  withoutAllFilters,
  withoutFilter,
} from '~/lib/catalog/collection-filters';
import {productCountFromFacets} from '~/lib/catalog/collection-count';

const parse = (query: string) => parseCollectionQuery(new URLSearchParams(query));

describe('parseCollectionQuery', () => {
  it("reads Shopify's URL form into ProductFilter inputs", () => {
    const state = parse(
      'sort=price-high-low&filter.v.price.gte=10&filter.v.price.lte=80&filter.v.availability=1' +
        '&filter.v.option.race-distance=Super+10K&filter.v.option.race-distance=Beast+21K&filter.p.tag=race',
    );
    expect(state.sort).toMatchObject({value: 'price-high-low', collection: 'PRICE', reverse: true});
    expect(state.filters).toEqual([
      {available: true},
      {variantOption: {name: 'race distance', value: 'Super 10K'}},
      {variantOption: {name: 'race distance', value: 'Beast 21K'}},
      {tag: 'race'},
      {price: {min: 10, max: 80}},
    ]);
    expect(state.active.map((f) => `${f.key}=${f.value}`)).toEqual([
      'filter.v.availability=1',
      'filter.v.option.race-distance=Super 10K',
      'filter.v.option.race-distance=Beast 21K',
      'filter.p.tag=race',
    ]);
  });

  it('drops garbage instead of passing it to the API', () => {
    const state = parse(
      'sort=cheapest&filter.v.price.gte=abc&filter.v.price.lte=-5&filter.v.availability=yes' +
        '&filter.v.option.=x&filter.v.option.Bad%20Name=x&filter.p.vendor=' + 'x'.repeat(101) + '&filter.x.y=1',
    );
    expect(state.sort).toBe(DEFAULT_SORT);
    expect(state.filters).toEqual([]);
    expect(state.active).toEqual([]);
    expect(state.price).toEqual({min: null, max: null});
  });

  it('swaps a reversed price range and ignores repeated values', () => {
    const state = parse('filter.v.price.gte=90&filter.v.price.lte=20&filter.p.tag=a&filter.p.tag=a');
    expect(state.price).toEqual({min: 20, max: 90});
    expect(state.filters).toEqual([{tag: 'a'}, {price: {min: 20, max: 90}}]);
  });

  it('keeps one price bound on its own', () => {
    expect(parse('filter.v.price.lte=50').filters).toEqual([{price: {max: 50}}]);
  });
});

describe('facets back to URL parameters', () => {
  it('maps each kind of facet input to its parameter', () => {
    expect(facetValueParam('{"available":true}')).toEqual({key: 'filter.v.availability', value: '1'});
    expect(facetValueParam('{"available":false}')).toEqual({key: 'filter.v.availability', value: '0'});
    expect(facetValueParam('{"variantOption":{"name":"Race distance","value":"Super 10K"}}')).toEqual({
      key: 'filter.v.option.race-distance',
      value: 'Super 10K',
    });
    expect(facetValueParam('{"productType":"Training program"}')).toEqual({
      key: 'filter.p.product_type',
      value: 'Training program',
    });
    expect(facetValueParam('{"productVendor":"Trailforge"}')).toEqual({key: 'filter.p.vendor', value: 'Trailforge'});
    expect(facetValueParam('{"productMetafield":{"namespace":"a","key":"b","value":"c"}}')).toBeNull();
    expect(facetValueParam('not json')).toBeNull();
  });

  it('round-trips: a checked facet value parses back to the same filter', () => {
    const param = facetValueParam('{"variantOption":{"name":"Program length","value":"12 weeks"}}')!;
    const state = parse(new URLSearchParams([[param.key, param.value]]).toString());
    expect(state.filters).toEqual([{variantOption: {name: 'program length', value: '12 weeks'}}]);
  });

  it('reads the price range bounds', () => {
    expect(facetPriceBounds('{"price":{"min":0,"max":129}}')).toEqual({min: 0, max: 129});
    expect(facetPriceBounds('{}')).toBeNull();
  });
});

describe('URLs for chips, clearing and the form', () => {
  const search = '?sort=newest&filter.v.availability=1&filter.v.price.gte=10&cursor=abc&direction=next';

  it('removes one filter and the page cursor', () => {
    expect(withoutFilter(search, {key: 'filter.v.availability', value: '1'})).toBe('?sort=newest&filter.v.price.gte=10');
    expect(withoutFilter(search, 'price')).toBe('?sort=newest&filter.v.availability=1');
  });

  it('clears every filter but keeps the sort', () => {
    expect(withoutAllFilters(search)).toBe('?sort=newest');
    expect(withoutAllFilters('?filter.v.availability=1&sort=featured')).toBe('');
  });

  it('drops empty fields, the default sort and cursors from a submitted form', () => {
    expect(
      cleanFormQuery([
        ['filter.v.price.gte', ''],
        ['filter.v.price.lte', ' 80 '],
        ['sort', 'featured'],
        ['cursor', 'abc'],
        ['filter.v.option.race-distance', 'Super 10K'],
      ]),
    ).toBe('?filter.v.price.lte=80&filter.v.option.race-distance=Super+10K');
  });
});

describe('productsSearchQuery', () => {
  it('writes the filters the products root understands in search syntax', () => {
    expect(
      productsSearchQuery([{available: true}, {tag: 'a'}, {tag: 'b "c"'}, {price: {min: 10, max: 80}}]),
    ).toBe('available_for_sale:true AND (tag:"a" OR tag:"b \\"c\\"") AND variants.price:>=10 AND variants.price:<=80');
    expect(productsSearchQuery([])).toBeNull();
  });
});

describe('productCountFromFacets', () => {
  it('adds the vendor counts (one vendor per product), not availability (a product can be both)', () => {
    const facets = [
      {id: 'filter.v.availability', values: [{count: 4}, {count: 1}]},
      {id: 'filter.p.vendor', values: [{count: 3}, {count: 1}]},
    ];
    expect(productCountFromFacets(facets)).toBe(4);
  });

  it('gives no count rather than a wrong one without the vendor facet', () => {
    expect(productCountFromFacets([{id: 'filter.v.availability', values: [{count: 2}]}])).toBeNull();
  });
});

describe('visibleFacets', () => {
  const facet = (id: string, inputs: string[], type = 'LIST') => ({id, type, values: inputs.map((input) => ({input}))});
  const vendor = facet('filter.p.vendor', ['{"productVendor":"Trailforge"}']);
  const tags = facet('filter.p.tag', ['{"tag":"a"}', '{"tag":"b"}']);
  const distance = facet('filter.v.option.race-distance', [
    '{"variantOption":{"name":"Race distance","value":"5K"}}',
    '{"variantOption":{"name":"Race distance","value":"10K"}}',
  ]);
  const price = facet('filter.v.price', ['{"price":{"min":0,"max":100}}'], 'PRICE_RANGE');
  const availability = facet('filter.v.availability', ['{"available":true}', '{"available":false}']);

  it('puts availability, price and options first and drops lists that cannot narrow', () => {
    expect(visibleFacets([vendor, tags, distance, price, availability], []).map((f) => f.id)).toEqual([
      'filter.v.availability',
      'filter.v.price',
      'filter.v.option.race-distance',
      'filter.p.tag',
    ]);
  });

  it('keeps a single-value list while its value is applied, so it can be unchecked', () => {
    const active = [{key: 'filter.p.vendor', value: 'Trailforge'}];
    expect(visibleFacets([vendor], active)).toEqual([vendor]);
  });
});
