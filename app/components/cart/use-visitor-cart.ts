import {startTransition, useEffect, useState} from 'react';
import {fetchVisitorCart, type VisitorCart} from '~/lib/cart/visitor-cart';

/** The browser's first ask for the cart: one per page load, shared by every part that shows the cart. */
let firstAsk: Promise<VisitorCart> | undefined;

/**
 * The visitor's cart for the header, the drawer and cart analytics. No page carries it, so once
 * the page has hydrated the browser asks for it, once per page load. After that, each form post's
 * reload of the shell brings a newer answer (`fromShell`, root.tsx's clientLoader), which wins.
 *
 * A plain fetch, not a Remix fetcher: it needs no route discovery, so it cannot race a navigation,
 * and a navigation cannot cut it short (docs/decisions/054-cart-after-hydration.md). Each part keeps
 * the answer in its own state, so only the parts that show the cart render again when it arrives.
 */
export function useVisitorCart(fromShell: VisitorCart | undefined): VisitorCart | undefined {
  const [first, setFirst] = useState<VisitorCart>();
  useEffect(() => {
    let current = true;
    void (firstAsk ??= fetchVisitorCart()).then((answer) => {
      // A transition: the update waits for any part of the page that is still hydrating.
      if (current) startTransition(() => setFirst(answer));
    });
    return () => {
      current = false;
    };
  }, []);
  return fromShell ?? first;
}
