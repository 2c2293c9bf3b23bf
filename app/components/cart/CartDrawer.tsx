import {useLocation} from '@remix-run/react';
import {Analytics} from '@shopify/hydrogen';
import {lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent} from 'react';
import type {RecommendedProductFragment} from 'storefrontapi.generated';
import {CART_OPEN_EVENT, type CartOpenDetail} from '~/components/cart/drawer-events';
import {CART_COPY} from '~/lib/cart/copy';
import type {VisitorCart} from '~/lib/cart/visitor-cart';
import {useVisitorCart} from '~/components/cart/use-visitor-cart';

/** The drawer's content is its own chunk, fetched when the drawer first opens. */
const CartDrawerContent = lazy(() => import('~/components/cart/CartDrawerContent'));

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The cart as a modal side sheet (native <dialog> + showModal: the page behind is inert, Escape
 * closes it). It opens after a successful add, keeps Tab inside, and gives focus back to the
 * button that opened it. Its content only renders while open, so /cart stays the one cart page
 * that works without JavaScript.
 */
export function CartDrawer({cart: fromShell}: {cart: VisitorCart | undefined}) {
  const cart = useVisitorCart(fromShell);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  /** The page the drawer was opened on: on any other page its content is gone in the same render. */
  const openedOn = useRef<string | null>(null);
  const [crossSell, setCrossSell] = useState<RecommendedProductFragment[]>([]);
  const location = useLocation();
  const path = location.pathname + location.search;
  const currentPath = useRef(path);
  currentPath.current = path;

  useEffect(() => {
    const onOpen = (event: Event) => {
      const detail = (event as CustomEvent<CartOpenDetail>).detail;
      // A quick add from inside the open drawer keeps the original opener.
      if (!dialog.current?.open) opener.current = detail.opener;
      if (detail.crossSell) setCrossSell(detail.crossSell);
      // Remix's location, not window.location: option pickers rewrite the query with replaceState.
      openedOn.current = currentPath.current;
      setOpen(true);
    };
    window.addEventListener(CART_OPEN_EVENT, onOpen);
    return () => window.removeEventListener(CART_OPEN_EVENT, onOpen);
  }, []);

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  // Following a link inside the drawer leaves the page: close it. Its content stops rendering in the
  // very render that shows the next page (the dialog's close event only arrives a task later), so the
  // next page never has a second copy of the cart lines.
  const showing = open && openedOn.current === path;
  const lastPath = useRef(path);
  useEffect(() => {
    if (lastPath.current !== path) dialog.current?.close();
    lastPath.current = path;
  }, [path]);

  const onClose = () => {
    setOpen(false);
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  };

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // A click on the backdrop lands on the <dialog> itself (the sheet fills it edge to edge).
  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === dialog.current) dialog.current.close();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="cart-drawer-title"
      onClose={onClose}
      onKeyDown={trapTab}
      onClick={closeOnBackdrop}
      className="fixed inset-y-0 right-0 left-auto m-0 ml-auto h-dvh max-h-none w-full max-w-md overflow-hidden bg-stone-50 p-0 text-charcoal-900 shadow-2xl backdrop:bg-charcoal-950/60"
    >
      {showing ? (
        <div className="flex h-full flex-col">
          {/* Mounted once per opening: one cart view each time (the provider checks consent). */}
          <Analytics.CartView />
          <div className="flex items-center justify-between border-b border-stone-200 bg-white px-5 py-3">
            <h2 id="cart-drawer-title" className="text-h3">
              {CART_COPY.drawerTitle}
            </h2>
            <button type="button" className="icon-btn" aria-label={CART_COPY.close} onClick={() => dialog.current?.close()}>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 6l12 12M18 6L6 18" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <div className="flex-1 overflow-y-auto px-5 pb-6" data-testid="cart-drawer">
            {cart?.unavailable ? (
              <p role="alert" className="py-10 text-center text-charcoal-700">
                {CART_COPY.loadFailed}
              </p>
            ) : (
              <Suspense fallback={<CartLoading />}>
                {cart ? <CartDrawerContent cart={cart.cart} crossSell={crossSell} /> : <CartLoading />}
              </Suspense>
            )}
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

function CartLoading() {
  return <p className="py-10 text-center text-charcoal-600">{CART_COPY.loading}</p>;
}
