import {beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

const PRODUCTS = `query Products($first: Int, $last: Int, $after: String, $before: String) {
  products(first: $first, last: $last, after: $after, before: $before) {
    edges { cursor node { handle } }
    nodes { handle }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('connections', () => {
  let emu: TestEmulator;
  // 3 fixture products + 260 generated ones: more than one 250-item page.
  beforeAll(() => {
    emu = makeEmulator({extraProducts: 260});
  });

  const page = async (variables: Record<string, unknown>) => {
    const {body} = await emu.gql(PRODUCTS, variables);
    expect(body.errors).toBeUndefined();
    return body.data.products;
  };

  it('walks forward with first/after and back with last/before, without overlap', async () => {
    const p1 = await page({first: 2});
    expect(p1.nodes.map((n: {handle: string}) => n.handle)).toEqual(['trail-pack', 'simple-plan']);
    expect(p1.pageInfo).toMatchObject({hasNextPage: true, hasPreviousPage: false});
    expect(p1.edges[0].cursor).toBe(p1.pageInfo.startCursor);
    expect(p1.edges[1].cursor).toBe(p1.pageInfo.endCursor);

    const p2 = await page({first: 2, after: p1.pageInfo.endCursor});
    expect(p2.nodes.map((n: {handle: string}) => n.handle)).toEqual(['beast-program', 'extra-1101']);
    expect(p2.pageInfo).toMatchObject({hasNextPage: true, hasPreviousPage: true});

    const back = await page({last: 2, before: p2.pageInfo.startCursor});
    expect(back.nodes.map((n: {handle: string}) => n.handle)).toEqual(['trail-pack', 'simple-plan']);
    expect(back.pageInfo).toMatchObject({hasNextPage: true, hasPreviousPage: false});
  });

  it('returns the tail with last and reports hasNextPage false at the end', async () => {
    const tail = await page({last: 1});
    expect(tail.nodes.map((n: {handle: string}) => n.handle)).toEqual(['extra-1360']);
    expect(tail.pageInfo).toMatchObject({hasNextPage: false, hasPreviousPage: true});
  });

  it('uses opaque base64 cursors', async () => {
    const p1 = await page({first: 1});
    const decoded = JSON.parse(Buffer.from(p1.pageInfo.endCursor, 'base64').toString('utf8'));
    expect(decoded).toEqual({last_id: 1001, last_value: '1001'});
  });

  it('allows exactly 250 and rejects 251 with a Shopify-style error', async () => {
    const full = await page({first: 250});
    expect(full.nodes).toHaveLength(250);
    expect(full.pageInfo.hasNextPage).toBe(true);

    const {status, body} = await emu.gql(PRODUCTS, {first: 251});
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({
      path: ['products'],
      locations: [{line: 2, column: 3}],
      extensions: {code: 'argumentLiteralsIncompatible', argumentName: 'first'},
    });
    expect(body.errors[0].message).toContain('250');
  });

  it('requires first or last', async () => {
    const {body} = await emu.gql('{ products { nodes { handle } } }');
    expect(body.data).toBeNull();
    expect(body.errors[0]).toMatchObject({message: 'you must provide one of first or last', path: ['products']});
  });

  it('reports an invalid cursor as an error', async () => {
    const {body} = await emu.gql(PRODUCTS, {first: 1, after: 'not-a-cursor'});
    expect(body.errors[0].message).toMatch(/cursor/i);
  });

  it('paginates nested connections too (product variants)', async () => {
    const {body} = await emu.gql(`{ product(handle: "trail-pack") {
      first: variants(first: 2) { nodes { sku } pageInfo { hasNextPage endCursor } }
    } }`);
    const first = body.data.product.first;
    expect(first.nodes.map((v: {sku: string}) => v.sku)).toEqual(['TP-S-R', 'TP-S-B']);
    const {body: next} = await emu.gql(
      `query($c: String) { product(handle: "trail-pack") { variants(first: 10, after: $c) { nodes { sku } pageInfo { hasNextPage } } } }`,
      {c: first.pageInfo.endCursor},
    );
    expect(next.data.product.variants.nodes.map((v: {sku: string}) => v.sku)).toEqual(['TP-M-R', 'TP-M-B', 'TP-L-R']);
    expect(next.data.product.variants.pageInfo.hasNextPage).toBe(false);
  });

  it('pages sitemaps by 250 resources', async () => {
    const {body} = await emu.gql(`{ sitemap(type: PRODUCT) {
      pagesCount { count }
      p1: resources(page: 1) { hasNextPage items { handle updatedAt } }
      p2: resources(page: 2) { hasNextPage items { handle } }
    } }`);
    const sitemap = body.data.sitemap;
    expect(sitemap.pagesCount.count).toBe(2);
    expect(sitemap.p1.items).toHaveLength(250);
    expect(sitemap.p1.hasNextPage).toBe(true);
    expect(sitemap.p1.items[0]).toEqual({handle: 'trail-pack', updatedAt: '2026-02-01T00:00:00Z'});
    expect(sitemap.p2.items).toHaveLength(13);
    expect(sitemap.p2.hasNextPage).toBe(false);
  });
});
