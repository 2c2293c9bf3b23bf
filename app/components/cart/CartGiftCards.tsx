import {type FetcherWithComponents} from '@remix-run/react';
import {CartForm, Money} from '@shopify/hydrogen';
import {useId} from 'react';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import type {CartActionData} from '~/lib/cart/cart-action.server';
import {GIFT_CARD_REMOVE_ACTION} from '~/lib/cart/cart-input';
import {CART_COPY} from '~/lib/cart/copy';

/**
 * Applied gift cards ("•••• 0025 — $25.00 applied"), each with a remove button, and a field for
 * another. Like the discount field: an error keeps what was typed (uncontrolled input with
 * JavaScript, refilled from the answer without). The server remembers the full codes already
 * applied, so the form sends only the new one.
 */
export function CartGiftCards({
  cart,
  typedCode,
  error: pageError,
  fetcherKey,
}: {
  cart: Pick<CartApiQueryFragment, 'appliedGiftCards'> | null;
  typedCode?: string;
  error?: string;
  fetcherKey: string;
}) {
  const id = useId();
  const cards = cart?.appliedGiftCards ?? [];
  return (
    <div className="grid gap-3">
      {cards.length ? (
        <ul aria-label="Applied gift cards" className="grid gap-1.5">
          {cards.map((card) => (
            <li key={card.id} className="flex items-center justify-between gap-2 rounded-lg bg-forest-100 py-1 pl-3 pr-1 text-sm font-bold text-forest-900">
              <span data-testid="applied-gift-card">
                •••• {card.lastCharacters} — <Money as="span" data={card.amountUsed} /> {CART_COPY.giftCardApplied}
              </span>
              <CartForm route="/cart" action={GIFT_CARD_REMOVE_ACTION} inputs={{appliedGiftCardId: card.id}}>
                <button type="submit" className="grid size-7 place-items-center rounded-full hover:bg-forest-200" aria-label={CART_COPY.giftCardRemove(card.lastCharacters)}>
                  <span aria-hidden="true">×</span>
                </button>
              </CartForm>
            </li>
          ))}
        </ul>
      ) : null}
      <CartForm route="/cart" action={CartForm.ACTIONS.GiftCardCodesUpdate} inputs={{giftCardCodes: []}} fetcherKey={fetcherKey}>
        {(fetcher: FetcherWithComponents<CartActionData>) => {
          const fetcherError = fetcher.state === 'idle' ? fetcher.data?.errors?.[0]?.message : undefined;
          const error = fetcherError ?? (fetcher.data ? undefined : pageError);
          return (
            <div>
              <label htmlFor={`${id}-gift`} className="field-label text-sm">
                {CART_COPY.giftCardLabel}
              </label>
              <div className="mt-1.5 flex gap-2">
                <input
                  // A new set of applied cards (success) starts an empty field; an error keeps the text.
                  key={cards.map((card) => card.id).join(',')}
                  id={`${id}-gift`}
                  name="giftCardCode"
                  defaultValue={fetcher.data?.giftCardCode ?? typedCode}
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  maxLength={40}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-gift-hint${error ? ` ${id}-gift-error` : ''}`}
                  className="field-input mt-0 min-w-0 flex-1 uppercase"
                />
                <button type="submit" className="btn-secondary shrink-0" disabled={fetcher.state !== 'idle'}>
                  {CART_COPY.giftCardApply}
                </button>
              </div>
              <p id={`${id}-gift-hint`} className="mt-1 text-xs text-charcoal-600">
                {CART_COPY.giftCardHint}
              </p>
              <p id={`${id}-gift-error`} role="alert" className="field-error empty:hidden" hidden={!error}>
                {error ?? ''}
              </p>
            </div>
          );
        }}
      </CartForm>
    </div>
  );
}
