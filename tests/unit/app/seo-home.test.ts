import {describe, expect, it} from 'vitest';
import {homeStructuredData} from '~/lib/seo/home-structured-data';

describe('homeStructuredData', () => {
  it('describes the organization and a site search that search engines can fill in', () => {
    const [organization, website] = homeStructuredData({
      origin: 'https://shop.test',
      name: 'Trailforge Athletics',
      logoUrl: 'https://cdn.test/logo.png',
      sameAs: ['https://instagram.com/trailforge'],
    });
    expect(organization).toMatchObject({
      '@type': 'Organization',
      name: 'Trailforge Athletics',
      url: 'https://shop.test/',
      logo: 'https://cdn.test/logo.png',
      sameAs: ['https://instagram.com/trailforge'],
    });
    expect(website).toMatchObject({
      '@type': 'WebSite',
      url: 'https://shop.test/',
      potentialAction: {
        '@type': 'SearchAction',
        target: {urlTemplate: 'https://shop.test/search?q={search_term_string}'},
        'query-input': 'required name=search_term_string',
      },
    });
  });

  it('uses our own mark without a brand logo, and leaves out unknown profiles', () => {
    const [organization] = homeStructuredData({origin: 'https://shop.test', name: 'Trailforge', logoUrl: null});
    expect(organization.logo).toBe('https://shop.test/favicon.svg');
    expect(organization).not.toHaveProperty('sameAs');
  });
});
