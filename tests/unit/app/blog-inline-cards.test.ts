import {describe, expect, it} from 'vitest';
import {articleBodyWithCards} from '~/lib/blog/inline-cards.server';
import {settledWithin} from '~/lib/shop/upstream.server';
import type {BodySegment} from '~/lib/marketing/inline-products';
import type {InlineProduct} from '~/lib/marketing/promos.server';

const product = {handle: 'spartan', title: 'Spartan Race Prep'} as InlineProduct;
const split: {segments: BodySegment[]; handles: string[]} = {
  segments: [
    {type: 'html', html: '<p>Before.</p>'},
    {type: 'product', handle: 'spartan', html: '<p><a href="/products/spartan">Spartan Race Prep</a></p>', label: 'Spartan Race Prep'},
    {type: 'product', handle: 'gone', html: '<p><a href="/products/gone">Gone</a></p>', label: 'Gone'},
    {type: 'html', html: '<p>After.</p>'},
  ],
  handles: ['spartan', 'gone'],
};
const context = {} as Parameters<typeof articleBodyWithCards>[0];
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('article product cards without a waterfall', () => {
  it('puts the cards in the page when their lookup answers at once (a cached lookup)', async () => {
    const parts = await articleBodyWithCards(context, split, {waitMs: 50, load: async () => new Map([['spartan', product]])});
    expect(parts.map((part) => part.type)).toEqual(['html', 'product', 'html']);
    // The product that does not exist stays the editor's link.
    expect(parts[2]).toEqual({type: 'html', html: '<p><a href="/products/gone">Gone</a></p><p>After.</p>'});
  });

  it('does not hold the page for a lookup that has to go to Shopify: each card streams later', async () => {
    let answer: (found: Map<string, InlineProduct>) => void = () => {};
    const lookup = new Promise<Map<string, InlineProduct>>((resolve) => (answer = resolve));
    const parts = await articleBodyWithCards(context, split, {waitMs: 5, load: () => lookup});
    expect(parts.map((part) => part.type)).toEqual(['html', 'later', 'later', 'html']);
    const [, spartan, gone] = parts;
    if (spartan.type !== 'later' || gone.type !== 'later') throw new Error('expected streamed cards');
    expect(spartan.label).toBe('Spartan Race Prep');
    expect(spartan.handle).toBe('spartan');
    expect(gone.html).toContain('/products/gone');
    answer(new Map([['spartan', product]]));
    await expect(spartan.product).resolves.toBe(product);
    await expect(gone.product).resolves.toBeNull();
  });

  it('asks nothing for a body without product links', async () => {
    let asked = false;
    const parts = await articleBodyWithCards(context, {segments: [{type: 'html', html: '<p>Text.</p>'}], handles: []}, {
      load: async () => {
        asked = true;
        return new Map();
      },
    });
    expect(asked).toBe(false);
    expect(parts).toEqual([{type: 'html', html: '<p>Text.</p>'}]);
  });
});

describe('settledWithin', () => {
  it('gives the value when it comes in time, else the fallback', async () => {
    await expect(settledWithin(Promise.resolve('now'), 20, 'late')).resolves.toBe('now');
    await expect(settledWithin(after(50).then(() => 'slow'), 5, 'late')).resolves.toBe('late');
  });
});
