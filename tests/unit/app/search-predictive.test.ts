import {describe, expect, it} from 'vitest';
import {moveActive, toPredictiveGroups} from '~/lib/search/predictive';
import {normalizeTerm, MAX_TERM_LENGTH, spellingStem} from '~/lib/search/search-params';

const money = {amount: '39.0', currencyCode: 'USD' as const};

describe('toPredictiveGroups', () => {
  it('orders groups programs first and links each option to its page', () => {
    const groups = toPredictiveGroups({
      products: [{id: 'p1', handle: 'grip', title: 'Grip Block', featuredImage: null, priceRange: {minVariantPrice: money}}],
      queries: [{text: 'grip strength', styledText: '<mark>grip</mark> strength'}],
      collections: [],
      articles: [{id: 'a1', handle: 'grip-101', title: 'Grip 101', blog: {handle: 'news'}, image: null}],
      pages: [{id: 'g1', handle: 'about', title: 'About'}],
    });
    expect(groups.map((g) => g.kind)).toEqual(['products', 'queries', 'articles', 'pages']);
    expect(groups.flatMap((g) => g.options.map((o) => o.to))).toEqual([
      '/products/grip',
      '/search?q=grip%20strength',
      '/blogs/news/grip-101',
      '/pages/about',
    ]);
    expect(groups[0]!.options[0]!.price).toEqual(money);
  });
});

describe('moveActive', () => {
  it('wraps at both ends and starts from the top or bottom', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('normalizeTerm', () => {
  it('collapses whitespace and caps the length', () => {
    expect(normalizeTerm('  grip \n strength ')).toBe('grip strength');
    expect(normalizeTerm('x'.repeat(500))).toHaveLength(MAX_TERM_LENGTH);
  });
});

describe('spellingStem', () => {
  it('guesses from the start of the longest word', () => {
    expect(spellingStem('spartn')).toBe('spa');
    expect(spellingStem('half marathn')).toBe('mar');
    expect(spellingStem('a b')).toBeNull();
    expect(spellingStem('***')).toBeNull();
  });
});
