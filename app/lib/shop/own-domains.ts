/**
 * The addresses that are this storefront: the shop's primary domain (what editors paste into
 * links), the domain this request came in on, and the configured store and checkout domains. A
 * link to any of them is an internal link (a path on this site), not an external one.
 */
export function ownDomains({
  primaryDomainUrl,
  request,
  settings,
}: {
  primaryDomainUrl?: string | null;
  request?: Request;
  settings?: {storeDomain?: string | null; checkoutDomain?: string | null};
}): string[] {
  const domains = [
    primaryDomainUrl,
    request ? new URL(request.url).origin : null,
    settings?.storeDomain,
    settings?.checkoutDomain,
  ];
  return [...new Set(domains.filter((domain): domain is string => Boolean(domain)))];
}
