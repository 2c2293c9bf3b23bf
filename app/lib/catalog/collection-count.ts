/** Facet id of the vendor filter (Shopify's Search & Discovery naming). */
const VENDOR_FACET = 'filter.p.vendor';

type Facet = {id: string; values: Array<{count: number}>};

/**
 * How many programs a collection holds. The Storefront API has no count on Collection, and paging
 * through `products(first: 250)` per collection reads a product list to learn one number. Instead
 * the collections index asks each collection for its facets on a one-product page: Shopify counts
 * every facet over the whole collection, and every product has exactly one vendor (Shopify requires
 * it), so the vendor facet's counts add up to the total. Availability would not do: it is a variant
 * filter, and a product with one sold-out variant counts as both in and out of stock. A store that
 * turned the vendor filter off gets no count (null) rather than a wrong one.
 */
export function productCountFromFacets(facets: Facet[]): number | null {
  const vendor = facets.find((facet) => facet.id === VENDOR_FACET);
  if (!vendor) return null;
  return vendor.values.reduce((total, value) => total + value.count, 0);
}
