import type {JsonLd} from '~/lib/seo/json-ld';

/**
 * The home page's schema.org data: who sells here (Organization) and how to search the site
 * (WebSite with a SearchAction), so search engines can show the brand and a sitelinks search box.
 */
export function homeStructuredData({
  origin,
  name,
  description,
  logoUrl,
  sameAs = [],
}: {
  origin: string;
  name: string;
  description?: string | null;
  /** The shop's brand logo; our own mark when the shop has none. */
  logoUrl?: string | null;
  /** The brand's profiles elsewhere (social accounts), when known. */
  sameAs?: string[];
}): JsonLd[] {
  const url = `${origin}/`;
  const organization: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${url}#organization`,
    name,
    url,
    logo: logoUrl || `${origin}/favicon.svg`,
    ...(description ? {description} : {}),
    ...(sameAs.length ? {sameAs} : {}),
  };
  const website: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${url}#website`,
    name,
    url,
    publisher: {'@id': `${url}#organization`},
    potentialAction: {
      '@type': 'SearchAction',
      target: {'@type': 'EntryPoint', urlTemplate: `${origin}/search?q={search_term_string}`},
      'query-input': 'required name=search_term_string',
    },
  };
  return [organization, website];
}
