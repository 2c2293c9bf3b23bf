import {startTransition, useEffect, useState} from 'react';
import {fetchVisitorCart, type VisitorCart} from '~/lib/cart/visitor-cart';

/**
 * The visitor's cart for the header, the drawer and cart analytics. No page carries it, so once
 * the page has hydrated the browser asks for it here, once per page load. After that, each form
 * post's reload of the shell brings a newer answer (root.tsx's clientLoader), which wins.
 *
 * A plain fetch, not a Remix fetcher: it needs no route discovery, so it cannot race a navigation,
 * and a navigation cannot cut it short (docs/decisions/054-cart-after-hydration.md).
 */
export function useVisitorCart(fromShell: VisitorCart | undefined, enabled: boolean): VisitorCart | undefined {
  const [first, setFirst] = useState<VisitorCart>();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void fetchVisitorCart().then((answer) => {
      // A transition: the update waits for any part of the page that is still hydrating.
      if (current) startTransition(() => setFirst(answer));
    });
    return () => {
      current = false;
    };
  }, [enabled]);
  return fromShell ?? first;
}
