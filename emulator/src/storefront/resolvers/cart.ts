import type {VariantRecord} from '../../content/types';
import type {AttributeData, CartData, CartLineData} from '../../store/carts';
import {emptyConnection, paginate, type PageArgs} from '../connection';
import type {StorefrontContext} from '../context';
import {gid, numericGid, parseGid, stableId} from '../gid';
import {percentOf, toCents} from '../money';
import {money} from './common';
import type {ResolverMap} from './types';

// ---- ids & views --------------------------------------------------------------------------

export function cartGid(cart: CartData): string {
  return `gid://shopify/Cart/${cart.token}?key=${cart.key}`;
}

/** Finds a cart by GID, with or without `?key=`; a wrong key finds nothing. */
export function findCart(ctx: StorefrontContext, id: string): CartData | undefined {
  const parsed = parseGid(id);
  if (!parsed || parsed.type !== 'Cart') return undefined;
  const cart = ctx.carts.get(parsed.id);
  const key = parsed.params.get('key');
  if (!cart || (key != null && key !== cart.key)) return undefined;
  return cart;
}

interface CartView {
  __typename: 'Cart';
  id: string;
  _cart: CartData;
}

export function cartView(cart: CartData): CartView {
  return {__typename: 'Cart', id: cartGid(cart), _cart: cart};
}

interface LineView {
  __typename: 'CartLine';
  id: string;
  quantity: number;
  attributes: AttributeData[];
  _line: CartLineData;
  _variant: VariantRecord;
  _cart: CartData;
}

function lineGid(cart: CartData, line: CartLineData) {
  return `gid://shopify/CartLine/${line.id}?cart=${cart.token}`;
}

function lineViews(ctx: StorefrontContext, cart: CartData): LineView[] {
  return cart.lines.flatMap((line) => {
    const variant = ctx.content.variantsById.get(line.merchandiseId);
    if (!variant) return []; // merchandise removed from the content since: the line disappears
    return [
      {
        __typename: 'CartLine' as const,
        id: lineGid(cart, line),
        quantity: line.quantity,
        attributes: line.attributes.map((a) => ({__typename: 'Attribute', ...a})),
        _line: line,
        _variant: variant,
        _cart: cart,
      },
    ];
  });
}

// ---- cost ---------------------------------------------------------------------------------

interface Totals {
  subtotal: number;
  discount: number;
  total: number;
  quantity: number;
  /** The one applicable code whose discount is applied (the largest). */
  appliedCode: string | null;
  appliedPercentage: number;
}

function applicableCode(ctx: StorefrontContext, code: string) {
  return ctx.config.discountCodes[code.trim().toUpperCase()];
}

function totals(ctx: StorefrontContext, cart: CartData): Totals {
  let subtotal = 0;
  let quantity = 0;
  for (const line of lineViews(ctx, cart)) {
    subtotal += toCents(line._variant._price) * line.quantity;
    quantity += line.quantity;
  }
  let appliedCode: string | null = null;
  let appliedPercentage = 0;
  for (const code of cart.discountCodes) {
    const config = applicableCode(ctx, code);
    if (config && config.percentage > appliedPercentage && quantity > 0) {
      appliedCode = code;
      appliedPercentage = config.percentage;
    }
  }
  const discount = appliedCode ? percentOf(subtotal, appliedPercentage) : 0;
  return {subtotal, discount, total: subtotal - discount, quantity, appliedCode, appliedPercentage};
}

// ---- gift cards -----------------------------------------------------------------------------

/**
 * Gift cards are a way to pay, not a discount: they leave the cart's cost (subtotal, total,
 * checkout charge) alone, and checkout takes from each card in the order applied, up to what is
 * still owed. `balance` is what the card holds before checkout completes.
 */
interface GiftCardUse {
  code: string;
  id: string;
  lastCharacters: string;
  balance: number;
  used: number;
}

/** Codes are case-insensitive and buyers type them with spaces: compare without either. */
function normalizeGiftCardCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

function giftCardId(code: string): string {
  return gid('AppliedGiftCard', stableId(`GiftCard/${code}`));
}

function giftCardUses(ctx: StorefrontContext, cart: CartData, total: number): GiftCardUse[] {
  let owed = total;
  return (cart.giftCardCodes ?? []).flatMap((code) => {
    const card = ctx.config.giftCardCodes[code];
    if (!card) return []; // the card left the configuration since: it no longer applies
    const balance = toCents(card.balance);
    const used = Math.min(balance, Math.max(owed, 0));
    owed -= used;
    return [{code, id: giftCardId(code), lastCharacters: code.slice(-4), balance, used}];
  });
}

const MAX_GIFT_CARD_CODES = 250;

/** Replaces the cart's gift cards with `input` (deduplicated); any unknown code is an error. */
function setGiftCardCodes(ctx: StorefrontContext, cart: CartData, input: string[], field: string[]): CartUserError[] {
  if (input.length > MAX_GIFT_CARD_CODES) {
    return [userError('MAXIMUM_EXCEEDED', field, `At most ${MAX_GIFT_CARD_CODES} gift card codes can be applied.`)];
  }
  const codes: string[] = [];
  const errors: CartUserError[] = [];
  input.forEach((raw, i) => {
    const code = normalizeGiftCardCode(raw);
    if (!ctx.config.giftCardCodes[code]) errors.push(userError('INVALID', [...field, i], 'Gift card code is invalid.'));
    else if (!codes.includes(code)) codes.push(code);
  });
  cart.giftCardCodes = codes;
  return errors;
}

// ---- mutations ----------------------------------------------------------------------------

interface CartUserError {
  __typename: 'CartUserError';
  code: string;
  field: string[] | null;
  message: string;
}

interface CartWarning {
  __typename: 'CartWarning';
  code: string;
  message: string;
  target: string;
}

function userError(code: string, field: (string | number)[] | null, message: string): CartUserError {
  return {__typename: 'CartUserError', code, field: field ? field.map(String) : null, message};
}

interface Payload {
  cart: CartView | null;
  userErrors: CartUserError[];
  warnings: CartWarning[];
}

const MAX_LINE_QUANTITY = 1_000_000;

interface LineInput {
  merchandiseId: string;
  quantity?: number | null;
  attributes?: AttributeData[] | null;
  sellingPlanId?: string | null;
}

function sameAttributes(a: AttributeData[], b: AttributeData[]) {
  const norm = (list: AttributeData[]) =>
    JSON.stringify([...list].sort((x, y) => x.key.localeCompare(y.key)).map((x) => [x.key, x.value]));
  return norm(a) === norm(b);
}

/** Validates and applies line inputs to a cart (in memory). Returns errors; nothing is applied on error. */
function addLines(
  ctx: StorefrontContext,
  cart: CartData,
  inputs: LineInput[],
  field: (string | number)[],
): {errors: CartUserError[]; warnings: CartWarning[]} {
  const errors: CartUserError[] = [];
  const warnings: CartWarning[] = [];
  const resolved: {variant: VariantRecord; quantity: number; attributes: AttributeData[]}[] = [];
  inputs.forEach((input, i) => {
    const vid = numericGid(input.merchandiseId, 'ProductVariant');
    const variant = vid != null ? ctx.content.variantsById.get(vid) : undefined;
    if (!variant) {
      errors.push(
        userError('INVALID', [...field, i, 'merchandiseId'], `The merchandise with id ${input.merchandiseId} does not exist.`),
      );
      return;
    }
    const quantity = input.quantity ?? 1;
    if (quantity < 0) {
      errors.push(userError('INVALID', [...field, i, 'quantity'], 'The quantity must be greater than or equal to 0.'));
      return;
    }
    if (quantity > MAX_LINE_QUANTITY) {
      errors.push(userError('MAXIMUM_EXCEEDED', [...field, i, 'quantity'], `The quantity must be at most ${MAX_LINE_QUANTITY}.`));
      return;
    }
    if (input.sellingPlanId) {
      errors.push(userError('INVALID', [...field, i, 'sellingPlanId'], 'The selling plan does not exist.'));
      return;
    }
    if (!variant.availableForSale) {
      warnings.push({
        __typename: 'CartWarning',
        code: 'MERCHANDISE_OUT_OF_STOCK',
        message: `The merchandise ${variant._product.title} – ${variant.title} is out of stock.`,
        target: variant.id,
      });
      return;
    }
    if (quantity === 0) return;
    resolved.push({variant, quantity, attributes: (input.attributes ?? []).map(({key, value}) => ({key, value}))});
  });
  if (errors.length) return {errors, warnings};
  for (const r of resolved) {
    const existing = cart.lines.find(
      (l) => l.merchandiseId === r.variant.legacyId && sameAttributes(l.attributes, r.attributes),
    );
    if (existing) existing.quantity += r.quantity;
    else
      cart.lines.push({
        id: ctx.carts.newLineId(),
        merchandiseId: r.variant.legacyId,
        quantity: r.quantity,
        attributes: r.attributes,
      });
  }
  return {errors, warnings};
}

function findLine(cart: CartData, id: string): CartLineData | undefined {
  const parsed = parseGid(id);
  const lineId = parsed && parsed.type === 'CartLine' ? parsed.id : id;
  return cart.lines.find((l) => l.id === lineId);
}

function uniqueCodes(codes: string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of codes ?? []) {
    const code = raw.trim();
    if (!code || seen.has(code.toUpperCase())) continue;
    seen.add(code.toUpperCase());
    out.push(code);
  }
  return out;
}

interface BuyerIdentityInput {
  countryCode?: string | null;
  email?: string | null;
  phone?: string | null;
  customerAccessToken?: string | null;
}

function applyBuyerIdentity(cart: CartData, input: BuyerIdentityInput | null | undefined): CartUserError[] {
  if (!input) return [];
  if (input.email != null && input.email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) {
    return [userError('INVALID', ['buyerIdentity', 'email'], 'Email is invalid')];
  }
  if (input.countryCode !== undefined) cart.buyerIdentity.countryCode = input.countryCode;
  if (input.email !== undefined) cart.buyerIdentity.email = input.email || null;
  if (input.phone !== undefined) cart.buyerIdentity.phone = input.phone || null;
  return [];
}

const NOTE_MAX = 5000;

/** Runs a mutation against an existing cart; the cart is saved only when there are no user errors. */
function mutateCart(
  ctx: StorefrontContext,
  cartId: string,
  change: (cart: CartData) => {errors?: CartUserError[]; warnings?: CartWarning[]},
): Payload {
  const stored = findCart(ctx, cartId);
  if (!stored) {
    return {cart: null, userErrors: [userError('INVALID', ['cartId'], 'The specified cart does not exist.')], warnings: []};
  }
  const draft: CartData = structuredClone(stored);
  const {errors = [], warnings = []} = change(draft);
  if (errors.length) return {cart: null, userErrors: errors, warnings};
  return {cart: cartView(ctx.carts.save(draft)), userErrors: [], warnings};
}

function splitMetafieldKey(key: string): {namespace: string; key: string} {
  const dot = key.lastIndexOf('.');
  return dot > 0 ? {namespace: key.slice(0, dot), key: key.slice(dot + 1)} : {namespace: '$app', key};
}

// ---- resolvers ----------------------------------------------------------------------------

export const cartResolvers: ResolverMap = {
  QueryRoot: {
    cart: (_root, args: {id: string}, ctx) => {
      const cart = findCart(ctx, args.id);
      return cart ? cartView(cart) : null;
    },
  },

  Mutation: {
    cartCreate: (
      _root,
      args: {
        input?: {
          lines?: LineInput[] | null;
          note?: string | null;
          attributes?: AttributeData[] | null;
          discountCodes?: string[] | null;
          giftCardCodes?: string[] | null;
          buyerIdentity?: BuyerIdentityInput | null;
        } | null;
      },
      ctx,
    ): Payload => {
      const input = args.input ?? {};
      const cart = ctx.carts.create();
      const {errors, warnings} = addLines(ctx, cart, input.lines ?? [], ['input', 'lines']);
      errors.push(...applyBuyerIdentity(cart, input.buyerIdentity).map((e) => ({...e, field: ['input', ...(e.field ?? [])]})));
      if (input.note != null) {
        if (input.note.length > NOTE_MAX) errors.push(userError('NOTE_TOO_LONG', ['input', 'note'], 'Note is too long.'));
        cart.note = input.note;
      }
      if (input.attributes) cart.attributes = input.attributes.map(({key, value}) => ({key, value}));
      cart.discountCodes = uniqueCodes(input.discountCodes);
      errors.push(...setGiftCardCodes(ctx, cart, input.giftCardCodes ?? [], ['input', 'giftCardCodes']));
      if (errors.length) return {cart: null, userErrors: errors, warnings};
      return {cart: cartView(ctx.carts.save(cart)), userErrors: [], warnings};
    },

    cartLinesAdd: (_root, args: {cartId: string; lines: LineInput[]}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => addLines(ctx, cart, args.lines, ['lines'])),

    cartLinesUpdate: (
      _root,
      args: {cartId: string; lines: {id: string; quantity?: number | null; merchandiseId?: string | null; attributes?: AttributeData[] | null}[]},
      ctx,
    ) =>
      mutateCart(ctx, args.cartId, (cart) => {
        const errors: CartUserError[] = [];
        args.lines.forEach((input, i) => {
          const line = findLine(cart, input.id);
          if (!line) {
            errors.push(userError('INVALID', ['lines', i, 'id'], `The merchandise line with id ${input.id} does not exist.`));
            return;
          }
          if (input.merchandiseId != null) {
            const vid = numericGid(input.merchandiseId, 'ProductVariant');
            if (vid == null || !ctx.content.variantsById.has(vid)) {
              errors.push(userError('INVALID', ['lines', i, 'merchandiseId'], `The merchandise with id ${input.merchandiseId} does not exist.`));
              return;
            }
            line.merchandiseId = vid;
          }
          if (input.quantity != null) {
            if (input.quantity < 0) {
              errors.push(userError('INVALID', ['lines', i, 'quantity'], 'The quantity must be greater than or equal to 0.'));
              return;
            }
            if (input.quantity > MAX_LINE_QUANTITY) {
              errors.push(userError('MAXIMUM_EXCEEDED', ['lines', i, 'quantity'], `The quantity must be at most ${MAX_LINE_QUANTITY}.`));
              return;
            }
            line.quantity = input.quantity;
          }
          if (input.attributes) line.attributes = input.attributes.map(({key, value}) => ({key, value}));
        });
        cart.lines = cart.lines.filter((l) => l.quantity > 0);
        return {errors};
      }),

    cartLinesRemove: (_root, args: {cartId: string; lineIds: string[]}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => {
        const errors: CartUserError[] = [];
        const remove = new Set<string>();
        args.lineIds.forEach((id, i) => {
          const line = findLine(cart, id);
          if (!line) errors.push(userError('INVALID', ['lineIds', i], `The merchandise line with id ${id} does not exist.`));
          else remove.add(line.id);
        });
        cart.lines = cart.lines.filter((l) => !remove.has(l.id));
        return {errors};
      }),

    cartDiscountCodesUpdate: (_root, args: {cartId: string; discountCodes?: string[] | null}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => {
        cart.discountCodes = uniqueCodes(args.discountCodes);
        return {};
      }),

    cartNoteUpdate: (_root, args: {cartId: string; note: string}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => {
        if (args.note.length > NOTE_MAX) return {errors: [userError('NOTE_TOO_LONG', ['note'], 'Note is too long.')]};
        cart.note = args.note;
        return {};
      }),

    cartBuyerIdentityUpdate: (_root, args: {cartId: string; buyerIdentity: BuyerIdentityInput}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => ({errors: applyBuyerIdentity(cart, args.buyerIdentity)})),

    cartAttributesUpdate: (_root, args: {cartId: string; attributes: AttributeData[]}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => {
        // Shopify merges by key; an empty value removes the attribute.
        for (const {key, value} of args.attributes) {
          cart.attributes = cart.attributes.filter((a) => a.key !== key);
          if (value !== '') cart.attributes.push({key, value});
        }
        return {};
      }),

    cartSelectedDeliveryOptionsUpdate: (_root, args: {cartId: string}, ctx) =>
      mutateCart(ctx, args.cartId, () => ({})),

    // Sets the cart's gift cards (the list sent replaces the list held). The 2025-04 CartErrorCode
    // has no gift-card value, so an unknown code is INVALID and nothing changes.
    cartGiftCardCodesUpdate: (_root, args: {cartId: string; giftCardCodes: string[]}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => ({errors: setGiftCardCodes(ctx, cart, args.giftCardCodes, ['giftCardCodes'])})),

    cartGiftCardCodesRemove: (_root, args: {cartId: string; appliedGiftCardIds: string[]}, ctx) =>
      mutateCart(ctx, args.cartId, (cart) => {
        const held = cart.giftCardCodes ?? [];
        const remove = new Set<string>();
        const errors: CartUserError[] = [];
        args.appliedGiftCardIds.forEach((id, i) => {
          const code = held.find((c) => giftCardId(c) === id);
          if (!code) errors.push(userError('INVALID', ['appliedGiftCardIds', i], `The applied gift card with id ${id} does not exist.`));
          else remove.add(code);
        });
        cart.giftCardCodes = held.filter((code) => !remove.has(code));
        return {errors};
      }),

    cartDeliveryAddressesAdd: (_root, args: {cartId: string}, ctx) => mutateCart(ctx, args.cartId, () => ({})),
    cartDeliveryAddressesRemove: (_root, args: {cartId: string}, ctx) => mutateCart(ctx, args.cartId, () => ({})),
    cartDeliveryAddressesUpdate: (_root, args: {cartId: string}, ctx) => mutateCart(ctx, args.cartId, () => ({})),

    cartMetafieldsSet: (
      _root,
      args: {metafields: {ownerId: string; key: string; type: string; value: string}[]},
      ctx,
    ) => {
      const userErrors: {__typename: string; code: string; elementIndex: number; field: string[]; message: string}[] = [];
      const saved: unknown[] = [];
      args.metafields.forEach((input, i) => {
        const cart = findCart(ctx, input.ownerId);
        if (!cart) {
          userErrors.push({__typename: 'MetafieldsSetUserError', code: 'INVALID', elementIndex: i, field: ['metafields', String(i), 'ownerId'], message: 'The specified cart does not exist.'});
          return;
        }
        const draft = structuredClone(cart);
        draft.metafields = draft.metafields.filter((m) => m.key !== input.key);
        draft.metafields.push({key: input.key, type: input.type, value: input.value, updatedAt: new Date().toISOString()});
        ctx.carts.save(draft);
        saved.push(metafieldView(draft, draft.metafields[draft.metafields.length - 1]!));
      });
      return {metafields: userErrors.length ? null : saved, userErrors};
    },

    cartMetafieldDelete: (_root, args: {input: {ownerId: string; key: string}}, ctx) => {
      const cart = findCart(ctx, args.input.ownerId);
      const existing = cart?.metafields.find((m) => m.key === args.input.key);
      if (!cart || !existing) {
        return {deletedId: null, userErrors: [{__typename: 'MetafieldDeleteUserError', code: 'INVALID', field: ['input', 'key'], message: 'Metafield not found.'}]};
      }
      const draft = structuredClone(cart);
      draft.metafields = draft.metafields.filter((m) => m.key !== args.input.key);
      ctx.carts.save(draft);
      return {deletedId: metafieldView(cart, existing).id, userErrors: []};
    },
  },

  Cart: {
    checkoutUrl: (c: CartView, _args, ctx) => `${ctx.origin}/checkouts/cn/${c._cart.token}`,
    createdAt: (c: CartView) => c._cart.createdAt,
    updatedAt: (c: CartView) => c._cart.updatedAt,
    note: (c: CartView) => c._cart.note,
    totalQuantity: (c: CartView, _args, ctx) => totals(ctx, c._cart).quantity,
    attributes: (c: CartView) => c._cart.attributes.map((a) => ({__typename: 'Attribute', ...a})),
    attribute: (c: CartView, args: {key: string}) => {
      const a = c._cart.attributes.find((x) => x.key === args.key);
      return a ? {__typename: 'Attribute', ...a} : null;
    },
    buyerIdentity: (c: CartView) => ({
      __typename: 'CartBuyerIdentity',
      ...c._cart.buyerIdentity,
      customer: null,
      deliveryAddressPreferences: [],
      preferences: null,
      purchasingCompany: null,
    }),
    discountCodes: (c: CartView, _args, ctx) => {
      const t = totals(ctx, c._cart);
      // Codes do not combine (Shopify's default for order discounts): only the code whose discount is
      // applied is applicable; unknown codes, codes on an empty cart and out-bid codes stay listed as
      // not applicable, so the buyer sees what they typed.
      return c._cart.discountCodes.map((code) => ({
        __typename: 'CartDiscountCode',
        code,
        applicable: t.appliedCode === code,
      }));
    },
    discountAllocations: (c: CartView, _args, ctx) => {
      const t = totals(ctx, c._cart);
      if (!t.appliedCode || t.discount === 0) return [];
      return [
        {
          __typename: 'CartCodeDiscountAllocation',
          code: t.appliedCode,
          discountedAmount: money(ctx, t.discount),
          targetType: 'LINE_ITEM',
          discountApplication: {
            __typename: 'CartDiscountApplication',
            allocationMethod: 'ACROSS',
            targetSelection: 'ALL',
            targetType: 'LINE_ITEM',
            value: {__typename: 'PricingPercentageValue', percentage: t.appliedPercentage},
          },
        },
      ];
    },
    appliedGiftCards: (c: CartView, _args, ctx) =>
      giftCardUses(ctx, c._cart, totals(ctx, c._cart).total).map((use) => ({
        __typename: 'AppliedGiftCard',
        id: use.id,
        lastCharacters: use.lastCharacters,
        amountUsed: money(ctx, use.used),
        amountUsedV2: money(ctx, use.used),
        presentmentAmountUsed: money(ctx, use.used),
        balance: money(ctx, use.balance),
        balanceV2: money(ctx, use.balance),
      })),
    cost: (c: CartView, _args, ctx) => cartCost(ctx, c._cart),
    estimatedCost: (c: CartView, _args, ctx) => cartCost(ctx, c._cart),
    lines: (c: CartView, args: PageArgs & {reverse?: boolean | null}, ctx) => {
      const lines = lineViews(ctx, c._cart);
      return paginate(args.reverse ? lines.reverse() : lines, args, (l) => l.id, 'lines');
    },
    deliveryGroups: () => emptyConnection(),
    delivery: () => ({__typename: 'CartDelivery', addresses: []}),
    metafield: (c: CartView, args: {namespace?: string | null; key: string}) => {
      const ns = args.namespace ?? '$app';
      const m = c._cart.metafields.find((x) => {
        const split = splitMetafieldKey(x.key);
        return split.namespace === ns && split.key === args.key;
      });
      return m ? metafieldView(c._cart, m) : null;
    },
    metafields: (c: CartView, args: {identifiers: {namespace?: string | null; key: string}[]}) =>
      args.identifiers.map((id) => {
        const ns = id.namespace ?? '$app';
        const m = c._cart.metafields.find((x) => {
          const split = splitMetafieldKey(x.key);
          return split.namespace === ns && split.key === id.key;
        });
        return m ? metafieldView(c._cart, m) : null;
      }),
  },

  CartLine: {
    merchandise: (l: LineView) => l._variant,
    cost: (l: LineView, _args, ctx) => lineCost(ctx, l),
    estimatedCost: (l: LineView, _args, ctx) => {
      const cost = lineCost(ctx, l);
      return {
        __typename: 'CartLineEstimatedCost',
        amount: cost.amountPerQuantity,
        compareAtAmount: cost.compareAtAmountPerQuantity,
        subtotalAmount: cost.subtotalAmount,
        totalAmount: cost.totalAmount,
      };
    },
    attribute: (l: LineView, args: {key: string}) => {
      const a = l.attributes.find((x) => x.key === args.key);
      return a ?? null;
    },
    discountAllocations: () => [],
    sellingPlanAllocation: () => null,
  },
};

function lineCost(ctx: StorefrontContext, l: LineView) {
  const unit = toCents(l._variant._price);
  const compareAt = l._variant._compareAtPrice ? toCents(l._variant._compareAtPrice) : null;
  return {
    __typename: 'CartLineCost',
    amountPerQuantity: money(ctx, unit),
    compareAtAmountPerQuantity: compareAt != null ? money(ctx, compareAt) : null,
    subtotalAmount: money(ctx, unit * l.quantity),
    totalAmount: money(ctx, unit * l.quantity),
  };
}

function cartCost(ctx: StorefrontContext, cart: CartData) {
  const t = totals(ctx, cart);
  return {
    __typename: 'CartCost',
    subtotalAmount: money(ctx, t.subtotal),
    subtotalAmountEstimated: false,
    totalAmount: money(ctx, t.total),
    totalAmountEstimated: false,
    // The schema: "If the cart has no deferred payments, then the checkout charge amount is equivalent
    // to `subtotalAmount`" (before taxes and discounts). The emulator has no deferred payments.
    checkoutChargeAmount: money(ctx, t.subtotal),
    totalTaxAmount: null,
    totalTaxAmountEstimated: false,
    totalDutyAmount: null,
    totalDutyAmountEstimated: false,
  };
}

function metafieldView(cart: CartData, m: CartData['metafields'][number]) {
  const split = splitMetafieldKey(m.key);
  return {
    __typename: 'Metafield',
    id: gid('Metafield', stableId(`Cart/${cart.token}/${m.key}`)),
    namespace: split.namespace,
    key: split.key,
    type: m.type,
    value: m.value,
    description: null,
    createdAt: m.updatedAt,
    updatedAt: m.updatedAt,
    _owner: cartView(cart),
  };
}

/** Cart lines + totals for the stand-in checkout page. */
export function checkoutSummary(ctx: StorefrontContext, cart: CartData) {
  const t = totals(ctx, cart);
  return {
    lines: lineViews(ctx, cart).map((l) => ({
      title: l._variant._product.title,
      variantTitle: l._variant.title,
      quantity: l.quantity,
      unit: toCents(l._variant._price),
      total: toCents(l._variant._price) * l.quantity,
    })),
    subtotal: t.subtotal,
    discount: t.discount,
    /** Every code on the cart, with the amount it saves (0 when it does not apply). */
    discountCodes: cart.discountCodes.map((code) => ({
      code,
      applicable: code === t.appliedCode,
      amount: code === t.appliedCode ? t.discount : 0,
    })),
    total: t.total,
    /** Gift cards pay part of the total, in the order applied. */
    giftCards: giftCardUses(ctx, cart, t.total).map((use) => ({lastCharacters: use.lastCharacters, used: use.used})),
    /** What is left to pay after gift cards. */
    amountToPay: t.total - giftCardUses(ctx, cart, t.total).reduce((sum, use) => sum + use.used, 0),
    quantity: t.quantity,
    currencyCode: ctx.content.shop.currencyCode,
  };
}
