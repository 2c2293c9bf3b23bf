/**
 * Shopper journeys through search: the /search page (sections, cursor pages, partial last words,
 * start and empty states) and the header's predictive search, by keyboard only and on a phone.
 * Expected counts come from the emulator's Storefront API.
 */
import type {Page} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';

async function totals(emulator: EmulatorClient, term: string) {
  const count = `totalCount`;
  return emulator.storefront<{products: {totalCount: number}; articles: {totalCount: number}; pages: {totalCount: number}}>(
    `query($term: String!) {
      products: search(query: $term, types: [PRODUCT], prefix: LAST, first: 1) { ${count} }
      articles: search(query: $term, types: [ARTICLE], prefix: LAST, first: 1) { ${count} }
      pages: search(query: $term, types: [PAGE], prefix: LAST, first: 1) { ${count} }
    }`,
    {term},
  );
}

const section = (page: Page, name: 'Programs' | 'Articles' | 'Pages') =>
  page.getByRole('region', {name: new RegExp(`^${name}`)});

test.describe('search page', () => {
  test('results come in sections, each with its own pages', async ({page, emulator}) => {
    const expected = await totals(emulator, 'training');
    expect(expected.products.totalCount, 'more than one page of programs').toBeGreaterThan(8);
    expect(expected.articles.totalCount, 'more than one page of articles').toBeGreaterThan(6);

    await page.goto('/search?q=training');
    await expect(page).toHaveTitle(/^Search: training \|/);
    const total = expected.products.totalCount + expected.articles.totalCount + expected.pages.totalCount;
    await expect(page.getByRole('main').getByRole('status')).toHaveText(`${total} results for “training”`);

    const programs = section(page, 'Programs');
    await expect(programs.getByRole('article')).toHaveCount(8);
    await expect(programs.getByRole('article').first()).toContainText('$');
    const articles = section(page, 'Articles');
    await expect(articles.getByRole('listitem')).toHaveCount(6);
    await expect(articles.getByRole('img').first()).toBeVisible();
    await expect(section(page, 'Pages').getByRole('listitem')).toHaveCount(Math.min(6, expected.pages.totalCount));

    await programs.getByRole('link', {name: 'More programs'}).click();
    await expect(programs.getByRole('article')).toHaveCount(Math.min(16, expected.products.totalCount));
    await expect(page).toHaveURL(/products_cursor=/);
    // Paging programs leaves the other sections where they were.
    await expect(articles.getByRole('listitem')).toHaveCount(6);

    await articles.getByRole('link', {name: 'More articles'}).click();
    await expect(articles.getByRole('listitem')).toHaveCount(Math.min(12, expected.articles.totalCount));
  });

  test('a partial last word matches (prefix: LAST), and results show image, price and excerpt', async ({page}) => {
    await page.goto('/search');
    await expect(page.getByRole('heading', {name: 'What are you training for?'})).toBeVisible();
    await page.getByRole('searchbox').fill('mobil');
    await page.getByRole('main').getByRole('button', {name: 'Search', exact: true}).click();
    await expect(page).toHaveURL(/q=mobil/);
    const program = section(page, 'Programs').getByRole('article').filter({hasText: 'Mobility & Recovery Reset'});
    await expect(program).toContainText('$29.00');
    await expect(program.getByRole('img')).toBeVisible();
    const article = section(page, 'Articles').getByRole('listitem').first();
    await expect(article.locator('p')).not.toBeEmpty();
  });

  test('no results: tips, popular searches and programs', async ({page}) => {
    await page.goto('/search?q=zqxjv');
    await expect(page.getByRole('heading', {name: 'No results for “zqxjv”'})).toBeVisible();
    await expect(page.getByText('Check the spelling')).toBeVisible();
    await expect(page.getByRole('heading', {name: 'Popular programs'})).toBeVisible();
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    await page.getByRole('link', {name: 'grip', exact: true}).click();
    await expect(page).toHaveURL(/q=grip/);
    await expect(section(page, 'Programs').getByRole('link', {name: 'Grip & Hang Strength Block'})).toBeVisible();
  });

  test('a misspelt word gets "did you mean" links that search again', async ({page}) => {
    await page.goto('/search?q=spartn');
    await expect(page.getByRole('heading', {name: 'No results for “spartn”'})).toBeVisible();
    const suggestion = page.getByRole('main').getByText('Did you mean').getByRole('link').first();
    const text = (await suggestion.textContent())!;
    expect(text).toMatch(/^spa/);
    await suggestion.click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(`for “${text}”`);
  });

  test('a result page describes itself for link previews but asks search engines not to index it', async ({page}) => {
    await page.goto('/search?q=grip');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /“grip”/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('garbage never answers a server error', async ({request}) => {
    for (const path of [
      '/search?q=grip&products_cursor=garbage&products_direction=next',
      '/search?q=grip&articles_cursor=garbage&articles_direction=previous',
      `/search?q=${'a'.repeat(5000)}`,
      '/search?q=%22%5C%00*',
      '/api/predictive-search?q=%22%5C*',
      `/api/predictive-search?q=${'b'.repeat(5000)}`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
    }
  });
});

test.describe('search without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the header field is a plain search form', async ({page}) => {
    await page.goto('/');
    const field = page.getByRole('banner').getByRole('combobox', {name: 'Search programs, articles and pages'});
    await field.fill('grip');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=grip/);
    await expect(section(page, 'Programs').getByRole('link', {name: 'Grip & Hang Strength Block'})).toBeVisible();
  });
});

test.describe('predictive search', () => {
  const field = (page: Page) => page.getByRole('banner').getByRole('combobox', {name: 'Search programs, articles and pages'});

  test('by keyboard only: type, arrow to a program, Enter opens it', async ({page}) => {
    await page.goto('/');
    const combobox = field(page);
    await combobox.focus();
    await page.keyboard.type('grip');
    const listbox = page.getByRole('listbox');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await expect(listbox.getByRole('group', {name: 'Programs'})).toBeVisible();
    await expect(listbox.getByRole('group', {name: 'Articles'})).toBeVisible();

    await page.keyboard.press('ArrowDown');
    const active = page.locator(`[id="${await combobox.getAttribute('aria-activedescendant')}"]`);
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(active).toHaveAttribute('role', 'option');
    await expect(active).toContainText('Grip & Hang Strength Block');
    await expect(active).toContainText('$39.00');

    // Down and back up returns to the same option; the field keeps focus throughout.
    await page.keyboard.press('ArrowDown');
    await expect(combobox).not.toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await expect(combobox).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
    await expect(combobox).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/products\/grip-and-hang-strength-block(\?|$)/);
    await expect(page.getByRole('heading', {level: 1, name: 'Grip & Hang Strength Block'})).toBeVisible();
    await expect(listbox).toBeHidden();
  });

  test('Escape closes the list and focus stays in the field; Enter with nothing chosen searches', async ({page}) => {
    await page.goto('/');
    const combobox = field(page);
    await combobox.focus();
    await page.keyboard.type('recovery');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await expect(combobox).toBeFocused();
    await expect(combobox).toHaveValue('recovery');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=recovery/);
    await expect(section(page, 'Programs')).toBeVisible();
  });

  test('suggestions and the last option lead to full results', async ({page}) => {
    await page.goto('/');
    await field(page).focus();
    await page.keyboard.type('grip');
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('group', {name: 'Suggestions'}).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(listbox.getByRole('option', {selected: true})).toHaveText('See all results for “grip”');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=grip$/);
  });

  test('typing fast sends fewer requests than keystrokes, and only the latest answer shows', async ({page, pageErrors}) => {
    // A keystroke that lands while an earlier answer is still arriving cancels it; Remix logs the
    // cancelled body. That cancellation is the behaviour under test, not a fault.
    pageErrors.allow(/BodyStreamBuffer was aborted/);
    const asked: string[] = [];
    await page.route('**/api/predictive-search*', async (route) => {
      const term = new URL(route.request().url()).searchParams.get('q') ?? '';
      asked.push(term);
      await route.continue();
    });
    await page.goto('/');
    await field(page).focus();
    await page.keyboard.type('mobility', {delay: 20});
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(/mobility/i);
    expect(asked.length).toBeLessThan('mobility'.length);
    expect(asked.at(-1)).toBe('mobility');
  });
});

test.describe('predictive search on a phone', () => {
  test.use({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});

  test('the field opens full width under the header, and Escape hands focus back', async ({page}) => {
    await page.goto('/');
    const toggle = page.getByRole('banner').getByRole('button', {name: 'Search'});
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const combobox = page.getByRole('combobox', {name: 'Search programs, articles and pages'});
    await expect(combobox).toBeFocused();
    const box = (await combobox.boundingBox())!;
    expect(box.width).toBeGreaterThan(330);

    await page.keyboard.type('spartan');
    const option = page.getByRole('listbox').getByRole('option', {name: /Spartan Race Preparation Program/});
    await expect(option).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(combobox).toBeHidden();
    await expect(toggle).toBeFocused();

    await toggle.click();
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.getByRole('listbox').getByRole('option', {name: /Spartan Race Preparation Program/}).click();
    await expect(page).toHaveURL(/\/products\/spartan-race-preparation-program/);
    await expect(combobox).toBeHidden();
  });
});
