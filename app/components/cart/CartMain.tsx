import {Link} from '@remix-run/react';
import {Money, useOptimisticCart} from '@shopify/hydrogen';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import type {CartActionData} from '~/lib/cart/cart-action.server';
import {CART_COPY} from '~/lib/cart/copy';
import {CartLineItem} from '~/components/cart/CartLineItem';
import {CartDiscounts} from '~/components/cart/CartDiscounts';
import {CartGiftCards} from '~/components/cart/CartGiftCards';
import {CartNote} from '~/components/cart/CartNote';

/** The cart's lines and summary: the full /cart page (works without JavaScript) or the drawer. */
export function CartMain({
  cart: original,
  result,
  layout,
}: {
  cart: CartApiQueryFragment | null;
  /** The last no-JavaScript action answer, for its error and the code that was typed. */
  result?: CartActionData;
  layout: 'page' | 'drawer';
}) {
  // Quantity changes and removals show at once; the server result replaces them.
  const cart = useOptimisticCart(original);
  const lines = cart?.lines?.nodes ?? [];
  const drawer = layout === 'drawer';
  const pageError = result?.errors?.[0]?.message;
  // Which field a no-JavaScript error belongs to: the one whose typed text came back.
  const fieldError = result?.discountCode !== undefined || result?.giftCardCode !== undefined;
  // What the applied codes take off (the Storefront API's total is after discounts).
  const subtotal = Number(cart?.cost?.subtotalAmount?.amount ?? 0);
  const total = Number(cart?.cost?.totalAmount?.amount ?? subtotal);
  const savings =
    cart?.cost?.totalAmount && total < subtotal
      ? {amount: (subtotal - total).toFixed(2), currencyCode: cart.cost.totalAmount.currencyCode}
      : null;
  // Gift cards pay part of the total at checkout; the cart's cost itself does not change.
  const giftCards = original?.appliedGiftCards ?? [];
  const giftCardTotal = giftCards.reduce((sum, card) => sum + Number(card.amountUsed.amount), 0);
  const currencyCode = cart?.cost?.totalAmount?.currencyCode ?? 'USD';
  const toPay = {amount: Math.max(total - giftCardTotal, 0).toFixed(2), currencyCode};

  if (!lines.length) {
    return (
      <div className={drawer ? 'py-10 text-center' : 'mt-8 rounded-2xl border border-dashed border-stone-300 bg-white p-10 text-center'}>
        <p className="text-lg font-semibold">{CART_COPY.empty}</p>
        <p className="mt-2 text-charcoal-600">{CART_COPY.emptyHint}</p>
        <Link to="/collections/all" className="btn-primary mt-6">
          {CART_COPY.browse}
        </Link>
      </div>
    );
  }

  const lineList = (
    <ul
      className={drawer ? 'divide-y divide-stone-200' : 'divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white'}
      aria-label="Cart lines"
    >
      {lines.map((line) => (
        <CartLineItem key={line.id} line={line} compact={drawer} />
      ))}
    </ul>
  );

  const summary = (
    <>
      <dl className="grid grid-cols-[1fr_auto] items-baseline gap-y-1 text-lg">
        <dt className="font-semibold">{CART_COPY.subtotal}</dt>
        <dd className="text-right font-extrabold" data-testid="cart-subtotal">
          {cart?.cost?.subtotalAmount ? <Money as="span" data={cart.cost.subtotalAmount} /> : '—'}
        </dd>
        {savings ? (
          <>
            <dt className="text-base text-forest-800">{CART_COPY.discounts}</dt>
            <dd className="text-right text-base font-bold text-forest-800" data-testid="cart-savings">
              −<Money as="span" data={savings} />
            </dd>
            <dt className="font-semibold">{CART_COPY.total}</dt>
            <dd className="text-right font-extrabold" data-testid="cart-total">
              <Money as="span" data={cart!.cost!.totalAmount!} />
            </dd>
          </>
        ) : null}
        {giftCards.length ? (
          <>
            <dt className="text-base text-forest-800">{CART_COPY.giftCards}</dt>
            <dd className="text-right text-base font-bold text-forest-800" data-testid="cart-gift-cards">
              −<Money as="span" data={{amount: giftCardTotal.toFixed(2), currencyCode}} />
            </dd>
            <dt className="font-semibold">{CART_COPY.amountToPay}</dt>
            <dd className="text-right font-extrabold" data-testid="cart-amount-to-pay">
              <Money as="span" data={toPay} />
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-1 text-sm text-charcoal-600">{CART_COPY.digitalDelivery}</p>
      <div className="mt-5">
        <CartDiscounts
          cart={original}
          typedCode={result?.discountCode}
          error={result?.discountCode ? pageError : undefined}
          fetcherKey={`cart-discount-${layout}`}
        />
      </div>
      <div className="mt-4">
        <CartGiftCards
          cart={original}
          typedCode={result?.giftCardCode}
          error={result?.giftCardCode !== undefined ? pageError : undefined}
          fetcherKey={`cart-gift-card-${layout}`}
        />
      </div>
      {cart?.checkoutUrl ? (
        <a href={cart.checkoutUrl} className="btn-primary mt-6 w-full text-base">
          {CART_COPY.checkout}
        </a>
      ) : null}
    </>
  );

  if (drawer) {
    return (
      <div className="grid gap-4">
        {lineList}
        <div className="border-t border-stone-200 pt-4">{summary}</div>
        <Link to="/cart" className="block text-center text-sm font-semibold text-forest-800 underline underline-offset-2">
          {CART_COPY.viewCart}
        </Link>
      </div>
    );
  }

  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
      <div className="grid content-start gap-6">
        {pageError && !fieldError ? (
          <p role="alert" className="field-error mt-0 rounded-lg bg-red-50 p-3">
            {pageError}
          </p>
        ) : null}
        {lineList}
        <div className="rounded-2xl border border-stone-200 bg-white p-5">
          <CartNote note={original?.note} />
        </div>
      </div>
      <aside className="h-fit rounded-2xl border border-stone-200 bg-white p-6" aria-label="Order summary">
        <h2 className="text-h3">Summary</h2>
        <div className="mt-4">{summary}</div>
        <Link to="/collections/all" className="mt-4 block text-center text-sm font-semibold text-forest-800 underline underline-offset-2">
          Keep browsing
        </Link>
      </aside>
    </div>
  );
}
