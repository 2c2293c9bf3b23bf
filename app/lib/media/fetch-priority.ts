/**
 * `fetchpriority="high"` for the likely LCP image. React 18 does not know the camel-cased
 * `fetchPriority` prop (it warns and drops it), so it is passed as a plain lower-case attribute.
 */
export const HIGH_FETCH_PRIORITY = {fetchpriority: 'high'} as Record<string, string>;
