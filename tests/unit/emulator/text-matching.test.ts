import {describe, expect, it} from 'vitest';
import {containsWords, stem} from '../../../emulator/src/storefront/search-syntax';
import {makeEmulator} from './helpers';

describe('word matching', () => {
  it('folds simple plurals together', () => {
    for (const [plural, singular] of [
      ['runs', 'run'],
      ['programs', 'program'],
      ['straps', 'strap'],
      ['stretches', 'stretch'],
      ['boxes', 'box'],
      ['recoveries', 'recovery'],
    ] as const) {
      expect(stem(plural)).toBe(stem(singular));
    }
    // Not plurals: left alone.
    expect(stem('class')).toBe('class');
    expect(stem('plus')).toBe('plus');
  });

  it('matches whole words only, partial words only as a prefix', () => {
    expect(containsWords('Grip & Hang Strength Block', 'grip', false)).toBe(true);
    expect(containsWords('Grip & Hang Strength Block', 'strengths', false)).toBe(true);
    expect(containsWords('Grip & Hang Strength Block', 'stren', false)).toBe(false);
    expect(containsWords('Grip & Hang Strength Block', 'stren', true)).toBe(true);
    expect(containsWords('Couch-to-5K Trail Starter', 'couch-to-5k', false)).toBe(true);
    expect(containsWords('Trail running', 'rail', false)).toBe(false);
  });
});

describe('query and search text matching', () => {
  const emu = makeEmulator();
  const products = async (query: string) => {
    const {body} = await emu.gql(`query($q: String) { products(first: 20, query: $q) { nodes { handle } } }`, {q: query});
    expect(body.errors).toBeUndefined();
    return (body.data.products.nodes as {handle: string}[]).map((n) => n.handle).sort();
  };
  const search = async (query: string, extra = '') => {
    const {body} = await emu.gql(
      `query($q: String!) { search(query: $q, first: 20${extra}) { totalCount nodes {
        ... on Product { handle } ... on Article { handle } ... on Page { handle } } } }`,
      {q: query},
    );
    expect(body.errors).toBeUndefined();
    return (body.data.search.nodes as {handle: string}[]).map((n) => n.handle).sort();
  };

  it('products(query:) matches whole words with plurals, partial words only with *', async () => {
    expect(await products('program')).toEqual(['beast-program', 'trail-pack']);
    expect(await products('programs')).toEqual(['beast-program', 'trail-pack']);
    expect(await products('races')).toEqual(['beast-program']); // "race preparation"
    expect(await products('progr')).toEqual([]);
    expect(await products('progr*')).toEqual(['beast-program', 'trail-pack']);
  });

  it('title:X* matches at least what title:X matches', async () => {
    for (const word of ['Beast', 'Program', 'Programs', 'Pack', 'Plan']) {
      const exact = await products(`title:${word}`);
      const prefix = await products(`title:${word}*`);
      expect(exact.length).toBeGreaterThan(0);
      expect(prefix).toEqual(expect.arrayContaining(exact));
    }
    expect(await products('title:Bea')).toEqual([]);
    expect(await products('title:Bea*')).toEqual(['beast-program']);
  });

  it('search matches whole words, and partial last words with prefix: LAST or *', async () => {
    expect(await search('hill')).toEqual(await search('hills'));
    expect(await search('hill')).toEqual(['about', 'beast-program', 'hill-repeats']);
    expect(await search('hil')).toEqual([]);
    expect(await search('hil', ', prefix: LAST')).toEqual(['about', 'beast-program', 'hill-repeats']);
    expect(await search('hil*')).toEqual(['about', 'beast-program', 'hill-repeats']);
    // prefix: LAST affects only the last word.
    expect(await search('hil repeat', ', prefix: LAST')).toEqual([]);
    expect(await search('hill repe', ', prefix: LAST')).toEqual(['hill-repeats']);
    expect(await search('needl')).toEqual([]);
  });

  it('predictive search treats the last word as a prefix', async () => {
    const {body} = await emu.gql(`{
      partial: predictiveSearch(query: "bea") { products { handle } }
      twoWords: predictiveSearch(query: "beast prog") { products { handle } }
      firstPartial: predictiveSearch(query: "bea program") { products { handle } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.partial.products).toEqual([{handle: 'beast-program'}]);
    expect(body.data.twoWords.products).toEqual([{handle: 'beast-program'}]);
    expect(body.data.firstPartial.products).toEqual([]);
  });
});
