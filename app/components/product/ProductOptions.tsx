import {Link, useLocation, useNavigate} from '@remix-run/react';
import type {MappedProductOptions} from '@shopify/hydrogen';
import {useEffect, useRef} from 'react';
import {withOption} from '~/lib/catalog/option-search';

/**
 * Option values are real links (?Race+distance=…): they work without JavaScript and can be
 * shared. With JavaScript a click builds on the latest choice, not on the rendered href: the
 * shopper's previous click may still be loading, and its choice must not be lost.
 */
export function ProductOptions({
  options,
  selectedOptions,
}: {
  options: MappedProductOptions[];
  /** The (optimistic) selected variant's options: the base when the URL names none yet. */
  selectedOptions: Array<{name: string; value: string}>;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const latest = useRef(location.search);
  useEffect(() => {
    latest.current = location.search;
  }, [location.search]);

  return (
    <>
      {options.map((option) => {
        // A single-value option ("Default Title") needs no picker.
        if (option.optionValues.length === 1) return null;
        return (
          <fieldset key={option.name}>
            <legend className="field-label">{option.name}</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {option.optionValues.map((value) => {
                const base = 'inline-flex min-h-11 items-center rounded-lg border-2 px-4 text-sm font-semibold transition';
                const state = value.selected
                  ? 'border-forest-900 bg-forest-900 text-white'
                  : value.available
                    ? 'border-stone-300 bg-white text-charcoal-900 hover:border-forest-700'
                    : 'border-dashed border-stone-300 bg-stone-100 text-charcoal-600 line-through';
                const label = value.available ? value.name : `${value.name} (sold out)`;
                if (value.isDifferentProduct) {
                  return (
                    <Link key={value.name} to={`/products/${value.handle}?${value.variantUriQuery}`} prefetch="intent" className={`${base} ${state}`}>
                      {value.name}
                    </Link>
                  );
                }
                return (
                  <Link
                    key={value.name}
                    to={`?${value.variantUriQuery}`}
                    replace
                    preventScrollReset
                    aria-current={value.selected ? 'true' : undefined}
                    aria-label={`${option.name}: ${label}`}
                    className={`${base} ${state}`}
                    onClick={(event) => {
                      if (!value.exists) return event.preventDefault();
                      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                      event.preventDefault();
                      latest.current = withOption(latest.current, option.name, value.name, selectedOptions);
                      navigate(latest.current, {replace: true, preventScrollReset: true});
                    }}
                  >
                    {value.name}
                  </Link>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
