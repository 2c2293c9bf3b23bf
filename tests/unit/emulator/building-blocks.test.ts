import {decodeEncodedVariant} from '@shopify/hydrogen-react';
import {describe, expect, it} from 'vitest';
import {formatDecimal, percentOf, toCents} from '../../../emulator/src/storefront/money';
import {encodeOptionValueCombinations} from '../../../emulator/src/storefront/option-encoding';
import {evaluate, parseSearchQuery, type TermNode} from '../../../emulator/src/storefront/search-syntax';

describe('option value encoding', () => {
  it.each([
    [[[0], [1], [2], [4]], 'v1_0-2 4'],
    [[[0, 0], [0, 1], [0, 2], [1, 0]], 'v1_0:0-2,1:0,'],
    [[[0, 0, 0], [0, 1, 0], [0, 2, 0], [0, 3, 0]], 'v1_0:0:0,1:0,2:0,3:0,,'],
    [[[0, 0, 1], [0, 2, 0], [1, 0, 0], [1, 1, 1], [1, 1, 2], [1, 1, 3], [2, 0, 5]], 'v1_0:0:1,2:0,,1:0:0,1:1-3,,2:0:5,,'],
  ])('encodes %j so hydrogen-react decodes it back', (combinations, encoded) => {
    expect(encodeOptionValueCombinations(combinations)).toBe(encoded);
    expect(decodeEncodedVariant(encoded)).toEqual(combinations);
  });

  it('encodes nothing as an empty string', () => {
    expect(encodeOptionValueCombinations([])).toBe('');
  });
});

describe('money', () => {
  it('keeps exact cents and formats like the Storefront API Decimal', () => {
    expect(toCents('19.99') * 3).toBe(5997);
    expect(formatDecimal(5997)).toBe('59.97');
    expect(formatDecimal(14900)).toBe('149.0');
    expect(formatDecimal(8950)).toBe('89.5');
    expect(formatDecimal(5)).toBe('0.05');
    expect(percentOf(26700, 10)).toBe(2670);
  });
});

describe('search syntax', () => {
  const match = (query: string, item: {tags: string[]; author: string}) =>
    evaluate(parseSearchQuery(query), item, (i, term: TermNode) => {
      if (term.field === 'tag') return i.tags.includes(term.value);
      if (term.field === 'tag_not') return !i.tags.includes(term.value);
      if (term.field === 'author') return i.author.toLowerCase() === term.value.toLowerCase();
      return undefined;
    });
  const item = {tags: ['recovery', 'mobility'], author: 'Maya Okafor'};

  it('combines terms with AND, spaces, OR, NOT, - and parentheses', () => {
    expect(match('tag:recovery AND tag_not:news', item)).toBe(true);
    expect(match('tag:recovery tag:news', item)).toBe(false);
    expect(match('tag:news OR tag:mobility', item)).toBe(true);
    expect(match('NOT tag:recovery', item)).toBe(false);
    expect(match('-tag:news', item)).toBe(true);
    expect(match('(tag:news OR tag:recovery) AND author:"maya okafor"', item)).toBe(true);
    expect(match("author:'Someone Else'", item)).toBe(false);
    expect(match('unknown_field:x', item)).toBe(true);
    expect(match('', item)).toBe(true);
  });

  it('parses paths, comparisons and prefixes', () => {
    expect(parseSearchQuery('path:/blogs/news/a-b')).toEqual({kind: 'term', field: 'path', comparator: ':', value: '/blogs/news/a-b', prefix: false});
    expect(parseSearchQuery('created_at:>=2024-01-01')).toMatchObject({field: 'created_at', comparator: '>=', value: '2024-01-01'});
    expect(parseSearchQuery('title:Spart*')).toMatchObject({field: 'title', value: 'Spart', prefix: true});
  });
});
