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
  // Both describe the same site: one name and home URL, and `@id`s so the WebSite names its publisher.
  const node = (type: 'Organization' | 'WebSite', fields: JsonLd): JsonLd => ({
    '@context': 'https://schema.org',
    '@type': type,
    '@id': `${url}#${type.toLowerCase()}`,
    name,
    url,
    ...fields,
  });
  const organization = node('Organization', {
    logo: logoUrl || `${origin}/favicon.svg`,
    ...(description ? {description} : {}),
    ...(sameAs.length ? {sameAs} : {}),
  });
  const website = node('WebSite', {
    publisher: {'@id': organization['@id']},
    potentialAction: {
      '@type': 'SearchAction',
      target: {'@type': 'EntryPoint', urlTemplate: `${origin}/search?q={search_term_string}`},
      'query-input': 'required name=search_term_string',
    },
  });
  return [organization, website];
}
