import {MAX_QUANTITY} from '~/lib/catalog/quantity';
import type {CheckoutLine} from '~/lib/cart/checkout.server';

export type ParsedPermalink = {ok: true; lines: CheckoutLine[]} | {ok: false; message: string};

const MAX_LINES = 25;

/**
 * Shopify's cart permalink path segment: `variantId:quantity[,variantId:quantity…]`, numeric
 * variant ids. The same variant twice adds up. Anything else is a shopper-readable error.
 */
export function parseCartPermalink(segment: string | undefined): ParsedPermalink {
  const parts = (segment ?? '').split(',').filter(Boolean);
  if (!parts.length || parts.length > MAX_LINES) return invalid();
  const quantities = new Map<string, number>();
  for (const part of parts) {
    const match = /^(\d{1,20}):(\d{1,4})$/.exec(part.trim());
    if (!match) return invalid();
    const [, id, rawQuantity] = match as unknown as [string, string, string];
    const quantity = Number(rawQuantity);
    const total = (quantities.get(id) ?? 0) + quantity;
    if (quantity < 1 || total > MAX_QUANTITY) {
      return {ok: false, message: `Each quantity must be a whole number from 1 to ${MAX_QUANTITY}.`};
    }
    quantities.set(id, total);
  }
  return {
    ok: true,
    lines: [...quantities].map(([id, quantity]) => ({merchandiseId: `gid://shopify/ProductVariant/${id}`, quantity})),
  };
}

function invalid(): ParsedPermalink {
  return {ok: false, message: 'This cart link is not valid. It should list variant ids and quantities, like /cart/2001:1.'};
}
