import {Link} from '@remix-run/react';
import {CartForm, Image, Money, type OptimisticCartLine} from '@shopify/hydrogen';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import {MAX_QUANTITY} from '~/lib/catalog/quantity';
import {cartLineUrl} from '~/lib/cart/line-url';

type CartLine = OptimisticCartLine<CartApiQueryFragment>;

export function CartLineItem({line, compact = false}: {line: CartLine; compact?: boolean}) {
  const {merchandise, cost} = line;
  const options = merchandise.selectedOptions.filter((option) => option.value !== 'Default Title');
  // An optimistic line (just added, server not answered yet) has no cost: show price × quantity.
  const total =
    cost?.totalAmount ??
    (merchandise.price
      ? {amount: (Number(merchandise.price.amount) * line.quantity).toFixed(2), currencyCode: merchandise.price.currencyCode}
      : null);
  return (
    <li className={`flex gap-4 ${compact ? 'py-4' : 'p-4 sm:p-5'}`} data-testid="cart-line">
      <div className={`shrink-0 overflow-hidden rounded-lg bg-stone-200 ${compact ? 'size-16' : 'size-20 sm:size-24'}`}>
        {merchandise.image ? (
          <Image
            data={{...merchandise.image, altText: merchandise.image.altText || merchandise.product.title}}
            aspectRatio="1/1"
            sizes="96px"
            className="h-full w-full object-cover"
          />
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <Link to={cartLineUrl(merchandise.product.handle, merchandise.selectedOptions)} className="font-bold leading-snug text-forest-950 hover:underline">
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
            <button
              type="submit"
              className="text-sm font-semibold text-charcoal-600 underline underline-offset-2 hover:text-clay-700"
              disabled={line.isOptimistic}
            >
              Remove<span className="sr-only"> {merchandise.product.title}</span>
            </button>
          </CartForm>
        </div>
      </div>
      <p className="font-bold" data-testid="cart-line-total">
        {total ? <Money as="span" data={total} /> : null}
      </p>
    </li>
  );
}

function QuantityControl({line}: {line: CartLine}) {
  const {id, quantity} = line;
  const step = (next: number, label: string, symbol: string) => (
    <CartForm route="/cart" action={CartForm.ACTIONS.LinesUpdate} inputs={{lines: [{id, quantity: next}]}}>
      <button
        type="submit"
        className="grid size-9 place-items-center text-lg font-bold hover:bg-stone-100 disabled:opacity-40"
        aria-label={`${label}, ${line.merchandise.product.title}`}
        disabled={line.isOptimistic || next < 1 || next > MAX_QUANTITY}
      >
        {symbol}
      </button>
    </CartForm>
  );
  return (
    <div className="flex items-center overflow-hidden rounded-lg border border-stone-300">
      {step(quantity - 1, 'Decrease quantity', '−')}
      <span className="sr-only">Quantity</span>
      <span className="min-w-8 text-center font-semibold" data-testid="cart-line-quantity">
        {quantity}
      </span>
      {step(quantity + 1, 'Increase quantity', '+')}
    </div>
  );
}
