import {randomUUID} from 'node:crypto';
import {test, expect} from './fixtures';
import {FLAGSHIP, cartDrawer, openProgram} from './fixtures/shop';
import type {APIResponse} from '@playwright/test';

/**
 * Which answers Oxygen's full-page cache may keep and hand to the next visitor
 * (docs/decisions/050-full-page-cache.md): an anonymous reader's pages are shared; nothing that
 * knows about one visitor (a cart, a session, a dismissed banner, a form post, an account) ever is.
 */
const ARTICLE = '/blogs/news/what-is-dry-needling';

function expectShared(response: APIResponse) {
  const headers = response.headers();
  expect(response.status()).toBe(200);
  expect(headers['cache-control']).toMatch(/^public\b.*\bs-maxage=[1-9]/);
  expect(headers['oxygen-cache-control']).toMatch(/^public\b.*\bmax-age=[1-9]/);
  expect(headers['vary']).toMatch(/\bCookie\b/i);
  expect(headers['set-cookie']).toBeUndefined();
  // Hydrogen's per-visitor analytics ids are not handed to the next reader.
  expect(headers['server-timing'] ?? '').not.toMatch(/\b_y;/);
}

function expectNotShared(response: APIResponse) {
  const headers = response.headers();
  expect(headers['cache-control'] ?? '').not.toMatch(/\bpublic\b/);
  expect(headers['cache-control']).toMatch(/\b(private|no-store)\b/);
  expect(headers['oxygen-cache-control']).toBeUndefined();
}

test.describe('full-page cache headers', () => {
  for (const path of [ARTICLE, '/', '/collections/race-prep', '/blogs/news']) {
    test(`an anonymous reader's ${path} may be kept by the page cache, with no per-visitor token in it`, async ({
      request,
    }) => {
      const response = await request.get(path);
      expectShared(response);
      // Form tokens are fetched after hydration, so the page carries none.
      expect(await response.text()).not.toMatch(/name="form_token" value="[^"]/);
    });
  }

  test('the page data of a client-side visit follows the same rule', async ({request}) => {
    expectShared(await request.get(`${ARTICLE}.data`));
    expectNotShared(await request.get(`${ARTICLE}.data`, {headers: {Cookie: 'cart=c1-anything'}}));
  });

  test('with a cart, pages carry nothing of it, and shared caches still never keep them', async ({page}) => {
    await openProgram(page, FLAGSHIP);
    await page.getByRole('button', {name: 'Add to cart'}).first().click();
    // The drawer opens once the line is in the cart (the count changes at once, before that).
    await expect(cartDrawer(page).getByTestId('cart-line')).toBeVisible();
    const cartId = (await page.context().cookies()).find((cookie) => cookie.name === 'cart')?.value;
    expect(cartId).toBeTruthy();
    const {cart} = (await (await page.request.get('/api/cart')).json()) as {cart: {checkoutUrl: string}};
    for (const path of [ARTICLE, '/', FLAGSHIP]) {
      const response = await page.request.get(path);
      expectNotShared(response);
      const html = await response.text();
      expect(html).not.toContain(cartId!);
      expect(html).not.toContain(cart.checkoutUrl);
      expect(html).not.toMatch(/checkoutUrl|gid:\/\/shopify\/Cart\//);
    }
  });

  test('the cart the browser asks for is never shared', async ({page, request}) => {
    expectNotShared(await request.get('/api/cart'));
    await openProgram(page, FLAGSHIP);
    await page.getByRole('button', {name: 'Add to cart'}).first().click();
    await expect(cartDrawer(page).getByTestId('cart-line')).toBeVisible();
    const answer = await page.request.get('/api/cart');
    expectNotShared(answer);
    expect(((await answer.json()) as {cart: {totalQuantity: number}}).cart.totalQuantity).toBe(1);
  });

  test('a signed-in session is never shared', async ({request}) => {
    expectNotShared(await request.get(ARTICLE, {headers: {Cookie: 'session=signed-session-value'}}));
  });

  test('after dismissing a banner, pages are not shared', async ({request}) => {
    const dismissed = await request.post('/announcements/dismiss', {
      form: {key: 'spring-sale:abc123', mode: 'fetch'},
    });
    expectNotShared(dismissed);
    const cookie = dismissed.headers()['set-cookie'];
    expect(cookie).toMatch(/^tf_dismissed_promos=/);
    expectNotShared(await request.get(ARTICLE, {headers: {Cookie: cookie.split(';')[0]}}));
  });

  test('a comment post, and the pages after it, are not shared', async ({page}) => {
    await page.setExtraHTTPHeaders({'oxygen-buyer-ip': `e2e-page-cache-${randomUUID()}`});
    await page.goto(ARTICLE);
    const form = page.getByRole('region', {name: 'Leave a comment'});
    await form.getByLabel('Name').fill('Cache Reader');
    await form.getByLabel('Email').fill(`cache-${randomUUID().slice(0, 8)}@example.com`);
    await form.getByLabel('Comment').fill(`Does the page cache keep this? ${randomUUID()}`);
    const posted = page.waitForResponse((response) => response.request().method() === 'POST');
    await form.getByRole('button', {name: 'Post comment'}).click();
    const answer = await posted;
    expect(answer.headers()['cache-control'] ?? '').not.toMatch(/\bpublic\b/);
    await expect(page.getByTestId('comment-form-status')).toContainText('once our team has read it');
    expectNotShared(await page.request.get(ARTICLE));
  });

  test('the cart and account pages are never shared, even for an anonymous reader', async ({request}) => {
    expectNotShared(await request.get('/cart'));
    expectNotShared(await request.get('/account'));
  });
});
