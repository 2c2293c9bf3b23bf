import {AVAILABILITY_PARAM} from '~/lib/catalog/collection-filters';

type Facet = {id: string; values: Array<{count: number}>};

/**
 * How many programs a collection holds. The Storefront API has no count on Collection, and paging
 * through `products(first: 250)` per collection costs a product list to read one number. Instead the
 * collections index asks each collection for its facets on a one-product page: Shopify counts the
 * availability facet over the whole collection, and every product is either in stock or not, so the
 * two values add up to the total. A store that turned the availability filter off gets no count
 * (null) rather than a wrong one.
 */
export function productCountFromFacets(facets: Facet[]): number | null {
  const availability = facets.find((facet) => facet.id === AVAILABILITY_PARAM);
  if (!availability) return null;
  return availability.values.reduce((total, value) => total + value.count, 0);
}
