import {useLocation, useNavigate} from '@remix-run/react';
import {useEffect, useState, type FormEvent} from 'react';
import type {ProductFacetFragment} from 'storefrontapi.generated';
import {collectionCopy as copy} from '~/components/collection/copy';
import {
  PRICE_MAX_PARAM,
  PRICE_MIN_PARAM,
  SORT_OPTIONS,
  cleanFormQuery,
  facetPriceBounds,
  facetValueParam,
  type CollectionQueryState,
} from '~/lib/catalog/collection-filters';

export const FILTER_FORM_ID = 'collection-filters';

/** After hydration, checkbox and sort changes apply at once, so the submit button can go. */
function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** Submits the filter form as a clean GET (no empty fields, no stale page cursor). */
function useApplyFilters() {
  const navigate = useNavigate();
  const {pathname} = useLocation();
  return (form: HTMLFormElement) => {
    navigate(`${pathname}${cleanFormQuery(new FormData(form))}`, {preventScrollReset: true});
  };
}

/**
 * The filter form: a plain GET form (Shopify's URL parameters) that works without JavaScript, built
 * from the facets the API returned for the current selection, with counts.
 */
export function CollectionFilters({facets, state}: {facets: ProductFacetFragment[]; state: CollectionQueryState}) {
  const hydrated = useHydrated();
  const apply = useApplyFilters();
  const {pathname, search} = useLocation();
  const isChecked = (key: string, value: string) => state.active.some((f) => f.key === key && f.value === value);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };

  return (
    <form
      id={FILTER_FORM_ID}
      key={search}
      method="get"
      action={pathname}
      onSubmit={onSubmit}
      onChange={(event) => {
        if ((event.target as HTMLInputElement).type === 'checkbox') apply(event.currentTarget);
      }}
      className="space-y-6"
    >
      {facets.map((facet) =>
        facet.type === 'PRICE_RANGE' ? (
          <PriceFacet key={facet.id} facet={facet} state={state} />
        ) : (
          <fieldset key={facet.id}>
            <legend className="text-sm font-extrabold uppercase tracking-wider text-charcoal-700">{facet.label}</legend>
            <ul className="mt-2 space-y-1">
              {facet.values.map((value) => {
                const param = facetValueParam(value.input as string);
                if (!param) return null;
                const checked = isChecked(param.key, param.value);
                return (
                  <li key={value.id}>
                    <label className="flex min-h-9 cursor-pointer items-center gap-3 rounded px-1 hover:bg-stone-100">
                      <input
                        type="checkbox"
                        name={param.key}
                        value={param.value}
                        defaultChecked={checked}
                        disabled={!checked && value.count === 0}
                        className="size-4 accent-forest-700"
                      />
                      <span className="flex-1 text-charcoal-900">{value.label}</span>
                      <span className="text-sm text-charcoal-600" aria-label={`${value.count} programs`}>
                        {value.count}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ),
      )}
      <button type="submit" className={`btn-primary w-full ${hydrated ? 'hidden' : ''}`}>
        {copy.apply}
      </button>
    </form>
  );
}

function PriceFacet({facet, state}: {facet: ProductFacetFragment; state: CollectionQueryState}) {
  const bounds = facet.values[0] ? facetPriceBounds(facet.values[0].input as string) : null;
  return (
    <fieldset>
      <legend className="text-sm font-extrabold uppercase tracking-wider text-charcoal-700">
        {facet.label || copy.priceLegend}
      </legend>
      <div className="mt-2 grid grid-cols-2 gap-3">
        <label className="text-sm font-semibold text-charcoal-700">
          {copy.priceMin}
          <input
            type="number"
            name={PRICE_MIN_PARAM}
            min={0}
            step="any"
            inputMode="decimal"
            defaultValue={state.price.min ?? ''}
            placeholder={bounds ? String(Math.floor(bounds.min)) : '0'}
            className="field-input !py-2"
          />
        </label>
        <label className="text-sm font-semibold text-charcoal-700">
          {copy.priceMax}
          <input
            type="number"
            name={PRICE_MAX_PARAM}
            min={0}
            step="any"
            inputMode="decimal"
            defaultValue={state.price.max ?? ''}
            placeholder={bounds ? String(Math.ceil(bounds.max)) : ''}
            className="field-input !py-2"
          />
        </label>
      </div>
      <button type="submit" className="btn-secondary mt-3 w-full !min-h-10 !py-1.5 text-sm">
        {copy.applyPrice}
      </button>
    </fieldset>
  );
}

/** The sort menu: part of the filter form (via `form=`) so one GET carries both. */
export function SortSelect({state}: {state: CollectionQueryState}) {
  const apply = useApplyFilters();
  const {search} = useLocation();
  return (
    <label className="flex items-center gap-2 text-sm font-semibold text-charcoal-700">
      {copy.sortLabel}
      <select
        key={search}
        name="sort"
        form={FILTER_FORM_ID}
        defaultValue={state.sort.value}
        onChange={(event) => {
          const form = event.currentTarget.form;
          if (form) apply(form);
        }}
        className="rounded-lg border-[1.5px] border-stone-300 bg-white px-3 py-2 font-semibold text-charcoal-900"
      >
        {SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
