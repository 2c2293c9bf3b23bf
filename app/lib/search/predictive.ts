/**
 * Predictive search results as the header's listbox shows them: groups of options in a fixed order,
 * each option with the path it leads to. Pure, so the combobox only deals with focus and keys.
 */
import type {PredictiveSearchQuery} from 'storefrontapi.generated';
import {articlePath} from '~/lib/blog/blog';

type Result = NonNullable<PredictiveSearchQuery['predictiveSearch']>;

export interface PredictiveImage {
  url: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
}

export interface PredictiveOption {
  /** Unique within the list (used for the option's DOM id). */
  key: string;
  label: string;
  to: string;
  image?: PredictiveImage | null;
  price?: {amount: string; currencyCode: string} | null;
}

export type PredictiveGroupKind = 'products' | 'queries' | 'collections' | 'articles' | 'pages';

export interface PredictiveGroup {
  kind: PredictiveGroupKind;
  options: PredictiveOption[];
}

/** What GET /api/predictive-search answers: the groups, and the term they are for. */
export interface PredictiveAnswer {
  term: string;
  groups: PredictiveGroup[];
}

export const searchPath = (term: string) => `/search?q=${encodeURIComponent(term)}`;

/** Programs first (what most shoppers want), then suggestions, collections, articles and pages. */
export function toPredictiveGroups(result: Result): PredictiveGroup[] {
  const groups: PredictiveGroup[] = [
    {
      kind: 'products',
      options: result.products.map((product) => ({
        ...linkOption('product', product.handle, product.title, `/products/${product.handle}`, product.featuredImage),
        price: product.priceRange.minVariantPrice,
      })),
    },
    {
      kind: 'queries',
      options: result.queries.map((query) => linkOption('query', query.text, query.text, searchPath(query.text))),
    },
    {
      kind: 'collections',
      options: result.collections.map((collection) =>
        linkOption('collection', collection.handle, collection.title, `/collections/${collection.handle}`, collection.image),
      ),
    },
    {
      kind: 'articles',
      options: result.articles.map(({blog, handle, title, image}) =>
        linkOption('article', `${blog.handle}-${handle}`, title, articlePath(blog.handle, handle), image),
      ),
    },
    {
      kind: 'pages',
      options: result.pages.map((page) => linkOption('page', page.handle, page.title, `/pages/${page.handle}`)),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}

/** One option: a key unique across the groups (`kind-id`), the label shown, where it leads. */
function linkOption(kind: string, id: string, label: string, to: string, image?: PredictiveImage | null): PredictiveOption {
  return {key: `${kind}-${id}`, label, to, image};
}

/** The next active option index for an arrow key, wrapping at both ends; -1 means none. */
export function moveActive(current: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return current < 0 || current >= count - 1 ? 0 : current + 1;
  return current <= 0 ? count - 1 : current - 1;
}
