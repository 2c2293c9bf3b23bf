import {Analytics, useNonce, type CartReturn} from '@shopify/hydrogen';
import {useMemo, useState, type ReactNode} from 'react';
import type {AnalyticsSettings} from '~/lib/analytics/analytics.server';
import type {VisitorCart} from '~/lib/cart/visitor-cart';
import {useVisitorCart} from '~/components/cart/use-visitor-cart';
import {OFFLINE_CUSTOMER_PRIVACY_SCRIPT} from '~/lib/analytics/offline-customer-privacy';
import {ConsentBanner, useConsentChoice} from '~/components/analytics/ConsentBanner';
import {AnalyticsDebugRecorder} from '~/components/analytics/AnalyticsDebugRecorder';

// Stable identities: Analytics.Provider recomputes `publish` when `canTrack` changes.
const ALLOW = () => true;
const DENY = () => false;
// Stable too: a new object on every render would change the provider's value each time this
// component re-renders (any fetcher activity), and a value change during a click can reach a
// <Suspense> boundary that has not hydrated yet (React error 421).
const NO_CUSTOM_DATA = {};

type Serialized<T> = T extends Promise<infer U> ? Promise<U> : T;

/**
 * The value once the page has loaded and the browser is idle. Every change to the provider's
 * value reaches the whole page, and one that arrives while a streamed <Suspense> boundary is
 * still hydrating makes React give up on it (error 421) and render it again on the client; so
 * the analytics state only starts changing once hydration has had its turn.
 */
function afterHydration<T>(value: Promise<T>): Promise<T> {
  if (typeof document === 'undefined') return value;
  return value.then((resolved) => new Promise<T>((resolve) => whenSettled(() => resolve(resolved))));
}

function whenSettled(callback: () => void) {
  // Safari has no requestIdleCallback: a short pause instead.
  const idle = () =>
    typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => callback()) : setTimeout(callback, 200);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, {once: true});
}

/**
 * Hydrogen's Analytics.Provider around the whole page: page views, cart updates and add-to-cart
 * from the cart the browser asks for, and the view events the routes add. See AnalyticsSettings for how
 * consent differs between a real store (Shopify's) and the embedded default (our banner).
 */
export function StoreAnalytics({
  settings,
  cart: fromShell,
  children,
}: {
  settings: {[K in keyof AnalyticsSettings]: Serialized<AnalyticsSettings[K]>};
  /** The cart from the shell's last reload, if any (see useVisitorCart). */
  cart: VisitorCart | undefined;
  children: ReactNode;
}) {
  const nonce = useNonce();
  const own = settings.ownConsent;
  const choice = useConsentChoice(own?.choice ?? null);
  // The shop's analytics data never changes while the page is open: keep the first answer, so a
  // revalidation (after any form post) does not hand the provider a new, equal object.
  const [shop] = useState(() => afterHydration(settings.shop));
  const cart = useVisitorCart(fromShell);
  // A revalidated cart with the same updatedAt changes nothing in the provider. Until the cart is
  // known (or while Shopify cannot say), the provider keeps what it had.
  const loadedCart = useMemo(() => (cart && !cart.unavailable ? afterHydration(Promise.resolve(cart.cart)) : null), [cart]);

  return (
    <Analytics.Provider
      // Our cart fragment has every field the cart events read (id, updatedAt, lines with
      // merchandise and cost); Hydrogen's type asks for the full Cart.
      cart={loadedCart as unknown as Promise<CartReturn | null>}
      shop={shop}
      consent={settings.consent}
      customData={NO_CUSTOM_DATA}
      // On the embedded default our banner decides; with a real store, Shopify's Customer Privacy API.
      canTrack={own ? (choice === 'granted' ? ALLOW : DENY) : undefined}
    >
      {own ? (
        <script
          nonce={nonce}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{__html: OFFLINE_CUSTOMER_PRIVACY_SCRIPT}}
        />
      ) : null}
      {children}
      {own ? <ConsentBanner recorded={own.choice} /> : null}
      {settings.debug ? <AnalyticsDebugRecorder /> : null}
    </Analytics.Provider>
  );
}
