import {useAnalytics} from '@shopify/hydrogen';
import {useCallback} from 'react';
import type {CustomEventName} from '~/lib/analytics/events';

/**
 * Publish one of our custom events. A no-op before consent: Hydrogen's publish only sends once
 * `canTrack` allows it. (The root wraps every page that can render these components in
 * Analytics.Provider; only the shell's own error page goes without, and it has no forms or promos.)
 */
export function useCustomEvent<Payload extends object>(name: CustomEventName) {
  const {publish} = useAnalytics();
  return useCallback(
    (payload: Payload) => (publish as (event: string, data: unknown) => void)(name, {...payload, url: window.location.href}),
    [publish, name],
  );
}
