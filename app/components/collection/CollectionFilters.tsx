import {useLocation, useNavigate} from '@remix-run/react';
import type {FormEvent} from 'react';
import type {ProductFacetFragment} from 'storefrontapi.generated';
import {collectionCopy as copy} from '~/components/collection/copy';
import {
  DEFAULT_SORT,
  PRICE_MAX_PARAM,
  PRICE_MIN_PARAM,
  SORT_OPTIONS,
  cleanFormQuery,
  facetPriceBounds,
  facetValueParam,
  visibleFacets,
  type CollectionQueryState,
} from '~/lib/catalog/collection-filters';

/** Lists longer than this fold away (tags), so the options shoppers use most stay in view. */
const LONG_LIST = 6;

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
  const apply = useApplyFilters();
  const {pathname, search} = useLocation();
  const isChecked = (key: string, value: string) => state.active.some((f) => f.key === key && f.value === value);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };

  return (
    <form
      key={search}
      method="get"
      action={pathname}
      onSubmit={onSubmit}
      onChange={(event) => {
        if ((event.target as HTMLInputElement).type === 'checkbox') apply(event.currentTarget);
      }}
      className="space-y-6"
    >
      {state.sort.value !== DEFAULT_SORT.value ? <input type="hidden" name="sort" value={state.sort.value} /> : null}
      {visibleFacets(facets, state.active).map((facet) =>
        facet.type === 'PRICE_RANGE' ? (
          <PriceFacet key={facet.id} facet={facet} state={state} />
        ) : (
          <ListFacet key={facet.id} facet={facet} isChecked={isChecked} />
        ),
      )}
      {/* With JavaScript, boxes apply as they change; the button is only for browsers without it. */}
      <noscript>
        <button type="submit" className="btn-primary w-full">
          {copy.apply}
        </button>
      </noscript>
    </form>
  );
}

function ListFacet({
  facet,
  isChecked,
}: {
  facet: ProductFacetFragment;
  isChecked: (key: string, value: string) => boolean;
}) {
  const items = facet.values.map((value) => {
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
          <span className="text-sm text-charcoal-600">
            {value.count}
            <span className="sr-only"> programs</span>
          </span>
        </label>
      </li>
    );
  });
  const legend = 'text-sm font-extrabold uppercase tracking-wider text-charcoal-700';
  if (facet.values.length > LONG_LIST) {
    const anyChecked = facet.values.some((value) => {
      const param = facetValueParam(value.input as string);
      return param ? isChecked(param.key, param.value) : false;
    });
    return (
      <details open={anyChecked} className="group/facet">
        <summary className={`${legend} flex cursor-pointer list-none items-center justify-between [&::-webkit-details-marker]:hidden`}>
          {facet.label}
          <span aria-hidden="true" className="transition group-open/facet:rotate-180">▾</span>
        </summary>
        <fieldset className="mt-2">
          <legend className="sr-only">{facet.label}</legend>
          <ul className="space-y-1">{items}</ul>
        </fieldset>
      </details>
    );
  }
  return (
    <fieldset>
      <legend className={legend}>{facet.label}</legend>
      <ul className="mt-2 space-y-1">{items}</ul>
    </fieldset>
  );
}

function PriceFacet({facet, state}: {facet: ProductFacetFragment; state: CollectionQueryState}) {
  const bounds = facet.values[0] ? facetPriceBounds(facet.values[0].input as string) : null;
  const fields = [
    {name: PRICE_MIN_PARAM, label: copy.priceMin, value: state.price.min, placeholder: bounds ? String(Math.floor(bounds.min)) : '0'},
    {name: PRICE_MAX_PARAM, label: copy.priceMax, value: state.price.max, placeholder: bounds ? String(Math.ceil(bounds.max)) : ''},
  ];
  return (
    <fieldset>
      <legend className="text-sm font-extrabold uppercase tracking-wider text-charcoal-700">
        {facet.label || copy.priceLegend}
      </legend>
      <div className="mt-2 grid grid-cols-2 gap-3">
        {fields.map((field) => (
          <label key={field.name} className="text-sm font-semibold text-charcoal-700">
            {field.label}
            <input
              type="number"
              name={field.name}
              min={0}
              step="any"
              inputMode="decimal"
              defaultValue={field.value ?? ''}
              placeholder={field.placeholder}
              className="field-input !py-2"
            />
          </label>
        ))}
      </div>
      <button type="submit" className="btn-secondary mt-3 w-full !min-h-10 !py-1.5 text-sm">
        {copy.applyPrice}
      </button>
    </fieldset>
  );
}

/**
 * The sort menu: its own small GET form carrying the applied filters along, so sorting works with
 * or without JavaScript (and on lists that have no facets at all).
 */
export function SortSelect({state}: {state: CollectionQueryState}) {
  const apply = useApplyFilters();
  const {pathname, search} = useLocation();
  return (
    <form
      key={search}
      method="get"
      action={pathname}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      className="flex items-center gap-2"
    >
      {state.active.map((param) => (
        <input key={`${param.key}=${param.value}`} type="hidden" name={param.key} value={param.value} />
      ))}
      {state.price.min !== null ? <input type="hidden" name={PRICE_MIN_PARAM} value={state.price.min} /> : null}
      {state.price.max !== null ? <input type="hidden" name={PRICE_MAX_PARAM} value={state.price.max} /> : null}
      <label htmlFor="collection-sort" className="text-sm font-semibold text-charcoal-700">
        {copy.sortLabel}
      </label>
      <select
        id="collection-sort"
        name="sort"
        defaultValue={state.sort.value}
        onChange={(event) => apply(event.currentTarget.form!)}
        className="min-h-10 rounded-lg border-[1.5px] border-stone-300 bg-white px-3 py-2 font-semibold text-charcoal-900"
      >
        {SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="btn-secondary !min-h-10 !py-1.5 text-sm">
          {copy.sortSubmit}
        </button>
      </noscript>
    </form>
  );
}
