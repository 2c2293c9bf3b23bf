import {safeHref} from '~/lib/links/safe-href';

/**
 * Shopify returns menu URLs as absolute URLs on the shop's domain (or its
 * myshopify / checkout domain). Links to the storefront itself become paths so
 * they stay on this site; anything else (HTTP items) stays absolute.
 * An item whose URL is not a safe link (`javascript:`, `data:`, a path that turns
 * into `//other-host`) gets null: it is shown without a link.
 */
export function menuItemPath(
  url: string | null | undefined,
  ownDomains: Array<string | null | undefined>,
): string | null {
  if (!url) return '/';
  const safe = safeHref(url);
  if (safe === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(safe, 'https://placeholder.invalid');
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
    return safeHref(`${parsed.pathname}${parsed.search}${parsed.hash}` || '/');
  }
  return safeHref(parsed.toString());
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
