/**
 * Marketing's view of a shopper: on the embedded default, nothing is measured until the shopper
 * accepts in our consent banner; after that each page view, product view, add to cart, newsletter
 * sign-up and promo click is published once, with what marketing needs and nothing personal.
 * Nothing ever leaves localhost. The test stack records events on window.__trailforgeAnalytics
 * (PUBLIC_ANALYTICS_DEBUG, see playwright.config.ts).
 */
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';

const PROGRAM = '/products/grip-and-hang-strength-block';
const ARTICLE = '/blogs/news/what-is-dry-needling';

type Recorded = {
  name: string;
  url?: string;
  products?: Array<{title?: string; quantity?: number}>;
  collection?: string;
  searchTerm?: string;
  custom?: Record<string, unknown>;
};

const events = (page: Page) => page.evaluate(() => (window as unknown as {__trailforgeAnalytics?: Recorded[]}).__trailforgeAnalytics ?? []);
const named = async (page: Page, name: string) => (await events(page)).filter((event) => event.name === name);

/** Every request the browser makes to a host other than localhost. */
function watchOutbound(page: Page): string[] {
  const outbound: string[] = [];
  page.context().on('request', (request) => {
    const {protocol, hostname} = new URL(request.url());
    if (protocol === 'data:' || protocol === 'blob:') return;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(hostname)) outbound.push(request.url());
  });
  return outbound;
}

/** A successful add opens the cart drawer (a modal): the shopper closes it to go on browsing. */
async function closeCartDrawer(page: Page) {
  const drawer = page.getByRole('dialog', {name: 'Your cart'});
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

/** Answer the banner and wait until the choice is recorded (the next page load reads it). */
async function choose(page: Page, button: 'Accept' | 'Decline') {
  const recorded = page.waitForResponse((response) => response.url().includes('/consent') && response.request().method() === 'POST');
  await page.getByRole('region', {name: /your privacy/i}).getByRole('button', {name: button}).click();
  expect((await recorded).ok()).toBe(true);
}

async function openHydrated(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

test.beforeEach(async ({page}) => {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  // Its own address, so the newsletter's per-address rate limit never mixes tests up.
  await page.setExtraHTTPHeaders({'oxygen-buyer-ip': `198.51.${octet()}.${octet()}`});
});

test('nothing is measured before consent; after Accept each event fires once with what marketing needs', async ({page}) => {
  const outbound = watchOutbound(page);

  // Before consent: the banner asks, and browsing a program page and adding it to the cart records nothing.
  await openHydrated(page, PROGRAM);
  const banner = page.getByRole('region', {name: /your privacy/i});
  await expect(banner).toBeVisible();
  await page.getByRole('button', {name: 'Add to cart'}).click();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await closeCartDrawer(page);
  await page.waitForLoadState('networkidle');
  expect(await events(page)).toEqual([]);

  // Accept: the page the shopper is on counts, once, as a page view and a product view.
  await choose(page, 'Accept');
  await expect(banner).toBeHidden();
  await expect.poll(async () => (await named(page, 'product_viewed')).length).toBe(1);
  const [productView] = await named(page, 'product_viewed');
  expect(productView.products?.[0]?.title).toBe('Grip & Hang Strength Block');
  expect(productView.url).toContain(PROGRAM);
  expect(await named(page, 'page_viewed')).toHaveLength(1);

  // Add to cart, now with consent: one product_added_to_cart for the line that grew.
  await page.getByRole('button', {name: 'Add to cart'}).click();
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  await closeCartDrawer(page);
  await expect.poll(async () => (await named(page, 'product_added_to_cart')).length).toBe(1);
  const [added] = await named(page, 'product_added_to_cart');
  expect(added.products?.[0]).toMatchObject({title: 'Grip & Hang Strength Block', quantity: 2});

  // The drawer that add opened was one cart view; opening it from the header is one more.
  await expect.poll(async () => (await named(page, 'cart_viewed')).length).toBe(1);
  await page.getByTestId('cart-link').click();
  await closeCartDrawer(page);
  await expect.poll(async () => (await named(page, 'cart_viewed')).length).toBe(2);

  // A client-side navigation to an article is one more page view.
  await page.getByRole('banner').getByRole('link', {name: 'Journal'}).first().click();
  await expect(page).toHaveURL(/\/blogs\/news$/);
  await expect.poll(async () => (await named(page, 'page_viewed')).length).toBe(2);

  // A collection and a search: one view each, naming the collection and the words searched.
  await openHydrated(page, '/collections/race-prep');
  await expect.poll(async () => (await named(page, 'collection_viewed')).map((event) => event.collection)).toEqual(['race-prep']);
  await openHydrated(page, '/search?q=spartan');
  await expect.poll(async () => (await named(page, 'search_viewed')).map((event) => event.searchTerm)).toEqual(['spartan']);

  // A newsletter sign-up after an article: where it happened, never who.
  await openHydrated(page, ARTICLE);
  const email = `analytics.${Date.now().toString(36)}@example.com`;
  const form = page.getByTestId('newsletter-article');
  await form.getByLabel('Email address').fill(email);
  await form.getByRole('button', {name: 'Subscribe'}).click();
  await expect(form.getByTestId('newsletter-status')).toHaveText(/check your inbox/i);
  await expect.poll(async () => (await named(page, 'custom_newsletter_signup')).length).toBe(1);
  const [signup] = await named(page, 'custom_newsletter_signup');
  expect(signup.custom).toMatchObject({placement: 'article', path: ARTICLE});
  expect(JSON.stringify(await events(page))).not.toContain(email);

  // The article's promo: which banner, where, and on which article.
  const promo = page.getByRole('complementary', {name: 'Promotion'});
  const bannerHandle = await promo.getAttribute('data-handle');
  await promo.getByRole('link', {name: /see the program/i}).click();
  await expect(page).toHaveURL(/\/products\/spartan-race-preparation-program/);
  const clicks = await named(page, 'custom_promo_click');
  expect(clicks).toHaveLength(1);
  expect(clicks[0].custom).toMatchObject({
    banner: bannerHandle,
    placement: 'article',
    articleHandle: 'what-is-dry-needling',
    href: expect.stringContaining('/products/spartan-race-preparation-program'),
  });

  expect(outbound).toEqual([]);
});

test('Decline is remembered and nothing is measured, across pages and reloads', async ({page}) => {
  const outbound = watchOutbound(page);
  await openHydrated(page, '/');
  const banner = page.getByRole('region', {name: /your privacy/i});
  await choose(page, 'Decline');
  await expect(banner).toBeHidden();

  await openHydrated(page, PROGRAM);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  // The choice came back from the server: no banner, even before scripts run.
  await expect(page.getByRole('region', {name: /your privacy/i})).toHaveCount(0);
  await page.getByRole('button', {name: 'Add to cart'}).click();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.waitForLoadState('networkidle');
  expect(await events(page)).toEqual([]);
  expect(outbound).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the banner’s buttons still record the choice and come back to the page', async ({page}) => {
    await page.goto(ARTICLE);
    await page.getByRole('region', {name: /your privacy/i}).getByRole('button', {name: 'Decline'}).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(/dry needling/i);
    await expect(page.getByRole('region', {name: /your privacy/i})).toHaveCount(0);
  });
});
