import {data} from '@shopify/remix-oxygen';
import type {CartApiQueryFragment, RecommendedProductFragment} from 'storefrontapi.generated';
import type {AppLoadContext} from '~/lib/shop/context.server';
import {parseCartAction, type CartAction} from '~/lib/cart/cart-input';
import {readCartFormInput} from '~/lib/forms/read-form.server';
import {CART_COPY} from '~/lib/cart/copy';
import {
  applyGiftCard,
  isGiftCardApplied,
  rememberGiftCards,
  removeGiftCard,
  type CartChangeResult,
} from '~/lib/cart/gift-cards.server';
import {loadRecommendations} from '~/lib/catalog/recommendations.server';

export interface CartActionData {
  cart: CartApiQueryFragment | null;
  errors: Array<{message: string}>;
  /** The code the shopper typed, handed back on an error so the field keeps it. */
  discountCode?: string;
  /** The gift card code the shopper typed, handed back on an error. */
  giftCardCode?: string;
  /** After an add: programs that pair with it, for the drawer's cross-sell row. */
  crossSell?: RecommendedProductFragment[];
}

/**
 * The /cart action as a story: parse and check the form, change the cart, answer. A failure never
 * costs the shopper their cart: the cookie is only ever set to a real cart's id, and an error
 * answer carries the cart as it still is, so the page keeps showing every line.
 */
export async function runCartAction(request: Request, context: AppLoadContext) {
  const {cart} = context;
  const parsed = parseCartAction(await readCartFormInput(request));
  if (!parsed.ok) {
    const typed = parsed.giftCardCode !== undefined ? {giftCardCode: parsed.giftCardCode} : {};
    return answer({cart: await currentCart(context), errors: [{message: parsed.message}], ...typed}, 400);
  }

  const {action} = parsed;
  let result: CartChangeResult;
  try {
    result = await applyCartAction(context, action);
  } catch (error) {
    // The Storefront API is down or slow: the cart itself is untouched.
    console.error(error);
    return answer(
      {cart: await currentCart(context), errors: [{message: CART_COPY.unavailable}], ...typedCode(action)},
      503,
    );
  }

  let errors = [...(result.errors ?? []), ...(result.userErrors ?? [])].map((error) => ({
    message: 'message' in error && error.message ? String(error.message) : CART_COPY.unavailable,
  }));
  const headers = new Headers();
  // A new cart's id goes into the cookie; a failed change never replaces it with nothing.
  if (result.cart?.id) for (const [name, value] of cart.setCartId(result.cart.id)) headers.append(name, value);
  // Mutations answer a minimal cart: read the whole one (after a failure: the cart as it still is).
  let updated = await currentCart(context);

  // Shopify keeps a code that does not apply (applicable: false). Say so, and take it back off
  // so the cart does not carry a dead code; the field keeps what was typed.
  if (!errors.length && action.type === 'discount' && action.added) {
    const added = action.added.toUpperCase();
    const entry = updated?.discountCodes.find((code) => code.code.toUpperCase() === added);
    if (entry && !entry.applicable) {
      const rest = action.codes.filter((code) => code.toUpperCase() !== added);
      const reverted = await cart.updateDiscountCodes(rest).catch(() => null);
      if (reverted?.cart) updated = await currentCart(context);
      errors = [{message: CART_COPY.discountNotApplicable(action.added)}];
    }
  }

  // A code that is not a gift card: Shopify refuses it (or, in some versions, drops it quietly).
  if (action.type === 'giftCard') {
    if (errors.length || !isGiftCardApplied(updated, action.code)) errors = [{message: CART_COPY.giftCardInvalid(action.typed)}];
    else rememberGiftCards(context, updated, action.code);
  }
  if (action.type === 'giftCardRemove') rememberGiftCards(context, updated);

  const crossSell =
    !errors.length && action.type === 'add' && updated ? await crossSellFor(context, updated, action) : undefined;

  // Shopify's user errors (and a code that does not apply) are the shopper's to fix: the
  // re-rendered form with its message is the normal reply (200), as for the comment form.
  return answer(
    {cart: updated, errors, ...(errors.length ? typedCode(action) : {}), ...(crossSell ? {crossSell} : {})},
    200,
    headers,
  );
}

async function applyCartAction(context: AppLoadContext, action: CartAction): Promise<CartChangeResult> {
  const {cart} = context;
  switch (action.type) {
    case 'add':
      return cart.addLines(action.lines);
    case 'update':
      return cart.updateLines(action.lines);
    case 'remove':
      return cart.removeLines(action.lineIds);
    case 'discount':
      // No cart yet: a code alone starts one, so it is there when the first program is added.
      return cart.getCartId() ? cart.updateDiscountCodes(action.codes) : cart.create({discountCodes: action.codes});
    case 'note':
      return cart.updateNote(action.note);
    case 'giftCard':
      return applyGiftCard(context, await currentCart(context), action.code);
    case 'giftCardRemove':
      return removeGiftCard(context, action.appliedGiftCardId);
  }
}

async function currentCart(context: AppLoadContext): Promise<CartApiQueryFragment | null> {
  return ((await context.cart.get().catch(() => null)) as CartApiQueryFragment | null) ?? null;
}

function typedCode(action: CartAction) {
  if (action.type === 'giftCard') return {giftCardCode: action.typed};
  return action.type === 'discount' && action.added ? {discountCode: action.added} : {};
}

/** Recommendations for the product just added, minus what the cart already holds. A failure shows no row. */
async function crossSellFor(
  context: AppLoadContext,
  cart: CartApiQueryFragment,
  action: Extract<CartAction, {type: 'add'}>,
) {
  const added = cart.lines.nodes.find((line) => line.merchandise.id === action.lines[0]?.merchandiseId);
  if (!added) return undefined;
  const inCart = cart.lines.nodes.map((line) => line.merchandise.product.id);
  return loadRecommendations(context.storefront, added.merchandise.product.id, {
    limit: 3,
    exclude: inCart,
    cache: context.cachePolicy.catalog(),
  }).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
}

function answer(body: CartActionData, status: number, headers?: Headers) {
  return data(body, {status, headers});
}
