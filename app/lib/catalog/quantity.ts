/** Team licences: one program per athlete, capped so a typo cannot order thousands. */
export const MAX_QUANTITY = 99;

export type ParsedQuantity = {ok: true; quantity: number} | {ok: false; message: string};

/** A quantity typed by a shopper (a form field), checked on the server. */
export function parseQuantity(value: unknown, min = 1): ParsedQuantity {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const quantity = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_QUANTITY) {
    return {ok: false, message: `Quantity must be a whole number from ${min} to ${MAX_QUANTITY}.`};
  }
  return {ok: true, quantity};
}
