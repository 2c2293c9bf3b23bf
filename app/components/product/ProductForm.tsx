import {Link} from '@remix-run/react';
import type {MappedProductOptions} from '@shopify/hydrogen';
import type {ProductPageVariantFragment} from 'storefrontapi.generated';
import {AddToCartButton} from '~/components/cart/AddToCartButton';

/**
 * Option values are real links (?Race+distance=…): they work without JavaScript,
 * can be shared, and with JavaScript swap the variant without a reload.
 */
export function ProductForm({
  productOptions,
  selectedVariant,
}: {
  productOptions: MappedProductOptions[];
  selectedVariant: ProductPageVariantFragment;
}) {
  return (
    <div className="grid gap-6">
      {productOptions.map((option) => {
        // A single-value option ("Default Title") needs no picker.
        if (option.optionValues.length === 1) return null;
        return (
          <fieldset key={option.name}>
            <legend className="field-label">{option.name}</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {option.optionValues.map((value) => {
                const base =
                  'inline-flex min-h-11 items-center rounded-lg border-2 px-4 text-sm font-semibold transition';
                const state = value.selected
                  ? 'border-forest-900 bg-forest-900 text-white'
                  : value.available
                    ? 'border-stone-300 bg-white text-charcoal-900 hover:border-forest-700'
                    : 'border-dashed border-stone-300 bg-stone-100 text-charcoal-500 line-through';
                const label = value.available ? value.name : `${value.name} (sold out)`;

                if (value.isDifferentProduct) {
                  return (
                    <Link
                      key={option.name + value.name}
                      to={`/products/${value.handle}?${value.variantUriQuery}`}
                      prefetch="intent"
                      className={`${base} ${state}`}
                    >
                      {value.name}
                    </Link>
                  );
                }
                return (
                  <Link
                    key={option.name + value.name}
                    to={`?${value.variantUriQuery}`}
                    replace
                    preventScrollReset
                    aria-current={value.selected ? 'true' : undefined}
                    aria-label={`${option.name}: ${label}`}
                    className={`${base} ${state}`}
                    onClick={(event) => {
                      if (!value.exists) event.preventDefault();
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

      <AddToCartButton
        disabled={!selectedVariant?.availableForSale}
        lines={
          selectedVariant
            ? [{merchandiseId: selectedVariant.id, quantity: 1, selectedVariant}]
            : []
        }
      >
        {selectedVariant?.availableForSale ? 'Add to cart' : 'Sold out'}
      </AddToCartButton>
      <p className="sr-only" aria-live="polite">
        {selectedVariant ? `Selected: ${selectedVariant.title}` : ''}
      </p>
    </div>
  );
}
