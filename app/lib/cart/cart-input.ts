import {CartForm, type CartActionInput} from '@shopify/hydrogen';
import {MAX_QUANTITY, parseQuantity} from '~/lib/catalog/quantity';
import {CART_COPY} from '~/lib/cart/copy';

/** A validated cart change, or a message the shopper can act on. */
export type CartAction =
  | {type: 'add'; lines: Array<{merchandiseId: string; quantity: number}>}
  | {type: 'update'; lines: Array<{id: string; quantity: number}>}
  | {type: 'remove'; lineIds: string[]}
  /** `added`: the code the shopper just typed (absent when a code is removed). */
  | {type: 'discount'; codes: string[]; added?: string}
  | {type: 'note'; note: string}
  /** A gift card code as typed (shown back on an error) and normalised (spaces out, upper case). */
  | {type: 'giftCard'; code: string; typed: string}
  | {type: 'giftCardRemove'; appliedGiftCardId: string};

/** Our own CartForm action: the Hydrogen cart handler has no gift-card removal (see gift-cards.server.ts). */
export const GIFT_CARD_REMOVE_ACTION = 'CustomGiftCardRemove';

export type ParsedCartAction =
  | {ok: true; action: CartAction}
  /** `giftCardCode`: what was typed in the gift card field, handed back so the field keeps it. */
  | {ok: false; message: string; giftCardCode?: string};

const GID = /^gid:\/\/shopify\/(ProductVariant|CartLine)\/[\w?=&-]+$/;

/** Cart forms are public endpoints: check every field before it reaches Shopify. */
export function parseCartAction(input: CartActionInput | {action: string; inputs: unknown}): ParsedCartAction {
  // Forged JSON may hold any value here; `in` on a string or number would throw.
  const inputs: Record<string, unknown> =
    typeof input.inputs === 'object' && input.inputs !== null ? (input.inputs as Record<string, unknown>) : {};
  switch (input.action) {
    case CartForm.ACTIONS.LinesAdd: {
      const lines = arrayOf(inputs.lines);
      if (!lines.length) return fail('Choose a program to add.');
      const parsed = lines.map((line) => ({
        merchandiseId: text(line.merchandiseId),
        quantity: line.quantity == null ? 1 : numberOf(line.quantity),
      }));
      // The program page's quantity field (a plain form field, so it works without JavaScript).
      if ('quantity' in inputs && parsed.length === 1) {
        const quantity = parseQuantity(inputs.quantity);
        if (!quantity.ok) return fail(quantity.message);
        parsed[0]!.quantity = quantity.quantity;
      }
      if (parsed.some((line) => !isGid(line.merchandiseId, 'ProductVariant')))
        return fail('That program option could not be found.');
      if (parsed.some((line) => !validQuantity(line.quantity, 1)))
        return fail(`Quantity must be a whole number from 1 to ${MAX_QUANTITY}.`);
      return {ok: true, action: {type: 'add', lines: parsed}};
    }
    case CartForm.ACTIONS.LinesUpdate: {
      const lines = arrayOf(inputs.lines).map((line) => ({
        id: text(line.id),
        quantity: numberOf(line.quantity),
      }));
      if (!lines.length || lines.some((line) => !isGid(line.id, 'CartLine')))
        return fail('That cart line could not be found.');
      if (lines.some((line) => !validQuantity(line.quantity, 0)))
        return fail(`Quantity must be a whole number from 0 to ${MAX_QUANTITY}.`);
      return {ok: true, action: {type: 'update', lines}};
    }
    case CartForm.ACTIONS.LinesRemove: {
      const lineIds = Array.isArray(inputs.lineIds) ? inputs.lineIds.map(text) : [];
      if (!lineIds.length || lineIds.some((id) => !isGid(id, 'CartLine')))
        return fail('That cart line could not be found.');
      return {ok: true, action: {type: 'remove', lineIds}};
    }
    case CartForm.ACTIONS.DiscountCodesUpdate: {
      // The codes already on the cart ride along in `discountCodes`; a typed one in `discountCode`.
      const kept = Array.isArray(inputs.discountCodes) ? inputs.discountCodes.map((code) => text(code).trim()) : [];
      const typing = 'discountCode' in inputs;
      const added = typing ? text(inputs.discountCode).trim() : undefined;
      if (typing && !added) return fail(CART_COPY.discountMissing);
      const codes = [...kept, ...(added ? [added] : [])].filter(Boolean);
      if (codes.some((code) => code.length > 64 || !/^[\w-]+$/.test(code)))
        return fail('Discount codes use letters, numbers, dashes and underscores only.');
      return {ok: true, action: {type: 'discount', codes, ...(added ? {added} : {})}};
    }
    case CartForm.ACTIONS.NoteUpdate: {
      const note = text(inputs.note);
      if (note.length > 1000) return fail('The note can be at most 1,000 characters.');
      return {ok: true, action: {type: 'note', note}};
    }
    case CartForm.ACTIONS.GiftCardCodesUpdate: {
      const typed = text(inputs.giftCardCode).trim();
      if (!typed) return {ok: false, message: CART_COPY.giftCardMissing, giftCardCode: ''};
      // Printed cards group the code in fours; Shopify's codes are letters and digits only.
      const code = typed.replace(/\s+/g, '').toUpperCase();
      if (typed.length > 40 || !/^[A-Z0-9]{8,20}$/.test(code))
        return {ok: false, message: CART_COPY.giftCardShape, giftCardCode: typed.slice(0, 40)};
      return {ok: true, action: {type: 'giftCard', code, typed}};
    }
    case GIFT_CARD_REMOVE_ACTION: {
      const id = text(inputs.appliedGiftCardId);
      if (!/^gid:\/\/shopify\/AppliedGiftCard\/\w+$/.test(id)) return fail('That gift card could not be found.');
      return {ok: true, action: {type: 'giftCardRemove', appliedGiftCardId: id}};
    }
    default:
      return fail('That cart action is not supported.');
  }
}

function fail(message: string): ParsedCartAction {
  return {ok: false, message};
}

/**
 * A field as text. The input is JSON anyone can forge: an object with its own `toString` or
 * `valueOf` makes String() throw, so only strings and numbers count; anything else reads as empty.
 */
function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** A quantity field as a number (NaN unless it is a number or numeric text), never a throw. */
function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

function arrayOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

function isGid(value: string, type: 'ProductVariant' | 'CartLine') {
  return GID.test(value) && value.startsWith(`gid://shopify/${type}/`);
}

function validQuantity(quantity: number, min: number) {
  return Number.isInteger(quantity) && quantity >= min && quantity <= MAX_QUANTITY;
}
