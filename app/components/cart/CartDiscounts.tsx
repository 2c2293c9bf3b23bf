import {type FetcherWithComponents} from '@remix-run/react';
import {CartForm} from '@shopify/hydrogen';
import {useId} from 'react';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import type {CartActionData} from '~/lib/cart/cart-action.server';
import {CART_COPY} from '~/lib/cart/copy';

/**
 * Applied codes, each with a remove button, and a field for a new one. The codes already on
 * the cart travel with the form, so applying a second code keeps the first. An error keeps
 * what was typed: the field is uncontrolled (JavaScript) or refilled from the answer (no JS).
 */
export function CartDiscounts({
  cart,
  typedCode,
  error: pageError,
  fetcherKey,
}: {
  cart: Pick<CartApiQueryFragment, 'discountCodes'> | null;
  /** From a no-JavaScript post: what the shopper typed, and what went wrong. */
  typedCode?: string;
  error?: string;
  /** Keeps the answer (error, typed code) if the form re-mounts while the cart reloads. */
  fetcherKey: string;
}) {
  const id = useId();
  const codes = (cart?.discountCodes ?? []).map((entry) => entry.code);
  return (
    <div className="grid gap-3">
      {cart?.discountCodes.length ? (
        <ul aria-label="Applied discount codes" className="flex flex-wrap gap-2">
          {cart.discountCodes.map((entry) => (
            <li key={entry.code} className="inline-flex items-center gap-1 rounded-full bg-forest-100 py-1 pl-3 pr-1 text-sm font-bold text-forest-900">
              <span data-testid="applied-discount">{entry.code}</span>
              <CartForm
                route="/cart"
                action={CartForm.ACTIONS.DiscountCodesUpdate}
                inputs={{discountCodes: codes.filter((code) => code !== entry.code)}}
              >
                <button type="submit" className="grid size-7 place-items-center rounded-full hover:bg-forest-200" aria-label={CART_COPY.discountRemove(entry.code)}>
                  <span aria-hidden="true">×</span>
                </button>
              </CartForm>
            </li>
          ))}
        </ul>
      ) : null}
      <CartForm route="/cart" action={CartForm.ACTIONS.DiscountCodesUpdate} inputs={{discountCodes: codes}} fetcherKey={fetcherKey}>
        {(fetcher: FetcherWithComponents<CartActionData>) => {
          const fetcherError = fetcher.state === 'idle' ? fetcher.data?.errors?.[0]?.message : undefined;
          const error = fetcherError ?? (fetcher.data ? undefined : pageError);
          return (
            <div>
              <label htmlFor={`${id}-code`} className="field-label text-sm">
                {CART_COPY.discountLabel}
              </label>
              <div className="mt-1.5 flex gap-2">
                <input
                  // A new set of applied codes (success) starts an empty field; an error keeps the text.
                  key={codes.join(',')}
                  id={`${id}-code`}
                  name="discountCode"
                  defaultValue={fetcher.data?.discountCode ?? typedCode}
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  maxLength={64}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className="field-input mt-0 min-w-0 flex-1 uppercase"
                />
                <button type="submit" className="btn-secondary shrink-0" disabled={fetcher.state !== 'idle'}>
                  {CART_COPY.discountApply}
                </button>
              </div>
              <p id={`${id}-error`} role="alert" className="field-error empty:hidden" hidden={!error}>
                {error ?? ''}
              </p>
            </div>
          );
        }}
      </CartForm>
    </div>
  );
}
