/**
 * A shopper on a phone uses the header menu: it opens, takes them where they tap, and gets out of
 * the way — after a link is followed, on Escape, and on a tap outside — with focus back on the button.
 */
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';

test.use({viewport: {width: 390, height: 844}});

function menu(page: Page) {
  const button = page.locator('summary[aria-label="Open menu"]');
  const panel = page.locator('details.mobile-nav nav');
  return {button, panel};
}

async function open(page: Page) {
  const {button, panel} = menu(page);
  await button.click();
  await expect(panel).toBeVisible();
  return {button, panel};
}

test('following a link in the menu shows the next page with the menu closed', async ({page}) => {
  await page.goto('/');
  // Hydrated: the menu's closing behaviour is script-driven.
  await page.waitForLoadState('networkidle');
  const {button, panel} = await open(page);

  await panel.getByRole('link', {name: 'Journal'}).click();
  await expect(page).toHaveURL(/\/blogs\/news$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(/training & recovery journal/i);
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
});

test('Escape closes the menu and puts focus back on the menu button', async ({page}) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const {button, panel} = await open(page);
  await panel.getByRole('link', {name: 'Journal'}).focus();

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
  // Still on the same page.
  await expect(page).toHaveURL(/\/$/);
});

test('a tap outside the menu closes it', async ({page}) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const {button, panel} = await open(page);

  // Right of the 18rem-wide panel, below the header: page content, not the menu.
  await page.mouse.click(375, 600);
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();

  // It opens again as before.
  await open(page);
});
