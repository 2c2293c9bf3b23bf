import {type FetcherWithComponents} from '@remix-run/react';
import {CartForm} from '@shopify/hydrogen';
import type {CartActionData} from '~/lib/cart/cart-action.server';
import {CART_COPY} from '~/lib/cart/copy';

/** The cart note (cartNoteUpdate): saved on the cart, so it is there after a reload and at checkout. */
export function CartNote({note}: {note: string | null | undefined}) {
  return (
    <CartForm route="/cart" action={CartForm.ACTIONS.NoteUpdate}>
      {(fetcher: FetcherWithComponents<CartActionData>) => {
        const saved = fetcher.state === 'idle' && fetcher.data && !fetcher.data.errors.length;
        const error = fetcher.state === 'idle' ? fetcher.data?.errors?.[0]?.message : undefined;
        return (
          <div>
            <label htmlFor="cart-note" className="field-label text-sm">
              {CART_COPY.noteLabel}
            </label>
            <p id="cart-note-hint" className="text-xs text-charcoal-600">{CART_COPY.noteHint}</p>
            <textarea
              id="cart-note"
              name="note"
              rows={3}
              maxLength={1000}
              defaultValue={note ?? ''}
              aria-describedby="cart-note-hint"
              className="field-input text-sm"
            />
            <div className="mt-2 flex items-center gap-3">
              <button type="submit" className="btn-secondary min-h-10 py-1.5 text-sm" disabled={fetcher.state !== 'idle'}>
                {CART_COPY.noteSave}
              </button>
              <p aria-live="polite" className="text-sm font-semibold text-forest-800">
                {saved ? CART_COPY.noteSaved : ''}
              </p>
            </div>
            {error ? <p className="field-error">{error}</p> : null}
          </div>
        );
      }}
    </CartForm>
  );
}
