import {CartForm, Money} from '@shopify/hydrogen';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import {CartCodeField, RemoveCodeButton} from '~/components/cart/CartCodeField';
import {GIFT_CARD_REMOVE_ACTION} from '~/lib/cart/cart-input';
import {CART_COPY} from '~/lib/cart/copy';

/**
 * Applied gift cards ("•••• 0025 — $25.00 applied"), each with a remove button, and a field for
 * another. The server remembers the full codes already applied, so the form sends only the new one.
 */
export function CartGiftCards({
  cart,
  typedCode,
  error,
  fetcherKey,
}: {
  cart: Pick<CartApiQueryFragment, 'appliedGiftCards'> | null;
  typedCode?: string;
  error?: string;
  fetcherKey: string;
}) {
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
              <RemoveCodeButton
                target={{action: GIFT_CARD_REMOVE_ACTION, inputs: {appliedGiftCardId: card.id}}}
                label={CART_COPY.giftCardRemove(card.lastCharacters)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <CartCodeField
        target={{action: CartForm.ACTIONS.GiftCardCodesUpdate, inputs: {giftCardCodes: []}}}
        name="giftCardCode"
        label={CART_COPY.giftCardLabel}
        applyLabel={CART_COPY.giftCardApply}
        hint={CART_COPY.giftCardHint}
        maxLength={40}
        resetKey={cards.map((card) => card.id).join(',')}
        typedCode={typedCode}
        pageError={error}
        fetcherKey={fetcherKey}
      />
    </div>
  );
}
