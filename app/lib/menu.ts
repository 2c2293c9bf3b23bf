/**
 * Shopify returns menu URLs as absolute URLs on the shop's domain (or its
 * myshopify / checkout domain). Links to the storefront itself become paths so
 * they stay on this site; anything else (HTTP items) stays absolute.
 */
export function menuItemPath(
  url: string | null | undefined,
  ownDomains: Array<string | null | undefined>,
): string {
  if (!url) return '/';
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://placeholder.invalid');
  } catch {
    return '/';
  }
  const hosts = new Set(
    ownDomains
      .filter((domain): domain is string => Boolean(domain))
      .map((domain) => hostOf(domain)),
  );
  hosts.add('placeholder.invalid');
  if (hosts.has(parsed.host) || parsed.host.endsWith('.myshopify.com')) {
    return `${parsed.pathname}${parsed.search}${parsed.hash}` || '/';
  }
  return parsed.toString();
}

export function isExternalUrl(href: string) {
  return /^https?:\/\//i.test(href);
}

function hostOf(domain: string) {
  try {
    return new URL(domain.includes('://') ? domain : `https://${domain}`).host;
  } catch {
    return domain;
  }
}
