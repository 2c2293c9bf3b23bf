/**
 * Smoke test: every public route renders for a visitor — HTTP 200, its main heading on screen and no console
 * or page errors (the `page` fixture fails the test on those) — and unknown handles get the branded 404 page.
 */
import {test, expect} from './fixtures';

interface RouteCase {
  path: string;
  /** What the visitor should see as the page's main heading; any non-empty h1 when omitted. */
  heading?: RegExp;
}

const pages: RouteCase[] = [
  {path: '/'},
  {path: '/products/spartan-race-preparation-program', heading: /spartan race prep/i},
  {path: '/collections/all'},
  {path: '/collections/race-prep'},
  {path: '/blogs'},
  {path: '/blogs/news', heading: /training & recovery journal/i},
  {path: '/blogs/news/what-is-dry-needling', heading: /dry needling/i},
  {path: '/pages/about', heading: /about/i},
  {path: '/pages/contact', heading: /contact/i},
  {path: '/policies', heading: /polic/i},
  {path: '/policies/privacy-policy', heading: /privacy policy/i},
  {path: '/cart', heading: /cart/i},
];

test.describe('every page renders', () => {
  for (const {path, heading} of pages) {
    test(`${path} renders with status 200 and a visible heading`, async ({page}) => {
      const response = await page.goto(path);
      expect(response, `no response for ${path}`).not.toBeNull();
      expect(response!.status(), `HTTP status of ${path}`).toBe(200);

      const h1 = page.locator('h1').first();
      await expect(h1).toBeVisible();
      await expect(h1).not.toBeEmpty();
      if (heading) await expect(h1).toHaveText(heading);
      await expect(page).toHaveTitle(/\S/);

      // Let hydration and any follow-up requests finish, so their console errors are caught too.
      await page.waitForLoadState('networkidle');
    });
  }
});

test.describe('crawler files', () => {
  test('/robots.txt is served as text and points at the sitemap', async ({request}) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/plain');
    const body = await response.text();
    expect(body).toMatch(/^User-agent:/im);
    expect(body).toMatch(/^Sitemap:\s*\S+\/sitemap\.xml/im);
    // Private pages and the endless sort/filter combinations of collections stay out of the index.
    for (const rule of ['/cart', '/account', '/discount/', '/collections/*sort=', '/collections/*filter.']) {
      expect(body).toContain(`Disallow: ${rule}\n`);
    }
  });

  test('/sitemap.xml is served as XML and lists sitemaps or URLs', async ({request}) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const body = await response.text();
    expect(body).toMatch(/<(sitemapindex|urlset)[\s>]/);
    expect(body).toMatch(/<loc>[^<]+<\/loc>/);
  });
});

test.describe('unknown handles show the branded not-found page', () => {
  const missing = [
    '/products/no-such-program-zzz',
    '/collections/no-such-collection-zzz',
    '/pages/no-such-page-zzz',
    '/blogs/no-such-blog-zzz',
    '/blogs/news/no-such-article-zzz',
    '/this-route-does-not-exist-zzz',
  ];
  for (const path of missing) {
    test(`${path} answers 404 with the not-found page`, async ({page, pageErrors}) => {
      // Chromium logs the document's own 404 status as a console error; only that one is expected here.
      pageErrors.allowDocumentStatus(404);
      const response = await page.goto(path);
      expect(response, `no response for ${path}`).not.toBeNull();
      expect(response!.status(), `HTTP status of ${path}`).toBe(404);
      await expect(page.getByRole('heading', {name: /not found/i}).first()).toBeVisible();
      // Still the storefront's own layout, not a bare error: the site header links home.
      await expect(page.getByRole('link', {name: /trailforge/i}).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    });
  }
});
