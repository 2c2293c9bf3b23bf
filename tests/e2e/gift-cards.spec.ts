import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {cartDrawer, mainAddToCart, openProgram} from './fixtures/shop';

/**
 * Gift cards pay part of the order: the shopper applies one (or two) in the drawer or on /cart,
 * sees each card's share and what is left to pay, and the emulated checkout agrees. The emulator
 * holds TRAILGIFT25 ($25) and TRAILGIFT10 ($10). Every test has its own browser context and cart.
 */
const GRIP = '/products/grip-and-hang-strength-block'; // $39.00

const giftCardField = (scope: Page | ReturnType<typeof cartDrawer>) => scope.getByLabel('Gift card', {exact: true});
const redeem = (scope: Page | ReturnType<typeof cartDrawer>) => scope.getByRole('button', {name: 'Redeem'});

test.describe('gift cards in the drawer', () => {
  test('two cards pay part of the order; checkout shows each card and the amount to pay', async ({page}) => {
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    const drawer = cartDrawer(page);
    await expect(drawer.getByTestId('cart-subtotal')).toHaveText('$39.00');

    await giftCardField(drawer).fill('trailgift10');
    await redeem(drawer).click();
    await expect(drawer.getByTestId('applied-gift-card')).toHaveText(['•••• FT10 — $10.00 applied']);
    await expect(drawer.getByTestId('cart-amount-to-pay')).toHaveText('$29.00');
    await expect(giftCardField(drawer)).toHaveValue('');

    // The second card joins the first (the first card's full code is never shown again).
    await giftCardField(drawer).fill('TRAI LGIF T25');
    await redeem(drawer).click();
    await expect(drawer.getByTestId('applied-gift-card')).toHaveText([
      '•••• FT10 — $10.00 applied',
      '•••• FT25 — $25.00 applied',
    ]);
    await expect(drawer.getByTestId('cart-gift-cards')).toHaveText('−$35.00');
    await expect(drawer.getByTestId('cart-amount-to-pay')).toHaveText('$4.00');

    await drawer.getByRole('link', {name: 'Check out'}).click();
    await expect(page).toHaveURL(/\/checkouts\/cn\//);
    await expect(page.getByTestId('checkout-total')).toHaveText('$39.00');
    await expect(page.getByTestId('checkout-gift-card-code')).toHaveText(['FT10', 'FT25']);
    await expect(page.getByTestId('checkout-gift-card')).toHaveText(['−$10.00', '−$25.00']);
    await expect(page.getByTestId('checkout-amount-to-pay')).toHaveText('$4.00');
  });

  test('a code that is not a gift card gets a plain message and stays in the field', async ({page, pageErrors}) => {
    // A code that cannot be a gift card is refused before Shopify is asked (the action answers 400).
    pageErrors.allow((issue) => /status of 400\b/.test(issue.text) && /\/cart\.data/.test(issue.resourceUrl ?? ''));
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    const drawer = cartDrawer(page);
    await expect(drawer.getByTestId('cart-line')).toHaveCount(1);

    await giftCardField(drawer).fill('NOTAGIFT99');
    await redeem(drawer).click();
    await expect(drawer.getByRole('alert')).toHaveText("NOTAGIFT99 isn't a gift card we can use. Check the code and try again.");
    await expect(giftCardField(drawer)).toHaveValue('NOTAGIFT99');
    await expect(drawer.getByTestId('applied-gift-card')).toHaveCount(0);

    await giftCardField(drawer).fill('GIFT-25');
    await redeem(drawer).click();
    await expect(drawer.getByRole('alert')).toHaveText('Gift card codes are 8 to 20 letters and numbers (spaces are fine).');
    await expect(giftCardField(drawer)).toHaveValue('GIFT-25');
    await expect(drawer.getByTestId('cart-line')).toHaveCount(1);
  });
});

test.describe('gift cards on the cart page without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('apply, a wrong code, and remove all post and come back with the answer', async ({page}) => {
    await page.goto(GRIP);
    await page.getByRole('button', {name: 'Add to cart'}).first().click();
    await expect(page).toHaveURL(/\/cart$/);

    await giftCardField(page).fill('TRAILGIFT25');
    await redeem(page).click();
    await expect(page.getByTestId('applied-gift-card')).toHaveText(['•••• FT25 — $25.00 applied']);
    await expect(page.getByTestId('cart-amount-to-pay')).toHaveText('$14.00');

    await giftCardField(page).fill('WRONGCODE1');
    await redeem(page).click();
    await expect(page.getByRole('alert')).toHaveText("WRONGCODE1 isn't a gift card we can use. Check the code and try again.");
    await expect(giftCardField(page)).toHaveValue('WRONGCODE1');
    await expect(page.getByTestId('applied-gift-card')).toHaveText(['•••• FT25 — $25.00 applied']);

    await giftCardField(page).fill('TRAILGIFT10');
    await redeem(page).click();
    await expect(page.getByTestId('applied-gift-card')).toHaveCount(2);
    await page.getByRole('button', {name: 'Remove gift card ending FT25'}).click();
    await expect(page.getByTestId('applied-gift-card')).toHaveText(['•••• FT10 — $10.00 applied']);
    await expect(page.getByTestId('cart-amount-to-pay')).toHaveText('$29.00');
    await page.goto('/cart');
    await expect(page.getByTestId('applied-gift-card')).toHaveText(['•••• FT10 — $10.00 applied']);
    await expect(page.getByTestId('cart-line')).toContainText('Grip & Hang Strength Block');
  });
});
