/**
 * A shopper looks for their account on the embedded default, where customer accounts (Shopify's
 * Customer Account API, on shopify.com only) cannot exist: every /account address explains that
 * friendly, never an error, and the header offers "Sign in" without knowing anyone.
 */
import {test, expect} from './fixtures';

const ACCOUNT_URLS = [
  '/account',
  '/account/orders',
  '/account/orders/123456',
  '/account/profile',
  '/account/login',
  '/account/authorize',
  '/account/anything-else',
];

test('every account address is one friendly page that leads back to the store', async ({page}) => {
  for (const path of ACCOUNT_URLS) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['cache-control'], path).toContain('no-store');
    await expect(page.getByRole('heading', {level: 1}), path).toHaveText(/accounts open once the store is connected/i);
  }
  await page.getByTestId('accounts-need-store').getByRole('link', {name: 'Browse programs'}).click();
  await expect(page).toHaveURL(/\/collections\/all$/);
});

test('the header’s account link says Sign in and opens the notice', async ({page}) => {
  await page.goto('/');
  const link = page.getByRole('banner').getByTestId('account-link-bar');
  await expect(link).toContainText('Sign in');
  await link.click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(/accounts open once the store is connected/i);
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('the account link sits in the menu, and the header still fits', async ({page}) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    // Everything in the header bar stays on screen (the cart is the last item).
    const cart = page.getByRole('banner').getByTestId('cart-link');
    await expect(cart).toBeInViewport({ratio: 1});
    await page.locator('summary[aria-label="Open menu"]').click();
    const link = page.getByTestId('account-link-menu');
    await expect(link).toHaveText('Sign in');
    await link.click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(/accounts open once the store is connected/i);
  });
});

test('signing out or posting a profile without a store changes nothing and errs nowhere', async ({request}) => {
  const logout = await request.post('/account/logout', {maxRedirects: 0});
  expect(logout.status()).toBe(303);
  expect(logout.headers().location).toMatch(/\/account$/);

  const status = await request.get('/account/status');
  expect(status.status()).toBe(200);
  expect(status.headers()['cache-control']).toContain('no-store');
  expect(await status.json()).toEqual({signedIn: false});

  const profile = await request.post('/account/profile', {form: {firstName: 'Robin'}, headers: {Origin: new URL(status.url()).origin}});
  // Without a connected store there is no profile to save: a not-found answer, never a server error.
  expect(profile.status()).toBe(404);
});
