import {test, expect} from './fixtures';

/** What search engines and old links see. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, '&'));

test('every sitemap URL answers 200, and articles sit at their real blog URL', async ({request}) => {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  const indexXml = await index.text();
  expect(indexXml).toContain('<sitemapindex');
  const sitemaps = locs(indexXml);
  // One child sitemap per listed type (the seed has fewer than 250 of each), plus our own static one.
  for (const type of ['products', 'collections', 'pages', 'blogs', 'articles', 'static']) {
    expect(sitemaps.some((url) => new URL(url).pathname === `/sitemap/${type}/1.xml`), type).toBe(true);
  }

  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(new URL(sitemap).pathname);
    expect(response.status(), sitemap).toBe(200);
    const xml = await response.text();
    expect(xml, sitemap).toContain('<urlset');
    urls.push(...locs(xml));
  }

  const articles = urls.filter((url) => /\/blogs\/news\/[^/]+$/.test(url));
  expect(articles.length).toBeGreaterThanOrEqual(10);
  expect(urls.some((url) => url.includes('/articles/'))).toBe(false);
  expect(urls.map((url) => new URL(url).pathname)).toEqual(
    expect.arrayContaining(['/', '/products/spartan-race-preparation-program', '/blogs/news', '/policies/privacy-policy']),
  );

  for (const url of new Set(urls)) {
    const page = await request.get(new URL(url).pathname, {maxRedirects: 0});
    expect(page.status(), url).toBe(200);
  }
});

test('a sitemap URL that lists nothing real is a 404, never an error', async ({request}) => {
  for (const path of ['/sitemap/metaObjects/1.xml', '/sitemap/products/0.xml', '/sitemap/products/abc.xml', '/sitemap/nothing/1.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test('a URL redirect defined in Shopify sends old links to the program', async ({request}) => {
  const response = await request.get('/products/spartan-prep', {maxRedirects: 0});
  expect(response.status()).toBe(301);
  expect(response.headers().location).toMatch(/\/products\/spartan-race-preparation-program$/);
});

test('the home page tells search engines who we are and how to search the store', async ({page, request}) => {
  await page.goto('/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const items = blocks.flatMap((text) => [JSON.parse(text)].flat()) as Array<Record<string, unknown>>;
  const organization = items.find((item) => item['@type'] === 'Organization');
  const website = items.find((item) => item['@type'] === 'WebSite') as
    | {potentialAction: {'@type': string; target: {urlTemplate: string}}}
    | undefined;

  expect(organization).toMatchObject({name: 'Trailforge Athletics', url: expect.stringMatching(/\/$/)});
  expect(organization?.logo).toEqual(expect.stringMatching(/^https?:\/\//));
  expect(website?.potentialAction['@type']).toBe('SearchAction');
  const template = website!.potentialAction.target.urlTemplate;
  expect(template).toMatch(/\/search\?q=\{search_term_string\}$/);

  // The template is a working search URL.
  const search = await request.get(new URL(template.replace('{search_term_string}', 'spartan')).pathname + '?q=spartan');
  expect(search.status()).toBe(200);
});
