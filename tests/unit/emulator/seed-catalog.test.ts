/**
 * The real seed catalogue supports the collection filter journey: filter by price and option, sort,
 * paginate (4 per page), clear. These are the figures browser journeys can rely on.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {makeEmulator, tempDir} from './helpers';

const SEED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../emulator/content');
const emu = makeEmulator({contentDir: SEED, dataDir: tempDir('seed-catalog')});

const PAGE = `query($filters: [ProductFilter!], $after: String, $sortKey: ProductCollectionSortKeys) {
  collection(handle: "all") {
    products(first: 4, after: $after, filters: $filters, sortKey: $sortKey) {
      nodes { handle priceRange { minVariantPrice { amount } } }
      pageInfo { hasNextPage endCursor }
      filters { id values { label count input } }
    }
  }
}`;

async function page(variables: Record<string, unknown>) {
  const {body} = await emu.gql(PAGE, variables);
  expect(body.errors).toBeUndefined();
  return body.data.collection.products;
}

const TWELVE_WEEKS = {variantOption: {name: 'Program length', value: '12 weeks'}};

describe('seed catalogue for the collection filter journey', () => {
  it('has an "all" collection of every product, with the first variants existing tests rely on', async () => {
    const {body} = await emu.gql(`{
      collection(handle: "all") { products(first: 50) { nodes { handle } } }
      products(first: 50) { nodes { handle } }
      mobility: product(handle: "mobility-and-recovery-reset") { variants(first: 1) { nodes { id title price { amount } } } }
      grip: product(handle: "grip-and-hang-strength-block") { variants(first: 1) { nodes { id title price { amount } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.collection.products.nodes).toHaveLength(13);
    expect(body.data.collection.products.nodes).toEqual(body.data.products.nodes);
    expect(body.data.mobility.variants.nodes[0]).toEqual({id: 'gid://shopify/ProductVariant/2013', title: 'Default Title', price: {amount: '29.0'}});
    expect(body.data.grip.variants.nodes[0]).toEqual({id: 'gid://shopify/ProductVariant/2012', title: 'Default Title', price: {amount: '39.0'}});
  });

  it('shares "Program length: 12 weeks" across 7 products and spans $24–$159', async () => {
    const all = await page({});
    const length = all.filters.find((f: {id: string}) => f.id === 'filter.v.option.program-length');
    expect(length.values).toEqual(
      expect.arrayContaining([
        {label: '8 weeks', count: 5, input: '{"variantOption":{"name":"Program length","value":"8 weeks"}}'},
        {label: '12 weeks', count: 7, input: '{"variantOption":{"name":"Program length","value":"12 weeks"}}'},
      ]),
    );
    const price = all.filters.find((f: {id: string}) => f.id === 'filter.v.price');
    expect(price.values).toEqual([{label: 'Price', count: 13, input: '{"price":{"min":0,"max":159}}'}]);
    const cheapest = await emu.gql('{ products(first: 1, sortKey: PRICE) { nodes { handle } } }');
    expect(cheapest.body.data.products.nodes[0].handle).toBe('couch-to-5k-trail-starter');
  });

  it('filters by price and option, sorts by price and paginates to page 2', async () => {
    const filters = [{price: {min: 50, max: 100}}, TWELVE_WEEKS];
    const first = await page({filters, sortKey: 'PRICE'});
    expect(first.nodes.map((n: {handle: string}) => n.handle)).toEqual([
      'sub-60-10k-speed-block',
      'mountain-hiking-conditioning',
      'kettlebell-strength-for-runners',
      'obstacle-race-starter-program',
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({filters, sortKey: 'PRICE', after: first.pageInfo.endCursor});
    expect(second.nodes.map((n: {handle: string}) => n.handle)).toEqual([
      'trail-half-marathon-plan',
      'spartan-race-preparation-program',
      'ultra-trail-50k-plan',
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // A narrower price range leaves one page.
    const narrow = await page({filters: [{price: {min: 50, max: 70}}, TWELVE_WEEKS], sortKey: 'PRICE'});
    expect(narrow.nodes.map((n: {handle: string}) => n.handle)).toEqual([
      'sub-60-10k-speed-block',
      'mountain-hiking-conditioning',
      'kettlebell-strength-for-runners',
      'trail-half-marathon-plan',
    ]);
    expect(narrow.pageInfo.hasNextPage).toBe(false);
  });
});
