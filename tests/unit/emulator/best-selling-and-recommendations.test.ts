import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {makeContent, makeEmulator, tempDir} from './helpers';

const SEED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../emulator/content');

/** The fixture with sales ranks and complementary lists patched in. */
function content(): string {
  const dir = makeContent();
  const patch = (handle: string, extra: Record<string, unknown>) => {
    const file = path.join(dir, 'products', `${handle}.json`);
    fs.writeFileSync(file, JSON.stringify({...JSON.parse(fs.readFileSync(file, 'utf8')), ...extra}));
  };
  patch('simple-plan', {salesRank: 1});
  patch('trail-pack', {salesRank: 2, complementary: ['simple-plan', 'beast-program']});
  // beast-program: no rank, no complementary list.
  return dir;
}

const handles = (list: {handle: string}[]) => list.map((x) => x.handle);

describe('BEST_SELLING', () => {
  const emu = makeEmulator({contentDir: content()});

  it('sorts by the seed salesRank, unranked products last, and reverses', async () => {
    const {body} = await emu.gql(`{
      products(first: 10, sortKey: BEST_SELLING) { nodes { handle } }
      reversed: products(first: 10, sortKey: BEST_SELLING, reverse: true) { nodes { handle } }
      collection(handle: "all-programs") { products(first: 10, sortKey: BEST_SELLING) { nodes { handle } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(handles(body.data.products.nodes)).toEqual(['simple-plan', 'trail-pack', 'beast-program']);
    expect(handles(body.data.reversed.nodes)).toEqual(['beast-program', 'trail-pack', 'simple-plan']);
    // The collection's manual order is beast, trail, simple: BEST_SELLING replaces it.
    expect(handles(body.data.collection.products.nodes)).toEqual(['simple-plan', 'trail-pack', 'beast-program']);
  });
});

describe('productRecommendations', () => {
  const emu = makeEmulator({contentDir: content()});
  const recommend = async (handle: string, intent: string) => {
    const {body} = await emu.gql(
      `query($h: String!, $i: ProductRecommendationIntent) { productRecommendations(productHandle: $h, intent: $i) { handle } }`,
      {h: handle, i: intent},
    );
    expect(body.errors).toBeUndefined();
    return body.data.productRecommendations ? handles(body.data.productRecommendations) : null;
  };

  it('COMPLEMENTARY lists the seed complementary products in order; none listed gives []', async () => {
    expect(await recommend('trail-pack', 'COMPLEMENTARY')).toEqual(['simple-plan', 'beast-program']);
    expect(await recommend('beast-program', 'COMPLEMENTARY')).toEqual([]);
  });

  it('RELATED ranks by shared tags and product type, never the product itself', async () => {
    // beast-program shares "obstacle" and its type with trail-pack, nothing with simple-plan.
    expect(await recommend('beast-program', 'RELATED')).toEqual(['trail-pack', 'simple-plan']);
    expect(await recommend('no-such-product', 'RELATED')).toBeNull();
  });
});

describe('seed ranks and recommendations', () => {
  const emu = makeEmulator({contentDir: SEED, dataDir: tempDir('seed-rec')});

  it('gives the flagship at least two complementary products, and add-ons none', async () => {
    const {body} = await emu.gql(`{
      flagship: productRecommendations(productHandle: "spartan-race-preparation-program", intent: COMPLEMENTARY) { handle tags }
      addOn: productRecommendations(productHandle: "grip-and-hang-strength-block", intent: COMPLEMENTARY) { handle }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.flagship.length).toBeGreaterThanOrEqual(2);
    expect(body.data.flagship.map((p: {handle: string}) => p.handle)).not.toContain('spartan-race-preparation-program');
    expect(body.data.addOn).toEqual([]);
  });

  it('ranks the flagship as the best seller', async () => {
    const {body} = await emu.gql('{ products(first: 3, sortKey: BEST_SELLING) { nodes { handle } } }');
    expect(body.data.products.nodes[0].handle).toBe('spartan-race-preparation-program');
  });
});
