import {describe, expect, it} from 'vitest';
import {makeEmulator} from './helpers';

const emu = makeEmulator();

interface FilterValue {
  id: string;
  label: string;
  count: number;
  input: string;
}
interface Filter {
  id: string;
  label: string;
  type: string;
  values: FilterValue[];
}

const COLLECTION = `query($filters: [ProductFilter!], $sortKey: ProductCollectionSortKeys, $reverse: Boolean) {
  collection(handle: "all-programs") {
    products(first: 20, filters: $filters, sortKey: $sortKey, reverse: $reverse) {
      nodes { handle }
      filters { id label type values { id label count input } }
    }
  }
}`;

async function collection(filters?: unknown[], extra: Record<string, unknown> = {}) {
  const {body} = await emu.gql(COLLECTION, {filters, ...extra});
  expect(body.errors).toBeUndefined();
  const products = body.data.collection.products;
  return {
    handles: (products.nodes as {handle: string}[]).map((n) => n.handle),
    filters: products.filters as Filter[],
  };
}

const counts = (filters: Filter[], id: string) =>
  Object.fromEntries(filters.find((f) => f.id === id)!.values.map((v) => [v.label, v.count]));

describe('collection product filters', () => {
  it("returns Shopify's facet shape for every filter kind", async () => {
    const {handles, filters} = await collection();
    expect(handles).toEqual(['beast-program', 'trail-pack', 'simple-plan']);
    expect(filters.map((f) => [f.id, f.label, f.type])).toEqual([
      ['filter.v.availability', 'Availability', 'LIST'],
      ['filter.v.price', 'Price', 'PRICE_RANGE'],
      ['filter.p.product_type', 'Product type', 'LIST'],
      ['filter.p.vendor', 'Vendor', 'LIST'],
      ['filter.p.tag', 'Tags', 'LIST'],
      ['filter.v.option.length', 'Length', 'LIST'],
      ['filter.v.option.size', 'Size', 'LIST'],
      ['filter.v.option.color', 'Color', 'LIST'],
    ]);
    expect(filters[0]!.values).toEqual([
      {id: 'filter.v.availability.1', label: 'In stock', count: 3, input: '{"available":true}'},
      // Trail Pack's M / Red variant is sold out.
      {id: 'filter.v.availability.0', label: 'Out of stock', count: 1, input: '{"available":false}'},
    ]);
    expect(filters[1]!.values).toEqual([
      {id: 'filter.v.price', label: 'Price', count: 3, input: '{"price":{"min":0,"max":149}}'},
    ]);
    expect(filters[2]!.values[1]).toEqual({
      id: 'filter.p.product_type.Training program',
      label: 'Training program',
      count: 2,
      input: '{"productType":"Training program"}',
    });
    expect(counts(filters, 'filter.p.vendor')).toEqual({'Fixture Athletics': 2, 'Other Vendor': 1});
    expect(filters.find((f) => f.id === 'filter.p.tag')!.values[0]).toMatchObject({label: 'beast', input: '{"tag":"beast"}'});
    expect(filters.find((f) => f.id === 'filter.v.option.color')!.values).toEqual([
      {id: 'filter.v.option.color.red', label: 'Red', count: 1, input: '{"variantOption":{"name":"Color","value":"Red"}}'},
      {id: 'filter.v.option.color.blue', label: 'Blue', count: 1, input: '{"variantOption":{"name":"Color","value":"Blue"}}'},
    ]);
  });

  it("each value's input, sent back as a filter, returns exactly `count` products", async () => {
    const {filters} = await collection();
    for (const filter of filters) {
      for (const value of filter.values) {
        const {handles} = await collection([JSON.parse(value.input)]);
        expect(handles.length, `${filter.id} ${value.label}`).toBe(value.count);
      }
    }
  });

  it('ORs values of one filter, ANDs filters, and counts each value against the other filters', async () => {
    const bothVendors = await collection([{productVendor: 'Fixture Athletics'}, {productVendor: 'Other Vendor'}]);
    expect(bothVendors.handles).toHaveLength(3);

    const training = await collection([{productType: 'Training program'}]);
    expect(training.handles).toEqual(['beast-program', 'trail-pack']);
    // Own filter: counted without itself, so the shopper sees what adding "Guide" would give.
    expect(counts(training.filters, 'filter.p.product_type')).toEqual({Guide: 1, 'Training program': 2});
    // Other filters: counted within the training programs.
    expect(counts(training.filters, 'filter.p.vendor')).toEqual({'Fixture Athletics': 1, 'Other Vendor': 1});

    const trainingByFixture = await collection([{productType: 'Training program'}, {productVendor: 'Fixture Athletics'}]);
    expect(trainingByFixture.handles).toEqual(['trail-pack']);
  });

  it('requires one variant to satisfy every variant filter (price, option, availability) at once', async () => {
    expect((await collection([{variantOption: {name: 'Color', value: 'Red'}}, {price: {min: 0, max: 11}}])).handles).toEqual([
      'trail-pack', // S / Red at 10.00
    ]);
    // M / Red costs 12.00 but is sold out; L / Red costs 14.00.
    expect((await collection([{variantOption: {name: 'Color', value: 'Red'}}, {price: {min: 11, max: 13}}])).handles).toEqual([
      'trail-pack',
    ]);
    expect(
      (await collection([{variantOption: {name: 'Color', value: 'Red'}}, {price: {min: 11, max: 13}}, {available: true}])).handles,
    ).toEqual([]);
    const priced = await collection([{price: {min: 15, max: 200}}]);
    expect(priced.handles).toEqual(['beast-program', 'simple-plan']);
    // Sorting and reverse still apply to the filtered list.
    expect((await collection([{price: {min: 15, max: 200}}], {sortKey: 'PRICE', reverse: true})).handles).toEqual([
      'beast-program',
      'simple-plan',
    ]);
  });

  it('ignores empty filters and answers malformed ones with a GraphQL error, never a crash', async () => {
    expect((await collection([{}])).handles).toHaveLength(3);
    expect((await collection([{variantOption: {name: 'Nope', value: 'x'}}])).handles).toEqual([]);
    expect((await collection([{price: {min: 100, max: 1}}])).handles).toEqual([]);
    const {status, body} = await emu.gql(COLLECTION, {filters: [{price: {min: 'cheap'}}]});
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toMatch(/\$filters.*ProductFilter/);
    expect(body.data).toBeUndefined();
    const missing = await emu.gql(COLLECTION, {filters: [{variantOption: {name: 'Color'}}]});
    expect(missing.body.errors?.[0]?.message).toMatch(/value/);
    expect(missing.status).toBe(200);
  });
});

describe('search productFilters', () => {
  const SEARCH = `query($q: String!, $filters: [ProductFilter!]) {
    search(query: $q, first: 20, productFilters: $filters) {
      totalCount
      nodes { __typename ... on Product { handle } ... on Article { handle } }
      productFilters { id values { label count input } }
    }
  }`;

  it('filters the product results and returns facets for them', async () => {
    const all = await emu.gql(SEARCH, {q: 'program'});
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.search.nodes.filter((n: {__typename: string}) => n.__typename === 'Product')).toHaveLength(2);

    const {body} = await emu.gql(SEARCH, {q: 'program', filters: [{productVendor: 'Other Vendor'}]});
    expect(body.errors).toBeUndefined();
    expect(body.data.search.nodes).toEqual([{__typename: 'Product', handle: 'beast-program'}]);
    expect(body.data.search.totalCount).toBe(1);
    const vendor = body.data.search.productFilters.find((f: {id: string}) => f.id === 'filter.p.vendor');
    expect(vendor.values).toEqual([
      {label: 'Fixture Athletics', count: 1, input: '{"productVendor":"Fixture Athletics"}'},
      {label: 'Other Vendor', count: 1, input: '{"productVendor":"Other Vendor"}'},
    ]);
  });
});
