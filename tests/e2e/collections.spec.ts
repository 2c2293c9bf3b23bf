/**
 * Shopper journeys through collections: the index with counts, filters in Shopify's URL form, sort,
 * cursor pages, chips and clearing, the same URLs without JavaScript, and garbage parameters.
 * Expected programs come from the emulator's own Storefront API, asked the way a theme would.
 */
import type {Locator, Page} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';

const PAGE_SIZE = 4;
const TWELVE_WEEKS = {variantOption: {name: 'Program length', value: '12 weeks'}};

interface Listed {
  title: string;
  priceRange: {minVariantPrice: {amount: string}};
}

/** Every program in a collection for these filters and sort, in the API's order. */
async function expectedPrograms(
  emulator: EmulatorClient,
  {filters = [], sortKey = 'COLLECTION_DEFAULT', reverse = false}: {filters?: unknown[]; sortKey?: string; reverse?: boolean},
): Promise<Listed[]> {
  const data = await emulator.storefront<{collection: {products: {nodes: Listed[]}}}>(
    `query($filters: [ProductFilter!], $sortKey: ProductCollectionSortKeys, $reverse: Boolean) {
      collection(handle: "all") {
        products(first: 250, filters: $filters, sortKey: $sortKey, reverse: $reverse) {
          nodes { title priceRange { minVariantPrice { amount } } }
        }
      }
    }`,
    {filters, sortKey, reverse},
  );
  return data.collection.products.nodes;
}

const results = (page: Page) => page.getByRole('region', {name: 'Programs'});
const cardTitles = (page: Page) => results(page).getByRole('heading', {level: 3});

async function shownPrices(region: Locator): Promise<number[]> {
  const texts = await region.getByRole('article').locator('p').filter({hasText: '$'}).allInnerTexts();
  return texts.map((text) => Number(/\$([\d,.]+)/.exec(text)![1]!.replace(/,/g, '')));
}

test.describe('collections', () => {
  test('/collections lists every collection with its image and program count', async ({page, emulator}) => {
    const {collections} = await emulator.storefront<{
      collections: {nodes: {title: string; image: unknown; products: {nodes: unknown[]}}[]};
    }>(`{ collections(first: 250) { nodes { title image { url } products(first: 250) { nodes { id } } } } }`);

    await page.goto('/collections');
    await expect(page).toHaveTitle(/^Collections \|/);
    await expect(page.getByRole('heading', {level: 1, name: 'Collections'})).toBeVisible();
    const cards = page.getByRole('article');
    await expect(cards).toHaveCount(collections.nodes.length);
    for (const collection of collections.nodes) {
      const card = cards.filter({has: page.getByRole('link', {name: collection.title, exact: true})});
      const count = collection.products.nodes.length;
      await expect(card.getByTestId('collection-count')).toHaveText(count === 1 ? '1 program' : `${count} programs`);
      if (collection.image) await expect(card.getByRole('img')).toBeVisible();
    }
    await cards.filter({hasText: 'Race Prep'}).getByRole('link', {name: 'Race Prep'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Race Prep'})).toBeVisible();
  });

  test('filter by option and price, sort, page through, remove a chip, then clear', async ({page, emulator}) => {
    const filters = [TWELVE_WEEKS, {price: {min: 50, max: 100}}];
    const expected = await expectedPrograms(emulator, {filters, sortKey: 'PRICE'});
    expect(expected.length, 'the seed has more than one page of 12-week programs from $50 to $100').toBeGreaterThan(PAGE_SIZE);

    await page.goto('/collections/all');
    const filterPanel = page.getByRole('complementary', {name: 'Filters'});
    const twelveWeeks = filterPanel.getByRole('group', {name: 'Program length'}).getByRole('checkbox', {name: /12 weeks/});
    await twelveWeeks.check();
    await expect(page).toHaveURL(/filter\.v\.option\.program-length=12\+weeks/);
    await expect(page.getByRole('link', {name: 'Remove filter: Program length: 12 weeks'})).toBeVisible();

    await filterPanel.getByLabel('Min price').fill('50');
    await filterPanel.getByLabel('Max price').fill('100');
    await filterPanel.getByRole('button', {name: 'Apply price'}).click();
    await expect(page).toHaveURL(/filter\.v\.price\.gte=50&filter\.v\.price\.lte=100/);

    await page.getByLabel('Sort by').selectOption({label: 'Price: low to high'});
    await expect(page).toHaveURL(/sort=price-low-high/);
    await expect(page).toHaveURL(/filter\.v\.option\.program-length=12\+weeks/);
    await expect(cardTitles(page)).toHaveText(expected.slice(0, PAGE_SIZE).map((p) => p.title));
    const firstPrices = await shownPrices(results(page));
    expect(firstPrices).toEqual([...firstPrices].sort((a, b) => a - b));

    await results(page).getByRole('link', {name: 'Show more programs'}).click();
    await expect(cardTitles(page)).toHaveText(expected.slice(0, PAGE_SIZE * 2).map((p) => p.title));
    await expect(page).toHaveURL(/cursor=.+&?/);
    await expect(page).toHaveURL(/sort=price-low-high/);
    const allPrices = await shownPrices(results(page));
    expect(allPrices).toEqual([...allPrices].sort((a, b) => a - b));

    // Removing the price chip widens the list to every 12-week program, still sorted, from page one.
    const twelveWeekPrograms = await expectedPrograms(emulator, {filters: [TWELVE_WEEKS], sortKey: 'PRICE'});
    await page.getByRole('link', {name: /^Remove filter: Price/}).click();
    await expect(page).not.toHaveURL(/filter\.v\.price|cursor=/);
    await expect(cardTitles(page)).toHaveText(twelveWeekPrograms.slice(0, PAGE_SIZE).map((p) => p.title));

    await page.getByRole('link', {name: 'Clear all', exact: true}).click();
    await expect(page).not.toHaveURL(/filter\./);
    await expect(page).toHaveURL(/sort=price-low-high/);
    const everything = await expectedPrograms(emulator, {sortKey: 'PRICE'});
    await expect(cardTitles(page)).toHaveText(everything.slice(0, PAGE_SIZE).map((p) => p.title));
    await expect(page.getByRole('group', {name: 'Active filters'})).toHaveCount(0);
  });

  test('sorting newest and best selling follows the API, and an unknown sort falls back', async ({page, emulator}) => {
    const bestSelling = await expectedPrograms(emulator, {sortKey: 'BEST_SELLING'});
    await page.goto('/collections/all?sort=best-selling');
    await expect(cardTitles(page)).toHaveText(bestSelling.slice(0, PAGE_SIZE).map((p) => p.title));

    const newest = await expectedPrograms(emulator, {sortKey: 'CREATED', reverse: true});
    await page.getByLabel('Sort by').selectOption({label: 'Newest'});
    await expect(cardTitles(page)).toHaveText(newest.slice(0, PAGE_SIZE).map((p) => p.title));

    const featured = await expectedPrograms(emulator, {});
    await page.goto('/collections/all?sort=cheapest-first');
    await expect(page.getByLabel('Sort by')).toHaveValue('featured');
    await expect(cardTitles(page)).toHaveText(featured.slice(0, PAGE_SIZE).map((p) => p.title));
  });

  test('filters that match nothing offer to clear them', async ({page}) => {
    await page.goto('/collections/race-prep?filter.v.price.gte=1000&filter.v.availability=1');
    await expect(page.getByRole('heading', {name: 'No programs match these filters'})).toBeVisible();
    await page.getByRole('link', {name: 'Clear all filters'}).click();
    await expect(page).toHaveURL(/\/collections\/race-prep$/);
    await expect(cardTitles(page).first()).toBeVisible();
  });

  test('garbage parameters never answer a server error', async ({request}) => {
    for (const path of [
      '/collections/all?filter.v.price.gte=abc&filter.v.price.lte=%00',
      '/collections/all?cursor=garbage&direction=next',
      '/collections/all?cursor=garbage&direction=previous&sort=price-high-low',
      '/collections/race-prep?filter.v.option.=x&filter.v.availability=maybe&sort=%3Cscript%3E',
      `/collections/race-prep?filter.p.tag=${'x'.repeat(5000)}`,
      '/collections?cursor=garbage',
      '/collections/no-such-collection?sort=newest',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
    }
    const redirected = await request.get('/collections/all?cursor=garbage&sort=newest');
    expect(redirected.url()).toMatch(/\/collections\/all\?sort=newest$/);
  });
});

test.describe('collections without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the filter URL gives the right programs, and the page links keep filters and sort', async ({page, emulator}) => {
    const expected = await expectedPrograms(emulator, {filters: [TWELVE_WEEKS, {price: {min: 50, max: 100}}], sortKey: 'PRICE'});
    await page.goto(
      '/collections/all?filter.v.option.program-length=12+weeks&filter.v.price.gte=50&filter.v.price.lte=100&sort=price-low-high',
    );
    await expect(cardTitles(page)).toHaveText(expected.slice(0, PAGE_SIZE).map((p) => p.title));
    await expect(page.getByRole('checkbox', {name: /12 weeks/})).toBeChecked();
    await expect(page.getByLabel('Max price')).toHaveValue('100');

    await page.getByRole('link', {name: 'Show more programs'}).click();
    await expect(page).toHaveURL(/sort=price-low-high/);
    await expect(page).toHaveURL(/filter\.v\.option\.program-length=12\+weeks/);
    await expect(cardTitles(page)).toHaveText(expected.slice(PAGE_SIZE, PAGE_SIZE * 2).map((p) => p.title));
  });

  test('ticking a box and submitting the form filters the list', async ({page, emulator}) => {
    const expected = await expectedPrograms(emulator, {filters: [TWELVE_WEEKS]});
    await page.goto('/collections/all');
    await page.getByRole('checkbox', {name: /12 weeks/}).check();
    await page.getByRole('button', {name: 'Show results'}).click();
    await expect(page).toHaveURL(/filter\.v\.option\.program-length=12\+weeks/);
    await expect(cardTitles(page)).toHaveText(expected.slice(0, PAGE_SIZE).map((p) => p.title));
  });
});
