/// <reference types="vite/client" />
/// <reference types="@shopify/remix-oxygen" />
/// <reference types="@shopify/oxygen-workers-types" />


import type {HydrogenEnv} from '@shopify/hydrogen';
import type {AppLoadContext as TrailforgeContext} from '~/lib/context.server';

declare global {
  /** Variables Oxygen (or MiniOxygen, from .env) passes to the worker. */
  interface Env extends HydrogenEnv {
    SESSION_SECRET: string;
    PUBLIC_STOREFRONT_API_VERSION?: string;
    PUBLIC_CHECKOUT_DOMAIN?: string;
  }
}

declare module '@shopify/remix-oxygen' {
  interface AppLoadContext extends TrailforgeContext {}
}
