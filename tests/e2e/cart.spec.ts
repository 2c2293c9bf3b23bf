import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {FLAGSHIP, cartDrawer, mainAddToCart, openProgram} from './fixtures/shop';

/** A shopper picks a program's options, adds it to the cart, changes the quantity and checks out. */

test.describe('shopper', () => {
  test('picking options updates the price and the URL', async ({page, pageErrors}) => {
    pageErrors.allow(/BodyStreamBuffer was aborted/);
    await openProgram(page, FLAGSHIP);
    // Two quick clicks: the second lands while the first choice is still loading, and must keep it.
    await page.getByRole('link', {name: 'Race distance: Super 10K'}).click();
    await page.getByRole('link', {name: 'Program length: 16 weeks'}).click();
    await expect(page).toHaveURL(/Race\+distance=Super\+10K/);
    await expect(page).toHaveURL(/Program\+length=16\+weeks/);
    await expect(page.getByRole('link', {name: 'Race distance: Super 10K'})).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('link', {name: 'Program length: 16 weeks'})).toHaveAttribute('aria-current', 'true');
    await expect(page.getByTestId('product-price')).toContainText('$129.00');
    // The compare-at price shows the saving.
    await expect(page.getByTestId('product-price')).toContainText('$149.00');
  });

  test('options clicked back to back keep every choice', async ({page, pageErrors}) => {
    // Each click interrupts the loading of the one before; Remix logs the aborted request body.
    pageErrors.allow(/BodyStreamBuffer was aborted/);
    await openProgram(page, FLAGSHIP);
    // The fastest shopper possible: both clicks in the same moment, before the page can re-render
    // after the first. The second must still build on the first.
    await page.evaluate(() => {
      const link = (name: string) => document.querySelector<HTMLAnchorElement>(`a[aria-label="${name}"]`)!;
      link('Race distance: Beast 21K').click();
      link('Program length: 12 weeks').click();
    });
    await expect(page).toHaveURL(/Race\+distance=Beast\+21K/);
    await expect(page).toHaveURL(/Program\+length=12\+weeks/);
    await expect(page.getByTestId('product-price')).toContainText('$139.00');
    await page.getByRole('link', {name: 'Race distance: Sprint 5K'}).click();
    await page.getByRole('link', {name: 'Program length: 16 weeks'}).click();
    await page.getByRole('link', {name: 'Race distance: Super 10K'}).click();
    await expect(page).toHaveURL(/Race\+distance=Super\+10K&Program\+length=16\+weeks|Program\+length=16\+weeks&Race\+distance=Super\+10K/);
    await expect(page.getByTestId('product-price')).toContainText('$129.00');
  });

  test('a sold-out combination cannot be added', async ({page}) => {
    await page.goto(`${FLAGSHIP}?Race+distance=Beast+21K&Program+length=8+weeks`);
    await expect(page.getByRole('button', {name: 'Sold out'}).first()).toBeDisabled();
    await expect(page.getByRole('button', {name: 'Buy now'})).toBeDisabled();
  });

  test('adding a program shows it in the cart with the right total', async ({page}) => {
    await openProgram(page, `${FLAGSHIP}?Race+distance=Super+10K&Program+length=12+weeks`);
    await expect(page.getByTestId('product-price')).toContainText('$109.00');
    await page.getByRole('button', {name: 'Add to cart'}).first().click();

    const drawer = page.getByRole('dialog', {name: 'Your cart'});
    await expect(drawer.getByTestId('cart-line')).toContainText('Spartan Race Preparation Program');
    await expect(page.getByTestId('cart-count')).toHaveText('1');

    await drawer.getByRole('link', {name: 'View full cart'}).click();
    await expect(page).toHaveURL(/\/cart$/);
    const line = page.getByTestId('cart-line');
    await expect(line).toHaveCount(1);
    await expect(line).toContainText('Spartan Race Preparation Program');
    await expect(line).toContainText('Race distance: Super 10K · Program length: 12 weeks');
    await expect(page.getByTestId('cart-subtotal')).toHaveText('$109.00');

    await line.getByRole('button', {name: 'Increase quantity'}).click();
    await expect(page.getByTestId('cart-line-quantity')).toHaveText('2');
    await expect(page.getByTestId('cart-subtotal')).toHaveText('$218.00');
    await expect(page.getByTestId('cart-count')).toHaveText('2');

    // Checkout goes to the (emulated) Shopify checkout with the same lines.
    const checkoutHref = await page.getByRole('link', {name: 'Check out'}).getAttribute('href');
    expect(checkoutHref).toMatch(/\/checkouts\/cn\//);

    await line.getByRole('button', {name: /Remove/}).click();
    await expect(page.getByText('Your cart is empty.')).toBeVisible();
    await expect(page.getByTestId('cart-count')).toBeHidden();
  });

  test('the checkout page lists the cart', async ({page}) => {
    await openProgram(page, '/products/grip-and-hang-strength-block');
    await page.getByRole('button', {name: 'Add to cart'}).first().click();
    await expect(page.getByRole('dialog', {name: 'Your cart'})).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await page.keyboard.press('Escape');
    await page.goto('/cart');
    await page.getByRole('link', {name: 'Check out'}).click();
    await expect(page.getByText('Grip & Hang Strength Block')).toBeVisible();
    await expect(page.getByText('$39.00').first()).toBeVisible();
  });

  test('search finds programs and articles', async ({page}) => {
    await page.goto('/search');
    await page.getByRole('searchbox').fill('grip');
    await page.getByRole('button', {name: 'Search'}).click();
    await expect(page).toHaveURL(/q=grip/);
    await expect(page.getByRole('link', {name: 'Grip & Hang Strength Block'})).toBeVisible();
    await expect(page.getByRole('link', {name: /Grip Strength for Obstacle Racing/})).toBeVisible();
  });
});

test.describe('the header’s cart count', () => {
  /** Every label the header's cart link has had since this was called, in order. */
  async function recordCartLabels(page: Page) {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as {cartLabels: string[]}).cartLabels = seen;
      const note = () => {
        const label = document.querySelector('[data-testid="cart-link"]')?.getAttribute('aria-label') ?? '';
        if (seen[seen.length - 1] !== label) seen.push(label);
      };
      note();
      new MutationObserver(note).observe(document.querySelector('header')!, {subtree: true, childList: true, attributes: true});
    });
    return () => page.evaluate(() => (window as unknown as {cartLabels: string[]}).cartLabels);
  }

  /** Adds the program as it is, and closes the drawer that opens once the line is in the cart. */
  async function addToCartAndClose(page: Page) {
    await mainAddToCart(page).click();
    const drawer = cartDrawer(page);
    await expect(drawer.getByTestId('cart-line').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  }

  test('counts each add once, and is back after a reload though the page itself never carries it', async ({page}) => {
    const cartLink = page.getByTestId('cart-link');
    await openProgram(page, FLAGSHIP);
    await expect(cartLink).toHaveAccessibleName('Cart, 0 items');
    const labels = await recordCartLabels(page);

    await addToCartAndClose(page);
    await expect(cartLink).toHaveAccessibleName('Cart, 1 item');
    // The same option again: the line's quantity goes to 2, and the count never shows 3 on the way.
    await addToCartAndClose(page);
    await expect(cartLink).toHaveAccessibleName('Cart, 2 items');
    expect(await labels()).toEqual(['Cart, 0 items', 'Cart, 1 item', 'Cart, 2 items']);

    const reloaded = await page.reload();
    expect(await reloaded!.text()).not.toMatch(/Cart, \d+ items?/);
    await expect(cartLink).toHaveAccessibleName('Cart, 2 items');
    await page.getByRole('link', {name: 'Trailforge Athletics'}).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(cartLink).toHaveAccessibleName('Cart, 2 items');
  });

  test('an option picked while the cart is still reloading after an add keeps the new count', async ({page}) => {
    const cartLink = page.getByTestId('cart-link');
    await openProgram(page, FLAGSHIP);
    await expect(cartLink).toHaveAccessibleName('Cart, 0 items');
    const labels = await recordCartLabels(page);

    // Hold the cart's reload after the add, so the shopper's next click lands while it is on its way.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/cart', async (route) => {
      await held;
      await route.fallback().catch(() => {});
    });
    const added = page.waitForResponse((response) => response.request().method() === 'POST');
    await mainAddToCart(page).click();
    await added;
    await page.getByRole('link', {name: 'Race distance: Super 10K'}).click();
    await expect(page).toHaveURL(/Race\+distance=Super\+10K/);
    await expect(page.getByRole('link', {name: 'Race distance: Super 10K'})).toHaveAttribute('aria-current', 'true');
    release();
    await expect(cartLink).toHaveAccessibleName('Cart, 1 item');
    // The count never fell back to the cart before the add on the way.
    expect(await labels()).toEqual(['Cart, 0 items', 'Cart, 1 item']);
  });

  test('a click the moment the page loads does not lose the count', async ({page}) => {
    const cartLink = page.getByTestId('cart-link');
    await openProgram(page, FLAGSHIP);
    await addToCartAndClose(page);
    await expect(cartLink).toHaveAccessibleName('Cart, 1 item');

    // Hold the browser's first ask for the cart until the shopper has already moved on.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route('**/api/cart', async (route) => {
      if (++asked > 1) return route.fallback();
      await held;
      await route.fallback().catch(() => {});
    });
    await openProgram(page, FLAGSHIP);
    await expect.poll(() => asked).toBe(1);
    await expect(cartLink).toHaveAccessibleName('Cart');
    await page.getByRole('link', {name: 'Trailforge Athletics'}).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    release();
    await expect(cartLink).toHaveAccessibleName('Cart, 1 item');
  });
});

test.describe('cart lines', () => {
  test('a line’s title leads back to the program with the options that were added', async ({page}) => {
    await openProgram(page, `${FLAGSHIP}?Race+distance=Beast+21K&Program+length=16+weeks`);
    await page.locator('#product-add-to-cart').click();
    const drawer = page.getByRole('dialog', {name: 'Your cart'});
    await expect(drawer.getByTestId('cart-line')).toContainText('Race distance: Beast 21K · Program length: 16 weeks');
    // Elsewhere on the page the shopper picks another option, then follows the line back.
    await page.keyboard.press('Escape');
    await page.getByRole('link', {name: 'Race distance: Super 10K'}).click();
    await expect(page).toHaveURL(/Race\+distance=Super\+10K/);
    await page.getByTestId('cart-link').click();
    await drawer.getByRole('link', {name: 'Spartan Race Preparation Program'}).click();
    await expect(page).toHaveURL(/Race\+distance=Beast\+21K/);
    await expect(page.getByRole('link', {name: 'Race distance: Beast 21K'})).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('link', {name: 'Program length: 16 weeks'})).toHaveAttribute('aria-current', 'true');
  });
});

test.describe('shopper without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('add to cart posts and lands on the cart page', async ({page}) => {
    await page.goto('/products/mobility-and-recovery-reset');
    await page.getByLabel('Licences').fill('2');
    await page.getByRole('button', {name: 'Add to cart'}).first().click();
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByTestId('cart-line')).toContainText('Mobility & Recovery Reset');
    await expect(page.getByTestId('cart-line-quantity')).toHaveText('2');
    await expect(page.getByTestId('cart-subtotal')).toHaveText('$58.00');
  });
});
