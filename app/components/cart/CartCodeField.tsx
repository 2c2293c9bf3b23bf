import {type FetcherWithComponents} from '@remix-run/react';
import {CartForm} from '@shopify/hydrogen';
import {useId, type ComponentProps, type ReactNode} from 'react';
import type {CartActionData} from '~/lib/cart/cart-action.server';

/** Which cart action a form sends, with its inputs (one of CartForm's own pairings). */
type CartFormProps = ComponentProps<typeof CartForm>;
export type CartFormTarget = CartFormProps extends infer P ? (P extends unknown ? Pick<P, Extract<keyof P, 'action' | 'inputs'>> : never) : never;

/**
 * One "type a code, press a button" form of the cart (discount codes, gift cards). An error keeps
 * what was typed: the field is uncontrolled with JavaScript, and refilled from the answer without.
 * A success changes `resetKey` (the applied codes), which starts the field empty again.
 */
export function CartCodeField({
  target,
  name,
  label,
  applyLabel,
  hint,
  maxLength,
  resetKey,
  typedCode,
  pageError,
  fetcherKey,
}: {
  target: CartFormTarget;
  /** The form field, and the key under which the action hands back what was typed. */
  name: 'discountCode' | 'giftCardCode';
  label: string;
  applyLabel: string;
  hint?: ReactNode;
  maxLength: number;
  resetKey: string;
  /** From a no-JavaScript post: what the shopper typed, and what went wrong. */
  typedCode?: string;
  pageError?: string;
  /** Keeps the answer (error, typed code) if the form re-mounts while the cart reloads. */
  fetcherKey: string;
}) {
  const id = useId();
  return (
    <CartForm route="/cart" {...target} fetcherKey={fetcherKey}>
      {(fetcher: FetcherWithComponents<CartActionData>) => {
        const fetcherError = fetcher.state === 'idle' ? fetcher.data?.errors?.[0]?.message : undefined;
        const error = fetcherError ?? (fetcher.data ? undefined : pageError);
        const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
        return (
          <div>
            <label htmlFor={`${id}-code`} className="field-label text-sm">
              {label}
            </label>
            <div className="mt-1.5 flex gap-2">
              <input
                key={resetKey}
                id={`${id}-code`}
                name={name}
                defaultValue={fetcher.data?.[name] ?? typedCode}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={maxLength}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy || undefined}
                className="field-input mt-0 min-w-0 flex-1 uppercase"
              />
              <button type="submit" className="btn-secondary shrink-0" disabled={fetcher.state !== 'idle'}>
                {applyLabel}
              </button>
            </div>
            {hint ? (
              <p id={`${id}-hint`} className="mt-1 text-xs text-charcoal-600">
                {hint}
              </p>
            ) : null}
            <p id={`${id}-error`} role="alert" className="field-error empty:hidden" hidden={!error}>
              {error ?? ''}
            </p>
          </div>
        );
      }}
    </CartForm>
  );
}

/** The × on an applied code or card: its own small form, so it works without JavaScript. */
export function RemoveCodeButton({target, label}: {target: CartFormTarget; label: string}) {
  return (
    <CartForm route="/cart" {...target}>
      <button type="submit" className="grid size-7 place-items-center rounded-full hover:bg-forest-200" aria-label={label}>
        <span aria-hidden="true">×</span>
      </button>
    </CartForm>
  );
}
