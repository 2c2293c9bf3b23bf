/**
 * Every kind of page, and every panel that opens over a page (cart drawer, predictive search, the
 * phone menu), has no WCAG 2.1 A/AA violation that axe can find, on a phone (390 px) and on a
 * laptop (1366 px). No rule is switched off: a violation is fixed in the product.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {PAGE_ROUTES} from './fixtures/routes';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = [
  {name: 'phone', width: 390, height: 844},
  {name: 'laptop', width: 1366, height: 768},
] as const;

/** axe's findings, one line per failing element, so a failure says what to fix and where. */
async function expectNoViolations(page: Page, what: string) {
  // Regions below the fold (`.render-when-near`) are rendered only as they near the viewport, so a
  // reader never sees them unrendered; axe reads colours by hit-testing, which finds nothing in a
  // region not rendered yet. Render them all first, so axe checks what the reader sees.
  await page.addStyleTag({content: '.render-when-near { content-visibility: visible !important; }'});
  const {violations} = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
  const report = violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `  ${violation.id} (${violation.impact}): ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\s+/g, ' ')}`,
      ),
    )
    .join('\n');
  expect(violations.map((violation) => violation.id), `axe violations on ${what}:\n${report}`).toEqual([]);
}

/** The page as a visitor meets it: loaded, hydrated, deferred sections in. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await page.waitForLoadState('networkidle');
  return response;
}

for (const viewport of VIEWPORTS) {
  test.describe(`on a ${viewport.name} (${viewport.width} px)`, () => {
    test.use({viewport: {width: viewport.width, height: viewport.height}});

    for (const route of PAGE_ROUTES) {
      test(`${route.name} (${route.path}) has no axe violations`, async ({page, pageErrors}) => {
        if (route.status !== 200) pageErrors.allowDocumentStatus(route.status);
        const response = await visit(page, route.path);
        expect(response?.status()).toBe(route.status);
        await expectNoViolations(page, route.path);
      });
    }

    test('the cart drawer, open with a program in it, has no axe violations', async ({page}) => {
      await visit(page, '/products/spartan-race-preparation-program');
      await page.locator('#product-add-to-cart').click();
      const drawer = page.getByRole('dialog', {name: 'Your cart'});
      await expect(drawer.getByTestId('cart-line')).toContainText('Spartan Race Preparation Program');
      await expectNoViolations(page, 'the open cart drawer');
    });

    test('the cart page with a program in it has no axe violations', async ({page}) => {
      await visit(page, '/products/spartan-race-preparation-program');
      await page.locator('#product-add-to-cart').click();
      await expect(page.getByRole('dialog', {name: 'Your cart'}).getByTestId('cart-line')).toBeVisible();
      await visit(page, '/cart');
      await expect(page.getByRole('main').getByTestId('cart-line')).toBeVisible();
      await expectNoViolations(page, '/cart with a line');
    });

    test('predictive search, open with results, has no axe violations', async ({page}) => {
      await visit(page, '/');
      if (viewport.width < 1024) await openPhoneSearch(page);
      const field = page.getByRole('combobox', {name: 'Search programs, articles and pages'});
      await field.fill('grip');
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expectNoViolations(page, 'the open predictive search');
    });
  });
}

test.describe('on a phone, the menu', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('open, has no axe violations', async ({page}) => {
    await visit(page, '/');
    await page.locator('summary[aria-label="Open menu"]').click();
    await expect(page.locator('details.mobile-nav nav')).toBeVisible();
    await expectNoViolations(page, 'the open phone menu');
  });
});

/** On a phone the search field may sit behind a button; open it when there is one. */
async function openPhoneSearch(page: Page) {
  const field = page.getByRole('combobox', {name: 'Search programs, articles and pages'});
  if (await field.isVisible()) return;
  await page.getByRole('button', {name: /search/i}).first().click();
  await expect(field).toBeVisible();
}
