import {Link} from '@remix-run/react';
import {CartForm, Image, Money, useOptimisticCart} from '@shopify/hydrogen';
import type {CartApiQueryFragment} from 'storefrontapi.generated';

type CartLine = CartApiQueryFragment['lines']['nodes'][number];

export function CartMain({cart: original}: {cart: CartApiQueryFragment | null}) {
  // Quantity changes and removals show at once; the server result replaces them.
  const cart = useOptimisticCart(original);
  const lines = cart?.lines?.nodes ?? [];

  if (!lines.length) {
    return (
      <div className="mt-8 rounded-2xl border border-dashed border-stone-300 bg-white p-10 text-center">
        <p className="text-lg font-semibold">Your cart is empty.</p>
        <p className="mt-2 text-charcoal-600">Pick a program and start training this week.</p>
        <Link to="/collections/all" className="btn-primary mt-6">
          Browse programs
        </Link>
      </div>
    );
  }

  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
      <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white" aria-label="Cart lines">
        {lines.map((line) => (
          <CartLineItem key={line.id} line={line} />
        ))}
      </ul>
      <aside className="h-fit rounded-2xl border border-stone-200 bg-white p-6" aria-label="Order summary">
        <h2 className="text-h3">Summary</h2>
        <dl className="mt-4 flex items-baseline justify-between text-lg">
          <dt className="font-semibold">Subtotal</dt>
          <dd className="font-extrabold" data-testid="cart-subtotal">
            {cart?.cost?.subtotalAmount ? <Money as="span" data={cart.cost.subtotalAmount} /> : '—'}
          </dd>
        </dl>
        <p className="mt-1 text-sm text-charcoal-600">
          Digital programs: no shipping. Taxes and discounts are calculated at checkout.
        </p>
        {cart?.checkoutUrl ? (
          <a href={cart.checkoutUrl} className="btn-primary mt-6 w-full text-base">
            Check out
          </a>
        ) : null}
        <Link to="/collections/all" className="mt-4 block text-center text-sm font-semibold text-forest-800 underline underline-offset-2">
          Keep browsing
        </Link>
      </aside>
    </div>
  );
}

function CartLineItem({line}: {line: CartLine & {isOptimistic?: boolean}}) {
  const {merchandise, cost} = line;
  const options = merchandise.selectedOptions.filter((option) => option.value !== 'Default Title');
  return (
    <li className="flex gap-4 p-4 sm:p-5" data-testid="cart-line">
      <div className="size-20 shrink-0 overflow-hidden rounded-lg bg-stone-200 sm:size-24">
        {merchandise.image ? (
          <Image data={merchandise.image} aspectRatio="1/1" sizes="96px" className="h-full w-full object-cover" />
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <Link to={`/products/${merchandise.product.handle}`} className="font-bold text-forest-950 hover:underline">
          {merchandise.product.title}
        </Link>
        {options.length ? (
          <p className="text-sm text-charcoal-600">
            {options.map((option) => `${option.name}: ${option.value}`).join(' · ')}
          </p>
        ) : null}
        <div className="mt-auto flex flex-wrap items-center gap-3 pt-2">
          <QuantityControl line={line} />
          <CartForm route="/cart" action={CartForm.ACTIONS.LinesRemove} inputs={{lineIds: [line.id]}}>
            <button type="submit" className="text-sm font-semibold text-charcoal-600 underline underline-offset-2 hover:text-clay-700" disabled={line.isOptimistic}>
              Remove<span className="sr-only"> {merchandise.product.title}</span>
            </button>
          </CartForm>
        </div>
      </div>
      <p className="font-bold" data-testid="cart-line-total">
        <Money as="span" data={cost.totalAmount} />
      </p>
    </li>
  );
}

function QuantityControl({line}: {line: CartLine & {isOptimistic?: boolean}}) {
  const {id, quantity} = line;
  const step = (next: number, label: string, symbol: string) => (
    <CartForm route="/cart" action={CartForm.ACTIONS.LinesUpdate} inputs={{lines: [{id, quantity: next}]}}>
      <button
        type="submit"
        className="grid size-9 place-items-center text-lg font-bold hover:bg-stone-100 disabled:opacity-40"
        aria-label={label}
        disabled={line.isOptimistic || next < 1 || next > 99}
      >
        {symbol}
      </button>
    </CartForm>
  );
  return (
    <div className="flex items-center overflow-hidden rounded-lg border border-stone-300">
      {step(quantity - 1, 'Decrease quantity', '−')}
      <span className="min-w-8 text-center font-semibold" aria-label="Quantity" data-testid="cart-line-quantity">
        {quantity}
      </span>
      {step(quantity + 1, 'Increase quantity', '+')}
    </div>
  );
}
