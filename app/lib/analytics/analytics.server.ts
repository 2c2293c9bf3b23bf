import {getShopAnalytics} from '@shopify/hydrogen';
import type {AppLoadContext} from '~/lib/shop/context.server';
import {readConsent} from '~/lib/analytics/consent.server';

/**
 * Hydrogen's Customer Privacy API wants a 32-character public token. On the embedded default the
 * API is a local stand-in that never uses it, and the emulator's token has another length, so a
 * placeholder of the right shape is passed instead.
 */
const OFFLINE_PUBLIC_TOKEN = 'trailforge0embedded0default00000';

/**
 * What the root hands to Analytics.Provider. With a real store: Shopify's shop analytics and
 * Customer Privacy API (its own banner where the shop's region requires one). On the embedded
 * default: the same Provider, with the visitor's choice from our own banner as `canTrack`.
 */
export async function loadAnalyticsSettings(request: Request, {storefront, settings}: Pick<AppLoadContext, 'storefront' | 'settings'>) {
  const offline = settings.usesEmulator;
  return {
    // Deferred: nothing above the fold waits for it. A failure only means no events on this page.
    shop: getShopAnalytics({storefront, publicStorefrontId: settings.storefrontId ?? '0'}).catch((error: unknown) => {
      console.error(error);
      return null;
    }),
    consent: {
      checkoutDomain: settings.checkoutDomain ?? settings.storeDomain,
      storefrontAccessToken: offline ? OFFLINE_PUBLIC_TOKEN : settings.publicStorefrontToken,
      withPrivacyBanner: !offline,
      // Offline, nothing asks the Storefront API for Shopify's tracking values (the stand-in needs none).
      ...(offline ? {sameDomainForStorefrontApi: false} : {}),
      country: storefront.i18n.country,
      language: storefront.i18n.language,
    },
    /** Our own banner's state on the embedded default; null when Shopify's consent applies. */
    ownConsent: offline ? {choice: await readConsent(request.headers.get('Cookie'))} : null,
    debug: settings.analyticsDebug,
  };
}

export type AnalyticsSettings = Awaited<ReturnType<typeof loadAnalyticsSettings>>;
