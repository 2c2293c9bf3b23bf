import {Link, type FetcherWithComponents} from '@remix-run/react';
import {CartForm, type OptimisticCartLineInput} from '@shopify/hydrogen';
import type {ReactNode} from 'react';

/**
 * Posts to the /cart action. Without JavaScript the browser lands on the cart
 * page; with it, the header count updates in place and a link to the cart appears.
 */
export function AddToCartButton({
  children,
  disabled,
  lines,
}: {
  children: ReactNode;
  disabled?: boolean;
  lines: Array<OptimisticCartLineInput>;
}) {
  return (
    <CartForm route="/cart" inputs={{lines}} action={CartForm.ACTIONS.LinesAdd}>
      {(fetcher: FetcherWithComponents<{errors?: Array<{message: string}>}>) => {
        const busy = fetcher.state !== 'idle';
        const added = fetcher.state === 'idle' && fetcher.data && !fetcher.data.errors?.length;
        const error = fetcher.state === 'idle' ? fetcher.data?.errors?.[0]?.message : undefined;
        return (
          <div className="grid gap-3">
            <button
              type="submit"
              className="btn-primary w-full text-base"
              disabled={disabled || busy}
              aria-disabled={disabled || busy}
            >
              {busy ? 'Adding…' : children}
            </button>
            <div aria-live="polite" className="min-h-6 text-sm">
              {added ? (
                <p className="font-semibold text-forest-800">
                  Added to your cart.{' '}
                  <Link to="/cart" className="underline underline-offset-2">
                    View cart and check out
                  </Link>
                </p>
              ) : null}
              {error ? <p className="field-error">{error}</p> : null}
            </div>
          </div>
        );
      }}
    </CartForm>
  );
}
