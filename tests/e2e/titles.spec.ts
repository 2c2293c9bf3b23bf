/**
 * Every page names itself twice: a <title> for the browser tab, history and search results, and
 * exactly one <h1> for the page itself (screen-reader users jump to it), the 404 included. Checked
 * both in the HTML as served (what crawlers and no-JavaScript visitors read) and after hydration.
 */
import {test, expect} from './fixtures';
import {PAGE_ROUTES} from './fixtures/routes';

for (const route of PAGE_ROUTES) {
  test(`${route.name} (${route.path}) has a title and one h1`, async ({browser, page, pageErrors}) => {
    if (route.status !== 200) pageErrors.allowDocumentStatus(route.status);

    // As served, before any script runs: what crawlers and no-JavaScript visitors read.
    const served = await browser.newContext({javaScriptEnabled: false});
    try {
      const raw = await served.newPage();
      expect((await raw.goto(route.path))?.status()).toBe(route.status);
      expect(await raw.title(), `the served <title> of ${route.path}`).toMatch(/\S/);
      await expect(raw.locator('h1'), `h1 elements in the served ${route.path}`).toHaveCount(1);
    } finally {
      await served.close();
    }

    // After hydration and the deferred sections have streamed in.
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status);
    await page.waitForLoadState('networkidle');
    const title = await page.title();
    expect(title, `the <title> of ${route.path}`).toMatch(/\S/);
    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    await expect(h1).toBeVisible();
    await expect(h1).not.toBeEmpty();
    if (route.status === 404) {
      expect(title).toMatch(/not found/i);
      await expect(h1).toHaveText(/not found/i);
    }
  });
}
