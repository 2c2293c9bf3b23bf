import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {FLAGSHIP, cartDrawer, mainAddToCart, openProgram} from './fixtures/shop';

/**
 * Shopper journeys from the journal to the (emulated) Shopify checkout: discounts, Buy now,
 * Shopify's cart and discount links, and a cart that survives reloads, failures and double clicks.
 * Every test runs in its own browser context, so it has its own cart.
 */
const ARTICLE = '/blogs/news/what-is-dry-needling';
const GRIP = '/products/grip-and-hang-strength-block';
const checkoutTotal = (page: Page) => page.getByTestId('checkout-total');
const checkoutLines = (page: Page) => page.getByTestId('checkout-line');

/** This browser's cart token (the cookie holds it URL-encoded; requests carry it in the cart id). */
async function cartToken(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cart');
  expect(cookie?.value, 'the cart cookie').toBeTruthy();
  return decodeURIComponent(cookie!.value).split('?')[0]!;
}

test.describe('from an article to checkout', () => {
  test('promo → program → options → licences → drawer → TRAIL10 → discounted checkout', async ({page}) => {
    await page.goto(ARTICLE);
    await page.waitForLoadState('networkidle');
    await page.getByRole('complementary', {name: 'Promotion'}).getByRole('link', {name: /see the program/i}).click();
    await expect(page).toHaveURL(new RegExp(FLAGSHIP));
    await expect(page.getByRole('button', {name: 'One licence more'})).toBeEnabled();

    await page.getByRole('link', {name: 'Race distance: Super 10K'}).click();
    await page.getByRole('link', {name: 'Program length: 16 weeks'}).click();
    await expect(page.getByTestId('product-price')).toContainText('$129.00');
    await page.getByRole('button', {name: 'One licence more'}).click();
    await expect(page.getByLabel('Licences')).toHaveValue('2');
    await mainAddToCart(page).click();

    const drawer = cartDrawer(page);
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId('cart-line')).toContainText('Race distance: Super 10K · Program length: 16 weeks');
    await expect(drawer.getByTestId('cart-line-quantity')).toHaveText('2');
    await expect(drawer.getByTestId('cart-subtotal')).toHaveText('$258.00');

    await drawer.getByLabel('Discount code').fill('TRAIL10');
    await drawer.getByRole('button', {name: 'Apply'}).click();
    await expect(drawer.getByTestId('applied-discount')).toHaveText('TRAIL10');
    await expect(drawer.getByTestId('cart-savings')).toHaveText('−$25.80');
    await expect(drawer.getByTestId('cart-total')).toHaveText('$232.20');

    await drawer.getByRole('link', {name: 'Check out'}).click();
    await expect(page).toHaveURL(/\/checkouts\/cn\//);
    await expect(checkoutLines(page)).toHaveCount(1);
    await expect(page.getByTestId('checkout-line-title')).toHaveText('Spartan Race Preparation Program');
    await expect(page.getByTestId('checkout-line-variant')).toHaveText('Super 10K / 16 weeks');
    await expect(page.getByTestId('checkout-line-quantity')).toHaveText('2');
    await expect(page.getByTestId('checkout-discount-code')).toHaveText('TRAIL10');
    // $258.00 less 10%.
    await expect(checkoutTotal(page)).toHaveText('$232.20');
  });
});

test.describe('Buy now', () => {
  test('goes to checkout with just that program and quantity; the cart is untouched', async ({page}) => {
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    await expect(cartDrawer(page).getByTestId('cart-line')).toHaveCount(1);
    await page.keyboard.press('Escape');

    await openProgram(page, `${FLAGSHIP}?Race+distance=Super+10K&Program+length=12+weeks`);
    await page.getByLabel('Licences').fill('3');
    await page.getByRole('button', {name: 'Buy now'}).click();
    await expect(page).toHaveURL(/\/checkouts\/cn\//);
    await expect(checkoutLines(page)).toHaveCount(1);
    await expect(page.getByTestId('checkout-line-title')).toHaveText('Spartan Race Preparation Program');
    await expect(page.getByTestId('checkout-line-variant')).toHaveText('Super 10K / 12 weeks');
    await expect(page.getByTestId('checkout-line-quantity')).toHaveText('3');
    await expect(checkoutTotal(page)).toHaveText('$327.00');

    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await expect(page.getByTestId('cart-line')).toContainText('Grip & Hang Strength Block');
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('posts the form and lands on checkout with the licences typed', async ({page}) => {
      await page.goto('/products/trail-half-marathon-plan?Program+length=16+weeks');
      await page.getByLabel('Licences').fill('2');
      await page.getByRole('button', {name: 'Buy now'}).click();
      await expect(page).toHaveURL(/\/checkouts\/cn\//);
      await expect(page.getByTestId('checkout-line-quantity')).toHaveText('2');
      await expect(checkoutTotal(page)).toHaveText('$168.00');
    });

    test('a quantity out of range is refused beside the button', async ({page, pageErrors}) => {
      pageErrors.allowDocumentStatus(400);
      await page.goto('/products/trail-half-marathon-plan');
      // The browser would stop 500 (max 99); a hand-made request is what the server must refuse.
      await page.getByLabel('Licences').evaluate((input: HTMLInputElement) => input.removeAttribute('max'));
      await page.getByLabel('Licences').fill('500');
      await page.getByRole('button', {name: 'Buy now'}).click();
      await expect(page.getByRole('alert')).toHaveText('Quantity must be a whole number from 1 to 99.');
    });
  });
});

test.describe("Shopify's cart and discount links", () => {
  test('a cart permalink with a discount goes to checkout with those lines', async ({page}) => {
    await page.goto('/cart/2005:2,2012:1?discount=TRAIL10');
    await expect(page).toHaveURL(/\/checkouts\/cn\//);
    await expect(page.getByTestId('checkout-line-title')).toHaveText([
      'Spartan Race Preparation Program',
      'Grip & Hang Strength Block',
    ]);
    await expect(page.getByTestId('checkout-line-quantity')).toHaveText(['2', '1']);
    await expect(page.getByTestId('checkout-discount-code')).toHaveText('TRAIL10');
    // 2 × $109 + $39 = $257, less 10%.
    await expect(checkoutTotal(page)).toHaveText('$231.30');
  });

  test('bad cart links get a clear page, never a server error', async ({page, pageErrors}) => {
    for (const status of [400, 404]) pageErrors.allowDocumentStatus(status);
    for (const [path, status, message] of [
      ['/cart/garbage', 400, 'This cart link is not valid'],
      ['/cart/2001:0', 400, 'from 1 to 99'],
      ['/cart/2001:5000', 400, 'from 1 to 99'],
      ['/cart/2001:1,x', 400, 'This cart link is not valid'],
      ['/cart/99999:1', 404, 'does not exist'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
      await expect(page.getByRole('heading', {level: 1})).toHaveText("This cart link doesn't work");
      await expect(page.getByRole('main')).toContainText(message);
    }
  });

  test('a discount link applies the code and returns to a page of this store only', async ({page}) => {
    await page.goto(`/discount/TRAIL10?redirect=${encodeURIComponent(GRIP)}`);
    await expect(page).toHaveURL(new RegExp(`${GRIP}$`));
    await expect(page.getByRole('button', {name: 'One licence more'})).toBeEnabled();
    await mainAddToCart(page).click();
    const drawer = cartDrawer(page);
    await expect(drawer.getByTestId('applied-discount')).toHaveText('TRAIL10');
    await drawer.getByRole('link', {name: 'Check out'}).click();
    await expect(checkoutTotal(page)).toHaveText('$35.10');

    for (const target of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', '/.//evil.example/x', '/..//evil.example/x']) {
      await page.goto(`/discount/TRAIL10?redirect=${encodeURIComponent(target)}`);
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
    }
  });
});

test.describe('the cart keeps what the shopper did', () => {
  test('a code that does not apply says so and keeps what was typed', async ({page}) => {
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    await expect(cartDrawer(page)).toBeVisible();
    await page.goto('/cart');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Discount code').fill('TRAIL5');
    await page.getByRole('button', {name: 'Apply'}).click();
    await expect(page.getByRole('alert')).toHaveText("TRAIL5 can't be used with this cart.");
    await expect(page.getByLabel('Discount code')).toHaveValue('TRAIL5');
    await expect(page.getByTestId('applied-discount')).toHaveCount(0);

    // A good code is listed and can be removed again.
    await page.getByLabel('Discount code').fill('trail10');
    await page.getByRole('button', {name: 'Apply'}).click();
    await expect(page.getByTestId('applied-discount')).toHaveText(/trail10/i);
    await page.getByRole('button', {name: /Remove discount/}).click();
    await expect(page.getByTestId('applied-discount')).toHaveCount(0);
  });

  test('the cart and its note survive a reload', async ({page}) => {
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    await expect(cartDrawer(page)).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await page.reload();
    await expect(page.getByTestId('cart-count')).toHaveText('1');

    await page.goto('/cart');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Note for our coaches (optional)').fill('Race day is 12 April, left knee niggle.');
    await page.getByRole('button', {name: 'Save note'}).click();
    await expect(page.getByText('Note saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('cart-line')).toContainText('Grip & Hang Strength Block');
    await expect(page.getByLabel('Note for our coaches (optional)')).toHaveValue('Race day is 12 April, left knee niggle.');
  });

  test('a double click adds the program once', async ({page}) => {
    await openProgram(page, GRIP);
    // Count what leaves the browser: a second post that the page merely stops waiting for could
    // still reach the store and add a second licence.
    const cartPosts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/cart')) cartPosts.push(request.url());
    });
    await mainAddToCart(page).dblclick();
    await expect(cartDrawer(page).getByTestId('cart-line-quantity')).toHaveText('1');
    expect(cartPosts).toHaveLength(1);
    await page.goto('/cart');
    await expect(page.getByTestId('cart-line-quantity')).toHaveText('1');
    await expect(page.getByTestId('cart-subtotal')).toHaveText('$39.00');
  });

  test('a second click while the add is on its way is ignored', async ({page, emulator}) => {
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    await expect(cartDrawer(page)).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await page.keyboard.press('Escape');
    await openProgram(page, '/products/obstacle-technique-masterclass');
    // A slow network: this cart's next request (the add) takes a moment to reach the store.
    const armed = await emulator.request.post('/__emulator/faults', {
      data: {path: '/api/*/graphql.json', bodyIncludes: await cartToken(page), delayMs: 1500, times: 1},
    });
    expect(armed.ok()).toBe(true);
    await mainAddToCart(page).click();
    await expect(mainAddToCart(page)).toHaveText('Adding…');
    // The impatient second click (a disabled button ignores it; Playwright would wait for it).
    await mainAddToCart(page).evaluate((button: HTMLButtonElement) => button.click());
    const line = cartDrawer(page).getByTestId('cart-line').filter({hasText: 'Obstacle Technique'});
    await expect(line.getByTestId('cart-line-quantity')).toHaveText('1');
    await page.goto('/cart');
    await expect(page.getByTestId('cart-line-quantity')).toHaveText(['1', '1']);
  });

  test('the header count shows the new number while a slow add is still on its way', async ({page, emulator}) => {
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    await expect(cartDrawer(page)).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await page.keyboard.press('Escape');
    await openProgram(page, '/products/obstacle-technique-masterclass');
    await page.getByLabel('Licences').fill('2');
    // Only this cart's next Storefront request (the add) is slow.
    const armed = await emulator.request.post('/__emulator/faults', {
      data: {path: '/api/*/graphql.json', bodyIncludes: await cartToken(page), delayMs: 4000, times: 1},
    });
    expect(armed.ok()).toBe(true);
    await mainAddToCart(page).click();
    await expect(page.getByTestId('cart-count')).toHaveText('3');
    await expect(page.getByTestId('cart-link')).toHaveAccessibleName('Cart, 3 items');
    // …and the add had not finished when it did: the button still says so, the drawer is not open.
    await expect(mainAddToCart(page)).toHaveText('Adding…');
    await expect(cartDrawer(page)).toBeHidden();
    // Once it lands, the real cart agrees.
    await expect(cartDrawer(page).getByTestId('cart-line')).toHaveCount(2);
    await expect(page.getByTestId('cart-count')).toHaveText('3');
  });

  test('a failed add keeps the cart and its lines, and says so beside the button', async ({page, emulator, pageErrors}) => {
    pageErrors.allow(/status of 503/);
    await openProgram(page, GRIP);
    await mainAddToCart(page).click();
    await expect(cartDrawer(page)).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await page.keyboard.press('Escape');

    await openProgram(page, '/products/mobility-and-recovery-reset');
    // Only this cart's next Storefront request fails (the suite shares the emulator): with the
    // page loaded, that is the add.
    const token = await cartToken(page);
    const armed = await emulator.request.post('/__emulator/faults', {
      data: {path: '/api/*/graphql.json', bodyIncludes: token, status: 503, times: 1},
    });
    expect(armed.ok()).toBe(true);
    await mainAddToCart(page).click();
    await expect(page.getByText('We could not update your cart just now.')).toBeVisible();
    await expect(cartDrawer(page)).toBeHidden();
    await expect(page.getByTestId('cart-count')).toHaveText('1');

    await page.reload();
    expect(await cartToken(page)).toBe(token);
    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await expect(page.getByTestId('cart-line')).toContainText('Grip & Hang Strength Block');
  });
});

test.describe('the cart page without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('a discount code and a note post and come back with the answer', async ({page}) => {
    await page.goto(GRIP);
    await page.getByRole('button', {name: 'Add to cart'}).first().click();
    await expect(page).toHaveURL(/\/cart$/);

    await page.getByLabel('Discount code').fill('TRAIL5');
    await page.getByRole('button', {name: 'Apply'}).click();
    await expect(page.getByRole('alert')).toHaveText("TRAIL5 can't be used with this cart.");
    await expect(page.getByLabel('Discount code')).toHaveValue('TRAIL5');
    await expect(page.getByTestId('cart-line')).toContainText('Grip & Hang Strength Block');

    await page.getByLabel('Discount code').fill('TRAIL10');
    await page.getByRole('button', {name: 'Apply'}).click();
    await expect(page.getByTestId('applied-discount')).toHaveText('TRAIL10');

    await page.getByLabel('Note for our coaches (optional)').fill('Racing in May.');
    await page.getByRole('button', {name: 'Save note'}).click();
    await page.goto('/cart');
    await expect(page.getByLabel('Note for our coaches (optional)')).toHaveValue('Racing in May.');
    await expect(page.getByTestId('applied-discount')).toHaveText('TRAIL10');
  });
});
