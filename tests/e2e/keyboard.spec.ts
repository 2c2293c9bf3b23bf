/**
 * Keyboard-only journeys: a visitor who never touches a mouse reaches everything with Tab, opens
 * and closes with Enter and Escape, moves through lists with the arrow keys, always sees where
 * focus is, and never loses it when a panel closes.
 */
import {randomUUID} from 'node:crypto';
import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';

/** Enough Tab presses to cross the header, a page's main content and the footer. */
const MAX_TABS = 120;

/** Presses Tab (or Shift+Tab) until `target` has focus: it fails when Tab never reaches it. */
async function tabTo(page: Page, target: Locator, {backwards = false} = {}) {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${backwards ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

/** The focused element shows a focus indicator: an outline or a ring (box-shadow). */
async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  const indicator = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
  expect(indicator, 'a visible focus indicator').toBe(true);
}

/** The page has hydrated: panels and forms are script-driven. */
async function load(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

test.describe('on a laptop', () => {
  test.use({viewport: {width: 1366, height: 900}});

  test('the header: skip link first, every link reachable with a visible focus, Enter follows it', async ({page}) => {
    await load(page, '/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', {name: 'Skip to content'});
    await expectFocusVisible(skip);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);

    // Back to the top: every header link and control takes focus visibly, in order.
    await load(page, '/');
    const header = page.getByRole('banner');
    const stops = [
      header.getByRole('link', {name: /trailforge/i}).first(),
      header.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Journal'}),
      header.getByRole('combobox', {name: 'Search programs, articles and pages'}),
      header.getByRole('link', {name: /^Cart/}),
    ];
    for (const stop of stops) {
      await tabTo(page, stop);
      await expectFocusVisible(stop);
    }

    await tabTo(page, stops[1], {backwards: true});
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/blogs\/news$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(/training & recovery journal/i);
  });

  test('the cart drawer: Enter on Add to cart opens it, Tab stays inside, Escape closes it and focus returns', async ({page}) => {
    await load(page, '/products/spartan-race-preparation-program');
    const add = page.locator('#product-add-to-cart');
    await tabTo(page, add);
    await page.keyboard.press('Enter');

    const drawer = page.getByRole('dialog', {name: 'Your cart'});
    await expect(drawer.getByTestId('cart-line')).toContainText('Spartan Race Preparation Program');
    await expect(drawer.locator(':focus')).toHaveCount(1);
    // Round and round in both directions: focus never leaves the drawer.
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press(press % 6 === 5 ? 'Shift+Tab' : 'Tab');
      await expect(drawer.locator(':focus'), `focus after ${press + 1} presses`).toHaveCount(1);
    }
    await expectFocusVisible(drawer.locator(':focus'));

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(add).toBeFocused();

    // The header's cart link opens the same drawer, and gets focus back too.
    const cartLink = page.getByRole('banner').getByRole('link', {name: /^Cart, 1 item/});
    await tabTo(page, cartLink, {backwards: true});
    await page.keyboard.press('Enter');
    await expect(drawer.getByTestId('cart-line')).toBeVisible();
    await expect(page).toHaveURL(/\/products\/spartan-race-preparation-program/);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(cartLink).toBeFocused();
  });

  test('the comment form: Tab through the fields, Enter on Post comment sends it', async ({page}) => {
    // Its own article and client address: nothing posted here reaches another test.
    await page.setExtraHTTPHeaders({'oxygen-buyer-ip': `e2e-keyboard-${randomUUID()}`});
    await load(page, '/blogs/keyboard-journeys/keyboard-article');
    const form = page.getByRole('region', {name: 'Leave a comment'});

    const name = form.getByLabel('Name');
    await tabTo(page, name);
    await expectFocusVisible(name);
    await page.keyboard.type('Kai Keyboard');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Email')).toBeFocused();
    await page.keyboard.type(`kai.${randomUUID().slice(0, 8)}@example.com`);
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Comment')).toBeFocused();
    await page.keyboard.type('Every step of this worked without a mouse.');

    const post = form.getByRole('button', {name: 'Post comment'});
    await tabTo(page, post);
    await expectFocusVisible(post);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('comment-form-status')).toContainText('once our team has read it');
    await expect(form.getByLabel('Comment')).toHaveValue('');
  });

  test('the newsletter: Tab to the email field, type, Enter subscribes', async ({page}) => {
    const octet = () => 1 + Math.floor(Math.random() * 250);
    await page.setExtraHTTPHeaders({'oxygen-buyer-ip': `198.51.${octet()}.${octet()}`});
    await load(page, '/collections/all');
    const form = page.getByTestId('newsletter-footer');
    const email = form.getByLabel('Email address');
    await tabTo(page, email);
    await expectFocusVisible(email);
    await page.keyboard.type(`keys.${randomUUID().slice(0, 8)}@example.com`);
    await page.keyboard.press('Enter');
    await expect(form.getByTestId('newsletter-status')).toHaveText(/thanks for signing up! please check your inbox/i);
    await expect(email).toHaveValue('');
  });
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('the menu: Enter opens it, Tab walks its links, Escape closes it with focus back on the button', async ({page}) => {
    await load(page, '/');
    const button = page.locator('summary[aria-label="Open menu"]');
    const panel = page.locator('details.mobile-nav nav');
    await tabTo(page, button);
    await expectFocusVisible(button);
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();

    const journal = panel.getByRole('link', {name: 'Journal'});
    await tabTo(page, journal);
    await expectFocusVisible(journal);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();

    // Again, and this time Enter follows the link: the next page shows with the menu closed.
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await tabTo(page, journal);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/blogs\/news$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(/training & recovery journal/i);
    await expect(panel).toBeHidden();
  });

  test('predictive search: Enter on the search button opens the field, arrows pick a result, Escape closes', async ({page}) => {
    await load(page, '/');
    const toggle = page.getByRole('banner').getByRole('button', {name: /search/i});
    await tabTo(page, toggle);
    await expectFocusVisible(toggle);
    await page.keyboard.press('Enter');
    const field = page.getByRole('combobox', {name: 'Search programs, articles and pages'});
    await expect(field).toBeFocused();

    await page.keyboard.type('grip');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    // Escape closes the list first, then the panel, handing focus back to its button.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field).toBeHidden();
    await expect(toggle).toBeFocused();

    // Open again: the words are kept, arrows move through the results, Enter opens one.
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('grip');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const chosen = page.locator('[role="option"][aria-selected="true"]');
    await expect(chosen).toHaveCount(1);
    const title = (await chosen.innerText()).split('\n')[0];
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', {level: 1})).toHaveText(title);
  });
});
