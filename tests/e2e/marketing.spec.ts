/**
 * Marketing edits content in Shopify admin (here: the emulator's Admin GraphQL API, the same calls
 * admin makes) and readers see it: the announcement bar, the promo above an article, product cards
 * inside articles, and the home page.
 *
 * Tests that change shared content use unique handles and remove them afterwards, or restore what
 * they changed; this file runs its tests one at a time. The home page reads one home_page entry that
 * every visit to / sees, so its tests are tagged @store-wide: they run after every other test file
 * (the `store-wide` project in playwright.config.ts), never beside one that opens the home page.
 */
import type {Page} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';

test.describe.configure({mode: 'serial'});

const ARTICLE = '/blogs/news/what-is-dry-needling';
const PROGRAM = '/products/spartan-race-preparation-program';
/** The program page, whether or not it has added the selected options to the address yet. */
const onProgramPage = new RegExp(`${PROGRAM}(\\?|$)`);

const unique = (label: string) => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

type UserError = {field: string[] | null; message: string};

/** Creates or edits a promo banner the way an editor saves one in admin. */
async function saveBanner(
  emulator: EmulatorClient,
  handle: string,
  fields: Record<string, string>,
  status: 'ACTIVE' | 'DRAFT' = 'ACTIVE',
) {
  const data = await emulator.admin<{metaobjectUpsert: {metaobject: {id: string} | null; userErrors: UserError[]}}>(
    `mutation SaveBanner($handle: MetaobjectHandleInput!, $metaobject: MetaobjectUpsertInput!) {
      metaobjectUpsert(handle: $handle, metaobject: $metaobject) { metaobject { id } userErrors { field message } }
    }`,
    {
      handle: {type: 'promo_banner', handle},
      metaobject: {
        fields: Object.entries(fields).map(([key, value]) => ({key, value})),
        capabilities: {publishable: {status}},
      },
    },
  );
  expect(data.metaobjectUpsert.userErrors).toEqual([]);
  return data.metaobjectUpsert.metaobject!.id;
}

async function deleteMetaobject(emulator: EmulatorClient, id: string) {
  await emulator.admin(`mutation Delete($id: ID!) { metaobjectDelete(id: $id) { deletedId userErrors { message } } }`, {id});
}

const bar = (page: Page) => page.getByRole('region', {name: 'Announcements'});
const slide = (page: Page, handle: string) => bar(page).locator(`[data-handle="${handle}"]`);

/** Moves the bar to the announcement with `handle`, as a reader would with its arrows. */
async function showAnnouncement(page: Page, handle: string) {
  const next = bar(page).getByRole('button', {name: 'Next announcement'});
  for (let step = 0; step < 20 && !(await slide(page, handle).isVisible()); step++) {
    if (!(await next.isVisible())) break;
    await next.click();
  }
  await expect(slide(page, handle)).toBeVisible();
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}

test.describe('the announcement bar', () => {
  test('shows what marketing publishes, and an edit shows on the next page load', async ({page, emulator}) => {
    const handle = unique('e2e-announcement');
    const id = await saveBanner(emulator, handle, {
      heading: 'Hill week',
      message: 'Free hill-repeat session guide with every program.',
      cta_label: 'See the program',
      link_product: 'gid://shopify/Product/1001',
      placement: 'announcement',
      starts_at: daysFromNow(-1),
      style: 'stone',
    });
    try {
      await open(page, '/');
      await showAnnouncement(page, handle);
      await expect(slide(page, handle)).toContainText('Hill week');
      await expect(slide(page, handle).getByRole('link', {name: 'See the program'})).toHaveAttribute('href', PROGRAM);

      await saveBanner(emulator, handle, {heading: 'Stair week', message: 'Stairs count as hills in winter.'});
      await open(page, '/collections/all');
      await showAnnouncement(page, handle);
      await expect(slide(page, handle)).toContainText('Stair week');
      await expect(slide(page, handle)).not.toContainText('Hill week');
    } finally {
      await deleteMetaobject(emulator, id);
    }
  });

  test('hides a banner scheduled for later, one that has ended, and a draft', async ({page, emulator}) => {
    const running = unique('e2e-running');
    const future = unique('e2e-future');
    const ended = unique('e2e-ended');
    const draft = unique('e2e-draft');
    const base = {message: 'Scheduling check', placement: 'announcement'};
    const ids = [
      await saveBanner(emulator, running, {...base, starts_at: daysFromNow(-1), ends_at: daysFromNow(1)}),
      await saveBanner(emulator, future, {...base, starts_at: daysFromNow(30)}),
      await saveBanner(emulator, ended, {...base, starts_at: daysFromNow(-10), ends_at: daysFromNow(-1)}),
      await saveBanner(emulator, draft, {...base, starts_at: daysFromNow(-1)}, 'DRAFT'),
    ];
    try {
      await open(page, '/');
      await expect(slide(page, running)).toHaveCount(1);
      await expect(slide(page, future)).toHaveCount(0);
      await expect(slide(page, ended)).toHaveCount(0);
      await expect(slide(page, draft)).toHaveCount(0);
      // Publishing the draft brings it out.
      await saveBanner(emulator, draft, {}, 'ACTIVE');
      await open(page, '/');
      await expect(slide(page, draft)).toHaveCount(1);
    } finally {
      for (const id of ids) await deleteMetaobject(emulator, id);
    }
  });

  /** Two running announcements of our own, so the bar rotates whatever the seed's dates. */
  async function twoAnnouncements(emulator: EmulatorClient) {
    const base = {placement: 'announcement', starts_at: daysFromNow(-1), ends_at: daysFromNow(1)};
    return [
      await saveBanner(emulator, unique('e2e-rotate-a'), {...base, message: 'First of two'}),
      await saveBanner(emulator, unique('e2e-rotate-b'), {...base, message: 'Second of two'}),
    ];
  }

  test('several announcements rotate accessibly: pause, play, and silence while rotating', async ({page, emulator}) => {
    const ids = await twoAnnouncements(emulator);
    try {
      await open(page, '/');
      const region = bar(page);
      const live = region.locator('[aria-live]');
      await expect(region).toHaveAttribute('aria-roledescription', 'carousel');
      await expect(live).toHaveAttribute('aria-live', 'off');

      await region.getByRole('button', {name: 'Pause announcements'}).click();
      await expect(live).toHaveAttribute('aria-live', 'polite');
      await region.getByRole('button', {name: 'Play announcements'}).click();
      // Focus is inside the bar now, which also holds the rotation: screen readers hear changes.
      await expect(live).toHaveAttribute('aria-live', 'polite');
      await page.getByRole('banner').getByRole('link', {name: /trailforge athletics/i}).focus();
      await page.mouse.move(600, 600);
      await expect(live).toHaveAttribute('aria-live', 'off');
    } finally {
      for (const id of ids) await deleteMetaobject(emulator, id);
    }
  });

  test('stays still under reduced motion until the reader presses play', async ({page, emulator}) => {
    const ids = await twoAnnouncements(emulator);
    try {
      await page.emulateMedia({reducedMotion: 'reduce'});
      await open(page, '/');
      await expect(bar(page).getByRole('button', {name: 'Play announcements'})).toBeVisible();
      await expect(bar(page).locator('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    } finally {
      for (const id of ids) await deleteMetaobject(emulator, id);
    }
  });

  test('a dismissed announcement stays dismissed across page loads, without shifting the page', async ({page, emulator}) => {
    const handle = unique('e2e-dismiss');
    const id = await saveBanner(emulator, handle, {
      message: 'Dismiss me once.',
      placement: 'announcement',
      starts_at: '2000-01-01T00:00:00Z',
      dismissible: 'true',
    });
    try {
      await open(page, ARTICLE);
      await showAnnouncement(page, handle);
      // The bar hides at once; the cookie arrives with the answer to the dismiss post, so wait for
      // it before reloading (a reload mid-request would abort it, as it would for a reader).
      const remembered = page.waitForResponse(
        (response) => response.url().includes('/announcements/dismiss') && response.request().method() === 'POST',
      );
      await bar(page).getByRole('button', {name: 'Dismiss announcement'}).click();
      await expect(slide(page, handle)).toHaveCount(0);
      await remembered;

      await page.reload();
      await expect(page.getByRole('heading', {level: 1})).toBeVisible();
      await expect(slide(page, handle)).toHaveCount(0);
      // The server already knows: the first HTML has no trace of it.
      const html = await (await page.request.get('/')).text();
      expect(html).not.toContain(`data-handle="${handle}"`);

      // Marketing edits the banner: it is a new message, so it shows again.
      await saveBanner(emulator, handle, {message: 'A new message worth seeing.'});
      await open(page, '/');
      await expect(slide(page, handle)).toHaveCount(1);
    } finally {
      await deleteMetaobject(emulator, id);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('the dismiss button still works and the bar keeps its place', async ({page, emulator}) => {
      const handle = unique('e2e-nojs-dismiss');
      const id = await saveBanner(emulator, handle, {
        message: 'Dismiss me without scripts.',
        placement: 'announcement',
        // The earliest start comes first, so it is the announcement a no-JS reader sees.
        starts_at: '1999-01-01T00:00:00Z',
        dismissible: 'true',
      });
      try {
        await page.goto(ARTICLE);
        await expect(slide(page, handle)).toBeVisible();
        const height = (await bar(page).boundingBox())!.height;
        expect(height).toBeGreaterThan(30);

        await bar(page).getByRole('button', {name: 'Dismiss announcement'}).click();
        await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
        await expect(slide(page, handle)).toHaveCount(0);
        await page.goto('/');
        await expect(slide(page, handle)).toHaveCount(0);
      } finally {
        await deleteMetaobject(emulator, id);
      }
    });
  });
});

test.describe('promos and product cards in articles', () => {
  test('the dry needling article promotes the Spartan program and leads to it', async ({page}) => {
    await open(page, ARTICLE);
    const promo = page.getByRole('complementary', {name: 'Promotion'});
    await expect(promo).toContainText('Training for a Spartan race?');
    await promo.getByRole('link', {name: /see the program/i}).click();
    await expect(page).toHaveURL(onProgramPage);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(/spartan race prep/i);
  });

  test('an article without its own promo shows the blog’s default', async ({page}) => {
    await open(page, '/blogs/news/deload-weeks-explained');
    await expect(page.getByRole('complementary', {name: 'Promotion'})).toContainText('Train with a plan');
  });

  test('a product link on its own line becomes a card with price that leads to the program', async ({page, emulator}) => {
    const {product} = await emulator.storefront<{product: {title: string; priceRange: {minVariantPrice: {amount: string}}}}>(
      `query { product(handle: "spartan-race-preparation-program") { title priceRange { minVariantPrice { amount } } } }`,
    );
    const price = `$${Number(product.priceRange.minVariantPrice.amount).toFixed(2)}`;

    await open(page, ARTICLE);
    const card = page.getByTestId('inline-product-card');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(product.title);
    await expect(card.getByTestId('inline-product-price')).toContainText(price);
    await expect(card.getByRole('img')).toHaveAttribute('alt', /\S/);
    // The plain link the editor wrote is replaced by the card, not shown twice.
    await expect(page.getByTestId('article-body').getByRole('link', {name: product.title, exact: true})).toHaveCount(0);

    await card.getByRole('link', {name: /view program/i}).click();
    await expect(page).toHaveURL(onProgramPage);
  });
});

type HomeEntry = {id: string; fields: Array<{key: string; value: string | null}>};

async function homeEntry(emulator: EmulatorClient): Promise<HomeEntry> {
  const data = await emulator.admin<{metaobjectByHandle: HomeEntry}>(
    `query { metaobjectByHandle(handle: {type: "home_page", handle: "home"}) { id fields { key value } } }`,
  );
  return data.metaobjectByHandle;
}

async function saveHome(emulator: EmulatorClient, fields: Array<{key: string; value: string | null}>, status: 'ACTIVE' | 'DRAFT' = 'ACTIVE') {
  const data = await emulator.admin<{metaobjectUpsert: {userErrors: UserError[]}}>(
    `mutation SaveHome($metaobject: MetaobjectUpsertInput!) {
      metaobjectUpsert(handle: {type: "home_page", handle: "home"}, metaobject: $metaobject) { userErrors { field message } }
    }`,
    {metaobject: {fields: fields.filter((field) => field.value !== null), capabilities: {publishable: {status}}}},
  );
  expect(data.metaobjectUpsert.userErrors).toEqual([]);
}

const homeSections = (page: Page) =>
  page.locator('main [data-section]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-section')));

test.describe('the home page', {tag: '@store-wide'}, () => {
  test('follows the home_page entry: hero words and section order', async ({page, emulator}) => {
    const original = await homeEntry(emulator);
    try {
      await saveHome(emulator, [
        {key: 'hero_heading', value: 'Mud season is coming.'},
        {key: 'hero_cta_label', value: 'Get the grip block'},
        // A URL field takes absolute addresses; one on our own domain becomes a path on the page.
        {key: 'hero_cta_link', value: 'https://trailforge.example/products/grip-and-hang-strength-block'},
        {key: 'section_order', value: JSON.stringify(['newsletter', 'hero', 'latest_articles'])},
      ]);
      await open(page, '/');
      await expect(page.getByRole('heading', {level: 1})).toHaveText('Mud season is coming.');
      await expect(page.getByRole('link', {name: 'Get the grip block'})).toHaveAttribute('href', '/products/grip-and-hang-strength-block');
      expect(await homeSections(page)).toEqual(['newsletter', 'hero', 'latest_articles']);
      await expect(page.getByRole('heading', {name: 'Featured Programs'})).toHaveCount(0);
    } finally {
      await saveHome(emulator, original.fields);
    }
    await open(page, '/');
    expect(await homeSections(page)).toEqual(['hero', 'featured_collection', 'latest_articles', 'newsletter']);
  });

  test('falls back to the built-in home page when the entry is unpublished', async ({page, emulator}) => {
    const original = await homeEntry(emulator);
    try {
      await saveHome(emulator, [], 'DRAFT');
      await open(page, '/');
      await expect(page.getByRole('heading', {level: 1})).toHaveText('Train for the race you actually signed up for.');
      await expect(page.getByRole('link', {name: 'Start Spartan Race Prep'})).toHaveAttribute('href', PROGRAM);
      await expect(page.locator('main [data-section="featured_collection"]').getByRole('article').first()).toBeVisible();
    } finally {
      await saveHome(emulator, original.fields, 'ACTIVE');
    }
    await open(page, '/');
    await expect(page.getByRole('heading', {level: 1})).not.toHaveText('Train for the race you actually signed up for.');
  });

  test('the hero image loads first and eagerly', async ({page}) => {
    await page.setViewportSize({width: 1366, height: 900});
    await open(page, '/');
    const hero = page.locator('main [data-section="hero"] img');
    await expect(hero).toHaveAttribute('loading', 'eager');
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    await expect(hero).toHaveAttribute('alt', /\S/);
  });
});

test.describe('inline article promo', () => {
  test('an article_inline banner sits between sections and leads to its programs', async ({page}) => {
    await page.goto('/blogs/news/foam-rolling-before-or-after');
    const promo = page.getByTestId('article-inline-promo');
    await expect(promo).toContainText('Recovery is part of the plan');
    // Between the first and second sections: after the first H2, before the second.
    const order = await page.evaluate(() => {
      const body = document.querySelector('[data-testid="article-body"]')!;
      const headings = [...body.querySelectorAll('h2')];
      const card = body.querySelector('[data-testid="article-inline-promo"]')!;
      const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {afterFirst: follows(headings[0], card), beforeSecond: follows(card, headings[1])};
    });
    expect(order).toEqual({afterFirst: true, beforeSecond: true});
    await promo.getByRole('link', {name: 'See recovery programs'}).click();
    await expect(page).toHaveURL(/\/collections\/recovery-and-mobility$/);
  });
});
