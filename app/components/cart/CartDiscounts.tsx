import {CartForm} from '@shopify/hydrogen';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import {CartCodeField, RemoveCodeButton} from '~/components/cart/CartCodeField';
import {CART_COPY} from '~/lib/cart/copy';

/**
 * Applied codes, each with a remove button, and a field for a new one. The codes already on
 * the cart travel with the form, so applying a second code keeps the first.
 */
export function CartDiscounts({
  cart,
  typedCode,
  error,
  fetcherKey,
}: {
  cart: Pick<CartApiQueryFragment, 'discountCodes'> | null;
  /** From a no-JavaScript post: what the shopper typed, and what went wrong. */
  typedCode?: string;
  error?: string;
  fetcherKey: string;
}) {
  const codes = (cart?.discountCodes ?? []).map((entry) => entry.code);
  return (
    <div className="grid gap-3">
      {codes.length ? (
        <ul aria-label="Applied discount codes" className="flex flex-wrap gap-2">
          {codes.map((code) => (
            <li key={code} className="inline-flex items-center gap-1 rounded-full bg-forest-100 py-1 pl-3 pr-1 text-sm font-bold text-forest-900">
              <span data-testid="applied-discount">{code}</span>
              <RemoveCodeButton
                target={{action: CartForm.ACTIONS.DiscountCodesUpdate, inputs: {discountCodes: codes.filter((other) => other !== code)}}}
                label={CART_COPY.discountRemove(code)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <CartCodeField
        target={{action: CartForm.ACTIONS.DiscountCodesUpdate, inputs: {discountCodes: codes}}}
        name="discountCode"
        label={CART_COPY.discountLabel}
        applyLabel={CART_COPY.discountApply}
        maxLength={64}
        resetKey={codes.join(',')}
        typedCode={typedCode}
        pageError={error}
        fetcherKey={fetcherKey}
      />
    </div>
  );
}
