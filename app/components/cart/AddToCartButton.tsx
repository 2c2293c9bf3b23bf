import {type FetcherWithComponents} from '@remix-run/react';
import {CartForm, type OptimisticCartLineInput} from '@shopify/hydrogen';
import {useEffect, useRef, type FormEvent, type ReactNode} from 'react';
import type {CartActionData} from '~/lib/cart/cart-action.server';
import {openCartDrawer} from '~/components/cart/drawer-events';

/**
 * Posts to the /cart action. Without JavaScript the browser lands on the cart page; with it,
 * the cart drawer opens once the line is really in the cart. A double click adds once: the
 * button is disabled while the request runs, and a second submit in the same tick (before
 * React has re-rendered the disabled button) is dropped.
 */
export function AddToCartButton({
  children,
  disabled,
  lines,
  compact = false,
  before,
  after,
  buttonId,
  label,
  tone,
}: {
  children: ReactNode;
  disabled?: boolean;
  lines: Array<OptimisticCartLineInput>;
  compact?: boolean;
  /** Compact buttons are outlined unless they are the one call to action around (the sticky bar). */
  tone?: 'primary' | 'secondary';
  /** Rendered inside the form before the button (e.g. the quantity field). */
  before?: ReactNode;
  /** Rendered inside the form after the button (e.g. Buy now, which shares the quantity). */
  after?: ReactNode;
  buttonId?: string;
  /** Accessible name when the visible text is short ("Add"). */
  label?: string;
}) {
  return (
    <CartForm route="/cart" inputs={{lines}} action={CartForm.ACTIONS.LinesAdd}>
      {(fetcher: FetcherWithComponents<CartActionData>) => (
        <AddToCartFields
          fetcher={fetcher}
          disabled={disabled}
          compact={compact}
          before={before}
          after={after}
          buttonId={buttonId}
          label={label}
          tone={tone ?? (compact ? 'secondary' : 'primary')}
        >
          {children}
        </AddToCartFields>
      )}
    </CartForm>
  );
}

function AddToCartFields({
  fetcher,
  children,
  disabled,
  compact,
  before,
  after,
  buttonId,
  label,
  tone,
}: {
  tone: 'primary' | 'secondary';
  fetcher: FetcherWithComponents<CartActionData>;
  children: ReactNode;
  disabled?: boolean;
  compact: boolean;
  before?: ReactNode;
  after?: ReactNode;
  buttonId?: string;
  label?: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const inFlight = useRef(false);
  const handled = useRef<unknown>(null);
  const busy = fetcher.state !== 'idle';

  useEffect(() => {
    if (fetcher.state !== 'idle') return;
    inFlight.current = false;
    const result = fetcher.data;
    if (!result || handled.current === result) return;
    handled.current = result;
    if (!result.errors?.length) openCartDrawer({opener: button.current, crossSell: result.crossSell});
  }, [fetcher.state, fetcher.data]);

  const guard = (event: FormEvent) => {
    if (inFlight.current) event.preventDefault();
    else inFlight.current = true;
  };
  const error = fetcher.state === 'idle' ? fetcher.data?.errors?.[0]?.message : undefined;

  return (
    <div onSubmitCapture={guard} className={compact ? 'grid gap-1' : 'grid gap-3'}>
      {before}
      <button
        ref={button}
        id={buttonId}
        type="submit"
        className={`${tone === 'primary' ? 'btn-primary' : 'btn-secondary'} w-full ${compact ? 'min-h-10 px-3 py-1.5 text-sm' : 'text-base'}`}
        disabled={disabled || busy}
        aria-label={label}
      >
        {busy && fetcher.formAction?.endsWith('/cart') ? 'Adding…' : children}
      </button>
      {after}
      <div aria-live="polite" className={compact ? 'text-xs' : 'min-h-5 text-sm'}>
        {error ? <p className="field-error mt-0">{error}</p> : null}
      </div>
    </div>
  );
}
