import type {CartApiQueryFragment} from 'storefrontapi.generated';

/** Where the browser asks for the visitor's cart for the page shell (app/routes/api.cart.tsx). */
export const SHELL_CART_PATH = '/api/cart';

/** What GET /api/cart answers: the cart (null: no cart yet), or that Shopify could not be asked. */
export type ShellCartAnswer = {cart: CartApiQueryFragment | null; unavailable?: true};

/**
 * The cart as the shell's pieces (header count, drawer, analytics) see it. It is asked for by the
 * browser, so a page's HTML never depends on whose cart it is: until it arrives it is `waiting`.
 */
export type ShellCart =
  | {status: 'waiting'}
  | {status: 'unavailable'}
  | {status: 'loaded'; cart: CartApiQueryFragment | null};
