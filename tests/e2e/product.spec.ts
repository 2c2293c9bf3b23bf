import {test, expect} from './fixtures';
import {FLAGSHIP, cartDrawer, mainAddToCart, openProgram} from './fixtures/shop';

/** The program page as a shopper uses it: gallery, facts, quick adds, the drawer, the phone bar and its data for search engines. */
test.describe('program page', () => {
  test('the gallery works with the keyboard and follows the variant', async ({page}) => {
    await openProgram(page, FLAGSHIP);
    const tabs = page.getByRole('tablist', {name: 'Program images'}).getByRole('tab');
    const main = page.getByTestId('gallery-main').getByRole('img');
    const selected = page.getByRole('tab', {selected: true});
    const firstAlt = await main.getAttribute('alt');

    await selected.focus();
    const start = await tabs.evaluateAll((all) => all.findIndex((tab) => tab.getAttribute('aria-selected') === 'true'));
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(start + 1)).toBeFocused();
    await expect(tabs.nth(start + 1)).toHaveAttribute('aria-selected', 'true');
    await expect(main).not.toHaveAttribute('alt', firstAlt ?? '');
    await page.keyboard.press('Home');
    await expect(tabs.first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.last()).toBeFocused();
    await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
    // Only the selected thumbnail is in the Tab order (roving focus).
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);

    // Choosing a variant shows its image again.
    await page.getByRole('link', {name: 'Race distance: Beast 21K'}).click();
    await expect(main).toHaveAttribute('alt', /beast/i);

    // Every image on the page has its size and a text alternative.
    const images = await page.getByRole('main').locator('img').evaluateAll((all) =>
      all.map((img) => ({alt: img.getAttribute('alt'), width: img.getAttribute('width'), height: img.getAttribute('height')})),
    );
    expect(images.length).toBeGreaterThan(5);
    for (const image of images) {
      expect(image.alt, JSON.stringify(image)).toBeTruthy();
      expect(Number(image.width), JSON.stringify(image)).toBeGreaterThan(0);
      expect(Number(image.height), JSON.stringify(image)).toBeGreaterThan(0);
    }
  });

  test('the licences field can be cleared and retyped, and the cart gets what was typed', async ({page}) => {
    await openProgram(page, '/products/grip-and-hang-strength-block');
    const licences = page.getByLabel('Licences');
    await licences.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect(licences).toHaveValue('');
    await page.keyboard.type('3');
    await expect(licences).toHaveValue('3');
    await mainAddToCart(page).click();
    await expect(cartDrawer(page).getByTestId('cart-line-quantity')).toHaveText('3');
  });

  test('facts come from the product metafields and delivery from the variant', async ({page, emulator}) => {
    const {product} = await emulator.storefront<{
      product: {metafields: Array<{key: string; value: string} | null>; selectedOrFirstAvailableVariant: {requiresShipping: boolean}};
    }>(
      `query($h: String!) { product(handle: $h) {
        metafields(identifiers: [{namespace: "custom", key: "duration"}, {namespace: "custom", key: "equipment"}]) { key value }
        selectedOrFirstAvailableVariant { requiresShipping } } }`,
      {h: 'grip-and-hang-strength-block'},
    );
    await page.goto('/products/grip-and-hang-strength-block');
    const facts = page.getByRole('definition');
    for (const field of product.metafields) await expect(facts.filter({hasText: field!.value})).toHaveCount(1);
    await expect(page.getByTestId('delivery-note')).toContainText(
      product.selectedOrFirstAvailableVariant.requiresShipping ? 'Ships to you' : 'Instant access — no shipping',
    );
  });

  test('JSON-LD has one offer per variant, and a breadcrumb trail', async ({page, emulator}) => {
    const {product} = await emulator.storefront<{product: {variants: {nodes: Array<{price: {amount: string}}>}}}>(
      `query { product(handle: "spartan-race-preparation-program") { variants(first: 100) { nodes { price { amount } } } } }`,
    );
    await page.goto(FLAGSHIP);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) => {
      const data = JSON.parse(text) as unknown;
      return Array.isArray(data) ? data : [data];
    }) as Array<Record<string, unknown>>;
    const productLd = blocks.find((block) => block['@type'] === 'Product') as {offers: Array<Record<string, string>>};
    expect(productLd.offers).toHaveLength(product.variants.nodes.length);
    for (const offer of productLd.offers) {
      expect(offer.priceCurrency).toBe('USD');
      expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
      expect(offer.url).toContain(`${FLAGSHIP}?Race+distance=`);
    }
    expect(productLd.offers.some((offer) => offer.availability.endsWith('OutOfStock'))).toBe(true);
    const crumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList') as {itemListElement: Array<{name: string}>};
    expect(crumbs.itemListElement.map((item) => item.name)).toEqual(['Home', expect.any(String), 'Spartan Race Preparation Program']);
  });

  test('"Pair it with" quick add opens the drawer; it traps focus, closes on Escape and gives focus back', async ({page}) => {
    await openProgram(page, FLAGSHIP);
    const cards = page.getByTestId('pair-card');
    await expect(cards.first()).toBeVisible();
    const title = (await cards.first().getByRole('heading').textContent())!.trim();
    const quickAdd = cards.first().getByRole('button', {name: `Add ${title} to cart`});
    await quickAdd.click();

    const drawer = cartDrawer(page);
    await expect(drawer.getByTestId('cart-line')).toContainText(title);
    await expect(drawer.getByRole('link', {name: 'Check out'})).toBeVisible();
    // Tab and Shift+Tab never leave the dialog.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await drawer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(quickAdd).toBeFocused();
  });

  test('the header cart icon opens the drawer and gets focus back', async ({page}) => {
    await openProgram(page, '/products/grip-and-hang-strength-block');
    await mainAddToCart(page).click();
    await expect(cartDrawer(page)).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await page.keyboard.press('Escape');
    const icon = page.getByTestId('cart-link');
    await icon.click();
    const drawer = cartDrawer(page);
    await expect(drawer.getByTestId('cart-line')).toContainText('Grip & Hang Strength Block');
    await expect(page).toHaveURL(/grip-and-hang-strength-block$/);
    await drawer.getByRole('button', {name: 'Close cart'}).click();
    await expect(drawer).toBeHidden();
    await expect(icon).toBeFocused();
  });

  test('the drawer suggests programs to add next', async ({page}) => {
    await openProgram(page, FLAGSHIP);
    await mainAddToCart(page).click();
    const drawer = cartDrawer(page);
    const suggestion = drawer.getByTestId('cross-sell-item').first();
    await expect(suggestion).toBeVisible();
    const name = (await suggestion.getByRole('link').textContent())!.trim();
    await suggestion.getByRole('button', {name: `Add ${name} to cart`}).click();
    await expect(drawer.getByTestId('cart-line')).toHaveCount(2);
    await expect(drawer.getByTestId('cart-line').filter({hasText: name})).toHaveCount(1);
    await expect(page.getByTestId('cart-count')).toHaveText('2');
  });

  test.describe('on a phone', () => {
    test.use({viewport: {width: 390, height: 844}});

    test('the sticky bar appears once Add to cart scrolls away, without moving the page', async ({page}) => {
      await openProgram(page, `${FLAGSHIP}?Race+distance=Super+10K&Program+length=12+weeks`);
      // The gallery fills the first screen; Add to cart sits below it.
      const gallery = await page.getByTestId('gallery-main').boundingBox();
      expect(gallery!.width).toBeGreaterThan(340);
      const button = await mainAddToCart(page).boundingBox();
      expect(button!.y).toBeGreaterThan(gallery!.y + gallery!.height);

      const bar = page.getByTestId('sticky-add-to-cart');
      await expect(bar).toBeHidden();
      await mainAddToCart(page).scrollIntoViewIfNeeded();
      await expect(bar).toBeHidden();
      const before = await page.locator('#pair-it-with').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      await page.mouse.wheel(0, 900);
      await expect(bar).toBeVisible();
      await expect(bar).toContainText('$109.00');
      expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
      const after = await page.locator('#pair-it-with').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(after).toBe(before);

      await bar.getByRole('button', {name: 'Add to cart'}).click();
      await expect(cartDrawer(page).getByTestId('cart-line')).toContainText('Super 10K');
    });
  });
});
