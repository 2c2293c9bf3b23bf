import {test, expect} from './fixtures';

/** What search engines and old links see. */
test('every sitemap URL answers 200, and articles sit at their real blog URL', async ({request}) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    match[1].replace(/&amp;/g, '&'),
  );
  const articles = urls.filter((url) => /\/blogs\/news\/[^/]+$/.test(url));
  expect(articles.length).toBeGreaterThanOrEqual(10);
  expect(urls.some((url) => url.includes('/articles/'))).toBe(false);

  for (const url of urls) {
    const page = await request.get(new URL(url).pathname, {maxRedirects: 0});
    expect(page.status(), url).toBe(200);
  }
});

test('a URL redirect defined in Shopify sends old links to the program', async ({request}) => {
  const response = await request.get('/products/spartan-prep', {maxRedirects: 0});
  expect(response.status()).toBe(301);
  expect(response.headers().location).toMatch(/\/products\/spartan-race-preparation-program$/);
});
