import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useRouteError,
  useRouteLoaderData,
  type ClientLoaderFunctionArgs,
  type MetaFunction,
  type ShouldRevalidateFunction,
} from '@remix-run/react';
import type {LoaderFunctionArgs, LinksFunction} from '@shopify/remix-oxygen';
import {useNonce} from '@shopify/hydrogen';
import type {ReactNode} from 'react';
import appStyles from '~/styles/app.css?url';
import {SiteHeader} from '~/components/layout/SiteHeader';
import {SiteFooter} from '~/components/layout/SiteFooter';
import {NOT_FOUND_HEADING, NotFound} from '~/components/layout/NotFound';
import {SITE_NAME} from '~/lib/seo/page-meta';
import {HEADER_QUERY, FOOTER_QUERY} from '~/graphql/layout/layout-queries';
import {AnnouncementBar} from '~/components/marketing/AnnouncementBar';
import {announcementsFor, loadPromoBannerNodes} from '~/lib/marketing/promos.server';
import {ownDomains as ownDomainsOf} from '~/lib/shop/own-domains';
import {loadNewsletterSettings, loadSocialProof} from '~/lib/newsletter/newsletter.server';
import {CartDrawer} from '~/components/cart/CartDrawer';
import {loadAnalyticsSettings} from '~/lib/analytics/analytics.server';
import {StoreAnalytics} from '~/components/analytics/StoreAnalytics';
import {describeFailure} from '~/lib/shop/upstream.server';
import {fetchVisitorCart, type VisitorCart} from '~/lib/cart/visitor-cart';

export type RootLoader = typeof loader;

/** Whether a reload of the shell (and with it the cart) has started and not yet finished; see clientLoader. */
let shellReloadOwed = false;

/** The shell only reloads after a form submission (the cart, a banner, a consent choice) or an explicit revalidate. */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  currentUrl,
  nextUrl,
}) => {
  if (formMethod && formMethod !== 'GET') return true;
  if (currentUrl.toString() === nextUrl.toString()) return true;
  // Root data does not depend on the URL: skip it on plain navigations, unless the reload after a
  // post is still on its way. The navigation cuts that reload short when it lands, so it reloads
  // the shell itself: an add followed at once by a click must not fall back to the old count.
  return shellReloadOwed;
};

export const links: LinksFunction = () => [
  {rel: 'stylesheet', href: appStyles},
  {rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg'},
];

export async function loader({request, context}: LoaderFunctionArgs) {
  const {storefront, cachePolicy, settings} = context;

  // Critical, in parallel: the header and the footer. The footer is below the fold, but it
  // carries the newsletter form and navigation that must work without JavaScript, and streamed
  // (deferred) content only shows once scripts run. A footer failure renders no footer links.
  // Marketing rides along in the same wait: the promo banners for the announcement bar (a
  // failure only hides the bar), the newsletter form's settings and its subscriber count.
  const [header, footer, promoBanners, newsletter, newsletterProof] = await Promise.all([
    storefront.query(HEADER_QUERY, {
      cache: cachePolicy.content(),
      variables: {headerMenuHandle: 'main-menu'},
    }),
    storefront
      .query(FOOTER_QUERY, {
        cache: cachePolicy.content(),
        variables: {footerMenuHandle: 'footer'},
      })
      .catch((error: unknown) => {
        console.warn('Footer menu failed to load:', describeFailure(error));
        return null;
      }),
    loadPromoBannerNodes(context),
    loadNewsletterSettings(context),
    loadSocialProof(context),
  ]);
  const ownDomains = ownDomainsOf({primaryDomainUrl: header.shop.primaryDomain.url, request, settings});
  // Both read this visitor's cookies (Remix createCookie parses asynchronously).
  const [announcements, analytics] = await Promise.all([
    announcementsFor(request, promoBanners, ownDomains),
    loadAnalyticsSettings(request, context),
  ]);

  return {
    header,
    footer,
    ownDomains,
    // Running announcements the reader has not dismissed: the dismissal cookie is read here, so
    // a dismissed banner is never rendered at all.
    announcements,
    newsletter,
    newsletterProof,
    // Turnstile's public site key when the store turned the check on (the same for everyone).
    captchaSiteKey: settings.turnstile?.siteKey ?? null,
    // Customer accounts exist (a real store with them set up); who is signed in is asked for by
    // the browser, never rendered into this cacheable page.
    accounts: Boolean(context.customerAccount),
    // Analytics.Provider's settings; the shop's analytics data is deferred.
    analytics,
    // Where product and article images come from (Shopify's CDN, or the emulator offline): the
    // head preconnects to it, so the likely LCP image does not wait for its own connection.
    imageOrigin: settings.usesEmulator ? new URL(settings.storeDomain).origin : 'https://cdn.shopify.com',
  };
}

/**
 * The shell's reload (after a form post) asks for the visitor's cart beside it: no page carries
 * the cart, so its HTML is the same for everyone and can be cached. Coming through the router, the
 * new cart lands in the same render that ends a cart form's optimistic count, so the count never
 * jumps back or counts an add twice. The first ask, once the page has hydrated, is
 * useVisitorCart's (docs/decisions/054-cart-after-hydration.md).
 */
export async function clientLoader({request, serverLoader}: ClientLoaderFunctionArgs) {
  shellReloadOwed = true;
  const [shell, cart] = await Promise.all([serverLoader<typeof loader>(), fetchVisitorCart(request.signal)]);
  // Only a reload that finished pays the debt (an aborted one leaves it for the next navigation).
  if (!request.signal.aborted) shellReloadOwed = false;
  const data: typeof shell & {cart?: VisitorCart} = {...shell, cart};
  return data;
}

export function Layout({children}: {children?: ReactNode}) {
  const nonce = useNonce();
  // The server's data has no `cart`; the shell's reloads in the browser do (see useVisitorCart).
  const data = useRouteLoaderData<typeof clientLoader>('root');
  // The page itself; wrapped in the analytics provider whenever the shell's data loaded.
  const page = (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {data?.announcements.length ? <AnnouncementBar banners={data.announcements} /> : null}
      {data ? (
        <SiteHeader
          shopName={data.header.shop.name}
          menu={data.header.menu}
          ownDomains={data.ownDomains}
          cart={data.cart}
          accounts={data.accounts}
        />
      ) : null}
      <main id="main" className="flex-1">
        {children}
      </main>
      {data ? (
        <SiteFooter
          shopName={data.header.shop.name}
          description={data.header.shop.description}
          footer={data.footer}
          ownDomains={data.ownDomains}
        />
      ) : null}
      {data ? <CartDrawer cart={data.cart} /> : null}
    </>
  );

  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="theme-color" content="#1f3d2b" />
        {data ? <link rel="preconnect" href={data.imageOrigin} /> : null}
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col bg-stone-50 text-charcoal-900 antialiased">
        {data ? (
          <StoreAnalytics settings={data.analytics} cart={data.cart}>
            {page}
          </StoreAnalytics>
        ) : (
          page
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Error pages' headings, which are also their titles. */
const ERROR_HEADINGS = {
  unavailable: 'The trail is busy right now',
  failed: 'Something went wrong on our side',
};

/**
 * The title of the error pages (the 404 included), whose route's own meta never runs, and of any
 * route without a meta of its own. Error pages are never indexed.
 */
export const meta: MetaFunction<typeof loader> = ({error}) => {
  if (!error) return [{title: SITE_NAME}];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const heading =
    status === 404 ? NOT_FOUND_HEADING : status === 503 ? ERROR_HEADINGS.unavailable : ERROR_HEADINGS.failed;
  return [{title: `${heading} | ${SITE_NAME}`}, {name: 'robots', content: 'noindex'}];
};

export function ErrorBoundary() {
  const error = useRouteError();
  const location = useLocation();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound />;
  }

  const status = isRouteErrorResponse(error) ? error.status : 500;
  // 503: Shopify did not answer in time (or at all); the worker adds Retry-After.
  const unavailable = status === 503;
  return (
    <section className="container-page py-20 text-center">
      <p className="eyebrow">Error {status}</p>
      <h1 className="mt-3 text-h1">
        {unavailable ? ERROR_HEADINGS.unavailable : ERROR_HEADINGS.failed}
      </h1>
      <p className="mx-auto mt-4 max-w-prose text-charcoal-600">
        {unavailable
          ? 'Our store could not be reached just now. Please try again in a minute — your cart is safe.'
          : 'The page could not be loaded just now. Please try again in a moment — your cart is safe.'}
      </p>
      {unavailable ? (
        <a href={`${location.pathname}${location.search}`} className="btn-secondary mt-8 mr-3">
          Try again
        </a>
      ) : null}
      <a href="/" className="btn-primary mt-8">
        Back to the home page
      </a>
    </section>
  );
}
