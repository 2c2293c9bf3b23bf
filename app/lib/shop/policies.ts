/**
 * The shop's policies: Shopify publishes each as a field of Shop, at /policies/:handle on the
 * Online Store, and this storefront keeps those URLs.
 */
export const POLICY_FIELDS = {
  'privacy-policy': 'privacyPolicy',
  'refund-policy': 'refundPolicy',
  'shipping-policy': 'shippingPolicy',
  'terms-of-service': 'termsOfService',
  'subscription-policy': 'subscriptionPolicy',
} as const;

type PolicyField = (typeof POLICY_FIELDS)[keyof typeof POLICY_FIELDS];

export const policyPath = (handle: string) => `/policies/${encodeURIComponent(handle)}`;

/** The policies the shop has published, in Shopify's order (a document may ask for only some). */
export function publishedPolicies<T>(shop: Partial<Record<PolicyField, T | null>>): T[] {
  return Object.values(POLICY_FIELDS).flatMap((field) => shop[field] ?? []);
}
