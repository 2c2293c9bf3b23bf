import {useFetcher} from '@remix-run/react';
import {useEffect, useMemo, useRef} from 'react';
import {SHELL_CART_PATH, type ShellCart, type ShellCartAnswer} from '~/lib/cart/shell-cart';

/** One fetcher for the whole shell, so the cart is asked for once per page load. */
const SHELL_CART_FETCHER = 'shell-cart';

/**
 * The visitor's cart, asked for by the browser after hydration. Remix asks again by itself after a
 * cart form post (an add, an update, a removal), because a fetcher that has loaded revalidates
 * with the page (only after cart posts: see shouldRevalidate in routes/api.cart.tsx). `enabled`
 * is false on pages without the shell (the root's error page).
 */
export function useShellCart(enabled: boolean): ShellCart {
  const {load, data} = useFetcher<ShellCartAnswer>({key: SHELL_CART_FETCHER});
  const asked = useRef(false);
  useEffect(() => {
    if (!enabled || asked.current) return;
    asked.current = true;
    void load(SHELL_CART_PATH);
  }, [enabled, load]);
  return useMemo((): ShellCart => {
    if (!data) return {status: 'waiting'};
    return data.unavailable ? {status: 'unavailable'} : {status: 'loaded', cart: data.cart};
  }, [data]);
}
