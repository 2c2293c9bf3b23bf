import {
  createCartHandler,
  createCustomerAccountClient,
  createStorefrontClient,
  cartGetIdDefault,
  cartSetIdDefault,
} from '@shopify/hydrogen';
import {getStorefrontHeaders} from '@shopify/remix-oxygen';
import {CART_QUERY_FRAGMENT} from '~/graphql/cart/cart-fragment';
import {createAdminClient} from '~/lib/admin/admin-client.server';
import {createCachePolicy} from '~/lib/shop/cache.server';
import {settingsFor} from '~/lib/shop/env.server';
import {AppSession} from '~/lib/shop/session.server';
import {guardStorefront, installUpstreamTimeout} from '~/lib/shop/upstream.server';

/**
 * Everything a loader or action may use: the Storefront client, the cart, the
 * session and the validated settings, and the Customer Account API client when the
 * store has customer accounts set up. That API is fixed to shopify.com, so it is
 * null on the embedded emulator (and /account explains why).
 */
export async function createAppLoadContext(
  request: Request,
  env: Env,
  executionContext: ExecutionContext,
) {
  const isProduction = process.env.NODE_ENV === 'production';
  const settings = settingsFor(env, isProduction);
  // Every Storefront request gets a time budget; the Admin client sets its own (below).
  installUpstreamTimeout(settings.timeouts.storefrontMs);

  const waitUntil = executionContext.waitUntil.bind(executionContext);
  const [cache, session] = await Promise.all([
    caches.open('hydrogen'),
    AppSession.init(request, [settings.sessionSecret], isProduction),
  ]);

  const {storefront: storefrontClient} = createStorefrontClient({
    cache,
    waitUntil,
    storeDomain: settings.storeDomain,
    publicStorefrontToken: settings.publicStorefrontToken,
    privateStorefrontToken: settings.privateStorefrontToken,
    storefrontId: settings.storefrontId,
    storefrontApiVersion: settings.storefrontApiVersion,
    storefrontHeaders: getStorefrontHeaders(request),
    i18n: {language: 'EN', country: 'US'},
  });
  // An outage (5xx, 430, THROTTLED, unreadable answer, reset, timeout) throws a 503 Response.
  const storefront = guardStorefront(storefrontClient);

  const customerAccount = settings.customerAccount
    ? createCustomerAccountClient({
        session,
        request,
        waitUntil,
        customerAccountId: settings.customerAccount.clientId,
        shopId: settings.customerAccount.shopId,
      })
    : null;

  const cart = createCartHandler({
    storefront,
    // A signed-in customer's cart carries their buyer identity into checkout.
    customerAccount: customerAccount ?? undefined,
    getCartId: cartGetIdDefault(request.headers),
    setCartId: cartSetIdDefault({
      httponly: true,
      samesite: 'Lax',
      secure: isProduction,
      path: '/',
      maxage: 60 * 60 * 24 * 14,
    }),
    cartQueryFragment: CART_QUERY_FRAGMENT,
  });

  return {
    env,
    settings,
    cachePolicy: createCachePolicy(settings),
    /** Admin API client for comment and newsletter writes; null when no Admin credentials are set. */
    admin: settings.admin ? createAdminClient(settings.admin, {timeoutMs: settings.timeouts.adminMs}) : null,
    storefront,
    customerAccount,
    cart,
    session,
    waitUntil,
    /**
     * A page load (not a client-side navigation's `.data` request): the HTML it renders goes into
     * the markup, so loaders may leave large HTML out of the page data (app/lib/blog/markup-only.ts).
     */
    documentRequest: !new URL(request.url).pathname.endsWith('.data'),
  };
}

export type AppLoadContext = Awaited<ReturnType<typeof createAppLoadContext>>;
