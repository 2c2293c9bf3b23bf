import {AnalyticsEvent, useAnalytics} from '@shopify/hydrogen';
import {useEffect} from 'react';
import {CUSTOM_EVENTS} from '~/lib/analytics/events';

export interface RecordedEvent {
  name: string;
  url?: string;
  /** Product ids/titles for product views and adds to cart. */
  products?: Array<{id?: string; title?: string; variantId?: string; quantity?: number}>;
  collection?: string;
  searchTerm?: string;
  cartId?: string;
  /** Our custom events' own payload. */
  custom?: Record<string, unknown>;
}

declare global {
  interface Window {
    __trailforgeAnalytics?: RecordedEvent[];
  }
}

const STANDARD_EVENTS = Object.values(AnalyticsEvent).filter((name) => !name.startsWith('custom_'));

/**
 * With PUBLIC_ANALYTICS_DEBUG set, a subscriber that records every event on
 * `window.__trailforgeAnalytics` (and the console), so a person or a test can see what fired,
 * with what, and when. It only sees events that Analytics.Provider actually publishes.
 */
export function AnalyticsDebugRecorder() {
  const {subscribe} = useAnalytics();
  useEffect(() => {
    window.__trailforgeAnalytics ??= [];
    const record = (name: string) => (payload: unknown) => {
      const entry = summarize(name, payload as Record<string, unknown>);
      window.__trailforgeAnalytics?.push(entry);
      console.info('[analytics]', name, entry);
    };
    for (const name of STANDARD_EVENTS) subscribe(name as never, record(name));
    for (const name of Object.values(CUSTOM_EVENTS)) subscribe(name as never, record(name));
  }, [subscribe]);
  return null;
}

type Line = {quantity?: number; merchandise?: {id?: string; product?: {id?: string; title?: string}}};

function summarize(name: string, payload: Record<string, unknown>): RecordedEvent {
  if (name.startsWith('custom_')) {
    const custom = {...payload};
    delete custom.url;
    return {name, url: payload.url as string | undefined, custom};
  }
  const products = payload.products as RecordedEvent['products'] | undefined;
  const line = payload.currentLine as Line | undefined;
  return {
    name,
    url: payload.url as string | undefined,
    products:
      products?.map(({id, title, variantId, quantity}) => ({id, title, variantId, quantity})) ??
      (line
        ? [{id: line.merchandise?.product?.id, title: line.merchandise?.product?.title, variantId: line.merchandise?.id, quantity: line.quantity}]
        : undefined),
    collection: (payload.collection as {handle?: string} | undefined)?.handle,
    searchTerm: payload.searchTerm as string | undefined,
    cartId: (payload.cart as {id?: string} | undefined)?.id,
  };
}
