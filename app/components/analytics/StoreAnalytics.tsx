import {Analytics, useNonce, type CartReturn} from '@shopify/hydrogen';
import {useMemo, type ReactNode} from 'react';
import type {CartApiQueryFragment} from 'storefrontapi.generated';
import type {AnalyticsSettings} from '~/lib/analytics/analytics.server';
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
 * The value once the page has finished loading. Every change to the provider's value reaches the
 * whole page; while a streamed <Suspense> boundary still waits for its data, such a change makes
 * React give up hydrating it (error 421) and render it again on the client. After the document's
 * load event every boundary has its content, so the analytics state may change freely.
 */
function afterPageLoad<T>(value: Promise<T>): Promise<T> {
  if (typeof document === 'undefined') return value;
  return value.then(
    (resolved) =>
      new Promise<T>((resolve) => {
        if (document.readyState === 'complete') resolve(resolved);
        else window.addEventListener('load', () => resolve(resolved), {once: true});
      }),
  );
}

/**
 * Hydrogen's Analytics.Provider around the whole page: page views, cart updates and add-to-cart
 * from the root's deferred cart, and the view events the routes add. See AnalyticsSettings for how
 * consent differs between a real store (Shopify's) and the embedded default (our banner).
 */
export function StoreAnalytics({
  settings,
  cart,
  children,
}: {
  settings: {[K in keyof AnalyticsSettings]: Serialized<AnalyticsSettings[K]>};
  cart: Promise<CartApiQueryFragment | null>;
  children: ReactNode;
}) {
  const nonce = useNonce();
  const own = settings.ownConsent;
  const choice = useConsentChoice(own?.choice ?? null);
  const shop = useMemo(() => afterPageLoad(settings.shop), [settings.shop]);
  const loadedCart = useMemo(() => afterPageLoad(cart), [cart]);

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
