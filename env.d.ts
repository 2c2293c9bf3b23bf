/// <reference types="vite/client" />
/// <reference types="@shopify/remix-oxygen" />
/// <reference types="@shopify/oxygen-workers-types" />


import type {HydrogenEnv} from '@shopify/hydrogen';
import type {AppLoadContext as TrailforgeContext} from '~/lib/shop/context.server';

declare global {
  /** Variables Oxygen (or MiniOxygen, from .env) passes to the worker. */
  interface Env extends HydrogenEnv {
    SESSION_SECRET: string;
    PUBLIC_STOREFRONT_API_VERSION?: string;
    PUBLIC_CHECKOUT_DOMAIN?: string;
    SHOPIFY_ADMIN_CLIENT_ID?: string;
    SHOPIFY_ADMIN_CLIENT_SECRET?: string;
    SHOPIFY_ADMIN_API_VERSION?: string;
    /** The myshopify domain for Admin API calls, when PUBLIC_STORE_DOMAIN is a custom domain. */
    SHOPIFY_ADMIN_DOMAIN?: string;
    /** Newsletter opt-in: `single` (default) subscribes at once; `confirmed` makes Shopify email a confirmation link. */
    NEWSLETTER_OPT_IN?: string;
    /** Minimum time a public form must be on screen before it is sent; honoured on the emulator only. */
    FORM_MIN_FILL_MS?: string;
    /** Cloudflare Turnstile on the comment and newsletter forms: both keys, or neither (off). */
    TURNSTILE_SITE_KEY?: string;
    TURNSTILE_SECRET_KEY?: string;
    /** Where the Turnstile answer is verified (default Cloudflare's siteverify; tests use the emulator's stand-in). */
    TURNSTILE_VERIFY_URL?: string;
    STOREFRONT_TIMEOUT_MS?: string;
    /** `live` or `none`: cache Storefront calls as a real store does (default on a real store), or not (default on the emulator). */
    STOREFRONT_CACHE?: string;
    ADMIN_TIMEOUT_MS?: string;
    /** `1` records every analytics event on the page, for tests and debugging. */
    PUBLIC_ANALYTICS_DEBUG?: string;
  }
}

// Single Fetch (v3_singleFetch in vite.config.ts): loaders and actions return plain data, typed as such.
declare module '@remix-run/server-runtime' {
  interface Future {
    v3_singleFetch: true;
  }
}

declare module '@shopify/remix-oxygen' {
  interface AppLoadContext extends TrailforgeContext {}
}
