import type {BrowserContext} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';

/**
 * Product cards in an article body do not hold up the page's first byte: when their lookup is slow
 * (a cold cache), the card streams in over a placeholder of its size (docs/decisions/051-cold-ttfb.md).
 * The slow lookup is this test's alone: the emulator delays it only for requests carrying the
 * test's own cookie, which Hydrogen forwards to the Storefront API.
 */
const ARTICLE = '/blogs/news/what-is-dry-needling';
const PROGRAM = '/products/spartan-race-preparation-program';

async function slowCardsFor(context: BrowserContext, emulator: EmulatorClient, baseURL: string) {
  const run = `run-${crypto.randomUUID()}`;
  await context.addCookies([{name: 'trailforge_test_run', value: run, url: baseURL}]);
  const armed = await emulator.request.post('/__emulator/faults', {
    data: {operation: 'InlineProducts', kind: 'latency', delayMs: 2500, headerIncludes: {cookie: run}, times: 1},
  });
  expect(armed.status()).toBe(201);
}

for (const viewport of [
  {width: 390, height: 844},
  {width: 1366, height: 900},
]) {
  test(`a slow product card streams in where its placeholder was, and the text below does not move (${viewport.width} px)`, async ({
    page,
    context,
    emulator,
    baseURL,
  }) => {
    await page.setViewportSize(viewport);
    await slowCardsFor(context, emulator, baseURL!);
    await page.goto(ARTICLE, {waitUntil: 'commit'});

    const placeholder = page.getByTestId('inline-product-placeholder');
    await expect(placeholder).toBeVisible();
    await expect(placeholder).toContainText('View program');
    await expect(page.getByTestId('inline-product-card')).toHaveCount(0);
    // The placeholder and the body after it, measured together while the card is still on its way.
    const before = await placeholder.evaluate((element) => ({
      box: element.getBoundingClientRect().toJSON() as DOMRect,
      nextTop: element.nextElementSibling!.getBoundingClientRect().top + window.scrollY,
    }));
    const placeholderBox = {y: before.box.top + (await page.evaluate(() => window.scrollY)), height: before.box.height};
    const nextTop = before.nextTop;

    const card = page.getByTestId('inline-product-card');
    await expect(card).toBeVisible({timeout: 15_000});
    await expect(placeholder).toHaveCount(0);
    await expect(card.getByTestId('inline-product-price')).toContainText('$');
    const now = await card.evaluate((element) => ({
      top: element.getBoundingClientRect().top + window.scrollY,
      height: element.getBoundingClientRect().height,
      nextTop: element.nextElementSibling!.getBoundingClientRect().top + window.scrollY,
    }));
    expect(Math.abs(now.top - placeholderBox.y)).toBeLessThan(1);
    expect(Math.abs(now.height - placeholderBox.height)).toBeLessThan(1);
    expect(Math.abs(now.nextTop - nextTop)).toBeLessThan(1);
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('a crawler gets the product card in place, with its price, even when its lookup is slow', async ({browser, emulator, baseURL}) => {
    // Crawlers get the whole page at once (entry.server waits for every streamed part), so the
    // card is where the editor put it, not in a part a script would move.
    const context = await browser.newContext({
      javaScriptEnabled: false,
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    });
    await slowCardsFor(context, emulator, baseURL!);
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const card = page.getByTestId('inline-product-card');
    await expect(card).toBeVisible();
    await expect(page.getByTestId('inline-product-placeholder')).toHaveCount(0);
    await expect(card.getByTestId('inline-product-price')).toContainText('$');
    await card.getByRole('link', {name: /view program/i}).click();
    await expect(page).toHaveURL(new RegExp(`${PROGRAM}(\\?|$)`));
    await context.close();
  });

  test('a card that could not come in time still leads to the program from its placeholder', async ({page, context, emulator, baseURL}) => {
    await slowCardsFor(context, emulator, baseURL!);
    await page.goto(ARTICLE);
    const placeholder = page.getByTestId('inline-product-placeholder');
    await expect(placeholder).toBeVisible();
    await placeholder.getByRole('link', {name: /view program/i}).click();
    await expect(page).toHaveURL(new RegExp(`${PROGRAM}(\\?|$)`));
  });
});
