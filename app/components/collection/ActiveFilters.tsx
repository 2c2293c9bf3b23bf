import {Link, useLocation} from '@remix-run/react';
import type {ProductFacetFragment} from 'storefrontapi.generated';
import {collectionCopy as copy} from '~/components/collection/copy';
import {
  facetValueParam,
  withoutAllFilters,
  withoutFilter,
  type CollectionQueryState,
  type FilterParam,
} from '~/lib/catalog/collection-filters';

/** What a chip says: the facet's own words when the API knows the value, the raw value otherwise. */
function chipLabel(param: FilterParam, facets: ProductFacetFragment[]): string {
  for (const facet of facets) {
    for (const value of facet.values) {
      const own = facetValueParam(value.input as string);
      if (own && own.key === param.key && own.value === param.value) return `${facet.label}: ${value.label}`;
    }
  }
  return param.value;
}

function priceLabel({min, max}: CollectionQueryState['price'], currencyCode: string | null) {
  const format = (amount: number) =>
    currencyCode
      ? new Intl.NumberFormat('en', {style: 'currency', currency: currencyCode, maximumFractionDigits: 2}).format(amount)
      : String(amount);
  if (min !== null && max !== null) return `Price: ${format(min)}–${format(max)}`;
  if (min !== null) return `Price: from ${format(min)}`;
  return `Price: up to ${format(max ?? 0)}`;
}

/** Removable chips for every filter in the URL, and a link that clears them all. */
export function ActiveFilters({
  state,
  facets,
  currencyCode,
}: {
  state: CollectionQueryState;
  facets: ProductFacetFragment[];
  currencyCode: string | null;
}) {
  const {pathname, search} = useLocation();
  const hasPrice = state.price.min !== null || state.price.max !== null;
  if (!state.active.length && !hasPrice) return null;

  const chips = state.active.map((param) => ({
    id: `${param.key}=${param.value}`,
    label: chipLabel(param, facets),
    to: `${pathname}${withoutFilter(search, param)}`,
  }));
  if (hasPrice) {
    chips.push({id: 'price', label: priceLabel(state.price, currencyCode), to: `${pathname}${withoutFilter(search, 'price')}`});
  }

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={copy.activeFilters}>
      {chips.map((chip) => (
        <Link
          key={chip.id}
          to={chip.to}
          preventScrollReset
          aria-label={copy.removeFilter(chip.label)}
          className="inline-flex min-h-9 items-center gap-2 rounded-full border border-forest-700 bg-forest-50 px-3 text-sm font-semibold text-forest-900 hover:bg-forest-100"
        >
          {chip.label}
          <span aria-hidden="true" className="text-base leading-none">×</span>
        </Link>
      ))}
      <Link
        to={`${pathname}${withoutAllFilters(search)}`}
        preventScrollReset
        className="min-h-9 px-2 text-sm font-bold text-clay-700 underline underline-offset-2"
      >
        {copy.clearAll}
      </Link>
    </div>
  );
}
