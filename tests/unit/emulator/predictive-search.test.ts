import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeContent, makeEmulator} from './helpers';

// The fixture plus one sold-out program that ranks first by id, so unavailableProducts has something to move.
const contentDir = makeContent();
fs.writeFileSync(
  path.join(contentDir, 'products/sold-out-program.json'),
  JSON.stringify({
    id: 1000,
    handle: 'sold-out-program',
    title: 'Sold Out Program',
    vendor: 'Fixture Athletics',
    productType: 'Training program',
    tags: [],
    descriptionHtml: '<p>Gone.</p>',
    createdAt: '2026-01-01T00:00:00Z',
    variants: [{id: 2301, price: '5.00', availableForSale: false}],
    images: [],
  }),
);
const emu = makeEmulator({contentDir});

const handles = (list: {handle: string}[]) => list.map((x) => x.handle);

async function predictive(args: string) {
  const {body} = await emu.gql(`{ predictiveSearch(${args}) {
    products { handle trackingParameters } collections { handle } pages { handle } articles { handle }
    queries { text styledText trackingParameters } } }`);
  return body;
}

describe('predictiveSearch', () => {
  it('searches TITLE, PRODUCT_TYPE, VARIANTS_TITLE and VENDOR by default, other fields when asked', async () => {
    const products = async (args: string) => handles((await predictive(args)).data.predictiveSearch.products);
    expect(await products('query: "blue", types: [PRODUCT]')).toEqual(['trail-pack']); // variant "S / Blue"
    expect(await products('query: "other vendor", types: [PRODUCT]')).toEqual(['beast-program']);
    expect(await products('query: "guide", types: [PRODUCT]')).toEqual(['simple-plan']);
    // Tags and descriptions are not searched by default…
    expect(await products('query: "obstacle", types: [PRODUCT]')).toEqual([]);
    // …only when asked.
    expect(await products('query: "obstacle", types: [PRODUCT], searchableFields: [TAG]')).toEqual(['trail-pack', 'beast-program']);
    expect(await products('query: "obstacle", types: [PRODUCT], searchableFields: [BODY]')).toEqual(['beast-program']);
    const articles = (await predictive('query: "callum", types: [ARTICLE], searchableFields: [AUTHOR]')).data.predictiveSearch.articles;
    expect(handles(articles)).toEqual(['hill-repeats', 'grip-strength']);
  });

  it('answers a limit outside 1–10 with a GraphQL error', async () => {
    for (const limit of [0, 11, -3]) {
      const body = await predictive(`query: "program", limit: ${limit}`);
      expect(body.data?.predictiveSearch ?? null).toBeNull();
      expect(body.errors[0]).toMatchObject({message: expect.stringMatching(/between 1 and 10/), path: ['predictiveSearch']});
    }
    expect((await predictive('query: "program", limit: 10')).errors).toBeUndefined();
  });

  it('limits results in total (ALL) or per type (EACH), and honours types', async () => {
    const all = (await predictive('query: "program", limit: 2')).data.predictiveSearch;
    const count = (r: Record<string, unknown[]>) => Object.values(r).reduce((n, list) => n + list.length, 0);
    expect(count(all)).toBe(2);
    const each = (await predictive('query: "program", limit: 1, limitScope: EACH')).data.predictiveSearch;
    expect(each.products).toHaveLength(1);
    expect(each.collections).toEqual([{handle: 'all-programs'}]);
    expect(each.queries).toHaveLength(1);
    const onlyArticles = (await predictive('query: "beast", types: [ARTICLE]')).data.predictiveSearch;
    expect(onlyArticles).toMatchObject({products: [], collections: [], pages: [], queries: [], articles: [{handle: 'first-beast'}]});
  });

  it('shows, hides or puts last unavailable products', async () => {
    const products = async (mode: string) =>
      handles((await predictive(`query: "program", types: [PRODUCT]${mode}`)).data.predictiveSearch.products);
    expect(await products(', unavailableProducts: SHOW')).toEqual(['sold-out-program', 'trail-pack', 'beast-program']);
    expect(await products(', unavailableProducts: LAST')).toEqual(['trail-pack', 'beast-program', 'sold-out-program']);
    expect(await products('')).toEqual(['trail-pack', 'beast-program', 'sold-out-program']); // LAST is the default
    expect(await products(', unavailableProducts: HIDE')).toEqual(['trail-pack', 'beast-program']);
  });

  it('search puts unavailable products last by default, like predictive search', async () => {
    const search = async (mode: string) => {
      const {body} = await emu.gql(`{ search(query: "program", first: 10, types: [PRODUCT]${mode}) { nodes { ... on Product { handle } } } }`);
      return handles(body.data.search.nodes);
    };
    expect(await search(', unavailableProducts: SHOW')).toEqual(['sold-out-program', 'trail-pack', 'beast-program']);
    expect(await search('')).toEqual(['trail-pack', 'beast-program', 'sold-out-program']);
    expect(await search(', unavailableProducts: HIDE')).toEqual(['trail-pack', 'beast-program']);
  });

  it('suggests queries with the matched part marked, and tracking parameters on every result', async () => {
    const result = (await predictive('query: "beast pro"')).data.predictiveSearch;
    expect(result.queries[0]).toEqual({
      text: 'beast program',
      styledText: '<mark>beast</mark> <mark>pro</mark>gram',
      trackingParameters: '_pos=1&_psq=beast%20pro&_ss=e&_v=1.0',
    });
    expect(result.products).toEqual([{handle: 'beast-program', trackingParameters: '_pos=1&_psq=beast%20pro&_ss=e&_v=1.0'}]);
    const grip = (await predictive('query: "grip", types: [QUERY]')).data.predictiveSearch.queries;
    expect(grip).toEqual([expect.objectContaining({text: 'grip strength basics', styledText: '<mark>grip</mark> strength basics'})]);
  });

  it('gives search results tracking parameters too, but not products read elsewhere', async () => {
    const {body} = await emu.gql(`{
      search(query: "program", first: 2, types: [PRODUCT]) { nodes { ... on Product { handle trackingParameters } } }
      product(handle: "trail-pack") { trackingParameters }
    }`);
    expect(body.data.search.nodes[0].trackingParameters).toMatch(/^_pos=1&_sid=[0-9a-f]+&_ss=r$/);
    expect(body.data.search.nodes[1].trackingParameters).toMatch(/^_pos=2&/);
    expect(body.data.product.trackingParameters).toBeNull();
  });
});
