import type {Locator, Page} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';
import {FLAGSHIP} from './fixtures/shop';

/**
 * When Shopify fails, the reader gets calm answers: a page whose own data cannot be loaded is our
 * branded 503 page with Retry-After (never a stack trace); a part that is only extra (recommendations,
 * related articles, the journal cards, banners, the footer, suggestions) quietly disappears and the
 * page is still a 200.
 *
 * The emulator is shared by parallel workers, so each fault is aimed at this test's own page loads:
 * the GraphQL operation name plus a cookie only this test's browser sends (Hydrogen forwards the
 * shopper's cookies to the Storefront API), and few `times`. Every test checks its fault was used, so
 * a renamed query cannot make a test pass without testing anything.
 */

type FaultKind = 'status' | 'throttled' | 'security-rejection' | 'malformed-json' | 'reset' | 'hang';

interface Fault {
  operation: string;
  kind: FaultKind;
  status?: number;
}

/** Gives this test's browser its own cookie and arms the fault for requests that carry it. */
async function armForThisTest(
  page: Page,
  emulator: EmulatorClient,
  fault: Fault,
  baseURL: string,
  times = 1,
): Promise<number> {
  const run = `run-${crypto.randomUUID()}`;
  await page.context().addCookies([{name: 'trailforge_test_run', value: run, url: baseURL}]);
  const armed = await emulator.request.post('/__emulator/faults', {
    data: {...fault, headerIncludes: {cookie: run}, times},
  });
  expect(armed.status(), await armed.text()).toBe(201);
  return ((await armed.json()) as {id: number}).id;
}

async function expectFaultUsed(emulator: EmulatorClient, id: number) {
  const response = await emulator.request.get('/__emulator/faults');
  const {faults} = (await response.json()) as {faults: Array<{id: number}>};
  expect(faults.map((fault) => fault.id), 'the fault was never triggered').not.toContain(id);
}

/** The branded outage page: 503, Retry-After, our words, the way home, and nothing technical. */
async function expectOutagePage(page: Page, response: Awaited<ReturnType<Page['goto']>>) {
  expect(response?.status()).toBe(503);
  expect(Number(response?.headers()['retry-after'])).toBeGreaterThan(0);
  await expect(page.getByRole('heading', {level: 1, name: 'The trail is busy right now'})).toBeVisible();
  await expect(page.getByRole('link', {name: 'Back to the home page'})).toBeVisible();
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bat \S+:\d+:\d+|Error:|GraphQL|THROTTLED|graphql\.json/);
}

const footerLinks = (page: Page) => page.getByRole('navigation', {name: 'Policies'}).getByRole('link');

interface PageCase {
  page: string;
  path: string;
  critical: Fault;
  /** A fault on an extra part, and that part as the reader sees it when Shopify answers. */
  nonCritical: Fault & {part: string; locate: (page: Page) => Locator};
}

const cases: PageCase[] = [
  {
    page: 'home',
    path: '/',
    critical: {operation: 'HomePage', kind: 'throttled'},
    nonCritical: {
      operation: 'HomeArticles',
      kind: 'status',
      status: 502,
      part: 'the journal cards',
      locate: (page) => page.locator('[data-section="latest_articles"] article'),
    },
  },
  {
    page: 'program',
    path: FLAGSHIP,
    critical: {operation: 'ProductPage', kind: 'reset'},
    nonCritical: {
      operation: 'ProductRecommendations',
      kind: 'malformed-json',
      part: 'the “Pair it with” programs',
      locate: (page) => page.getByTestId('pair-card'),
    },
  },
  {
    page: 'collection',
    path: '/collections/race-prep',
    critical: {operation: 'CollectionProducts', kind: 'security-rejection'},
    nonCritical: {operation: 'LayoutFooter', kind: 'status', status: 500, part: 'the footer links', locate: footerLinks},
  },
  {
    page: 'blog',
    path: '/blogs/news',
    critical: {operation: 'BlogArticles', kind: 'status', status: 500},
    nonCritical: {operation: 'LayoutFooter', kind: 'throttled', part: 'the footer links', locate: footerLinks},
  },
  {
    page: 'article',
    path: '/blogs/news/deload-weeks-explained',
    critical: {operation: 'BlogArticle', kind: 'malformed-json'},
    nonCritical: {
      operation: 'BlogArticleNeighbours',
      kind: 'reset',
      part: 'the related articles',
      locate: (page) => page.getByRole('heading', {name: 'Keep reading'}),
    },
  },
  {
    page: 'content page',
    path: '/pages/about',
    critical: {operation: 'ContentPage', kind: 'throttled'},
    nonCritical: {operation: 'LayoutFooter', kind: 'security-rejection', part: 'the footer links', locate: footerLinks},
  },
  {
    page: 'search',
    path: '/search?q=spartan',
    critical: {operation: 'SiteSearch', kind: 'status', status: 503},
    nonCritical: {operation: 'LayoutFooter', kind: 'malformed-json', part: 'the footer links', locate: footerLinks},
  },
];

test.describe('Shopify fails on a page’s own data', () => {
  for (const {page: kind, path, critical} of cases) {
    test(`the ${kind} page answers the branded 503 page (${critical.kind})`, async ({page, pageErrors, emulator, baseURL}) => {
      pageErrors.allowDocumentStatus(503);
      const id = await armForThisTest(page, emulator, critical, baseURL!);
      const response = await page.goto(path);
      await expectOutagePage(page, response);
      await expectFaultUsed(emulator, id);

      // It is an outage, not a broken page: the same address works again at once.
      await expect((await page.reload())?.status()).toBe(200);
    });
  }

  test('a hung Storefront API still gets an answer: the 503 page once the time budget runs out', async ({
    page,
    pageErrors,
    emulator,
    baseURL,
  }) => {
    pageErrors.allowDocumentStatus(503);
    const id = await armForThisTest(page, emulator, {operation: 'ProductPage', kind: 'hang'}, baseURL!);
    const response = await page.goto(FLAGSHIP);
    await expectOutagePage(page, response);
    await expectFaultUsed(emulator, id);
  });

  test('a missing thing is still a 404, not an outage', async ({page, pageErrors}) => {
    pageErrors.allowDocumentStatus(404);
    const response = await page.goto('/products/no-such-program-anywhere');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible();
  });
});

test.describe('Shopify fails on an extra part of the page', () => {
  for (const {page: kind, path, nonCritical} of cases) {
    const {part, locate, ...fault} = nonCritical;
    test(`the ${kind} page is still a 200 without ${part} (${fault.operation}: ${fault.kind})`, async ({
      page,
      emulator,
      baseURL,
    }) => {
      // The part as it looks when Shopify answers, in a page of its own (no fault aimed at it).
      const control = await page.context().browser()!.newPage();
      await control.goto(path);
      await expect(locate(control).first()).toBeVisible();
      await control.close();

      const id = await armForThisTest(page, emulator, fault, baseURL!);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', {level: 1})).toBeVisible();
      // goto waits for the whole streamed document, deferred parts included.
      await expect(locate(page)).toHaveCount(0);
      await expectFaultUsed(emulator, id);
    });
  }
});

test('a later page of comments that cannot be loaded falls back to the first page, and the article still reads', async ({
  page,
  emulator,
  baseURL,
}) => {
  const id = await armForThisTest(page, emulator, {operation: 'BlogArticleComments', kind: 'reset'}, baseURL!);
  const response = await page.goto('/blogs/news/what-is-dry-needling?comments_cursor=later-page');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  await expect(page.locator('ol[role="list"] > li article').first()).toBeVisible();
  await expectFaultUsed(emulator, id);
});

test.describe('the cart when Shopify fails', () => {
  /** The browser's own log line for the cart's 503 answer, which these tests provoke. */
  const cartAnswerUnavailable = (issue: {kind: string; resourceUrl?: string}) =>
    issue.kind === 'console.error' && new URL(issue.resourceUrl ?? 'http://x/').pathname === '/api/cart';

  /** A cart with the flagship in it, made through the Storefront API, and its cookie in this browser. */
  async function withCart(page: Page, emulator: EmulatorClient, baseURL: string) {
    const {product} = await emulator.storefront<{product: {variants: {nodes: Array<{id: string}>}}}>(
      'query Flagship { product(handle: "spartan-race-preparation-program") { variants(first: 1) { nodes { id } } } }',
    );
    const {cartCreate} = await emulator.storefront<{cartCreate: {cart: {id: string}}}>(
      'mutation NewCart($line: CartLineInput!) { cartCreate(input: {lines: [$line]}) { cart { id } } }',
      {line: {merchandiseId: product.variants.nodes[0]!.id, quantity: 1}},
    );
    const cartId = cartCreate.cart.id.split('/').pop()!;
    await page.context().addCookies([{name: 'cart', value: cartId, url: baseURL}]);
  }

  test('the cart page answers the branded 503 page when the cart cannot be read', async ({
    page,
    pageErrors,
    emulator,
    baseURL,
  }) => {
    pageErrors.allowDocumentStatus(503);
    pageErrors.allow(cartAnswerUnavailable);
    await withCart(page, emulator, baseURL!);
    // Both reads of the cart fail: the page's own, and the browser's ask for the header's count.
    const id = await armForThisTest(page, emulator, {operation: 'CartQuery', kind: 'throttled'}, baseURL!, 2);
    const cartAnswer = page.waitForResponse((answer) => new URL(answer.url()).pathname === '/api/cart');
    const response = await page.goto('/cart');
    await expectOutagePage(page, response);
    expect((await cartAnswer).status()).toBe(503);
    await expect(page.getByRole('link', {name: 'Cart', exact: true})).toBeVisible();
    await expectFaultUsed(emulator, id);
  });

  test('a program page still works when only the header’s cart cannot be read, and never calls the cart empty', async ({
    page,
    pageErrors,
    emulator,
    baseURL,
  }) => {
    pageErrors.allow(cartAnswerUnavailable);
    await withCart(page, emulator, baseURL!);
    const id = await armForThisTest(page, emulator, {operation: 'CartQuery', kind: 'reset'}, baseURL!);
    const cartAnswer = page.waitForResponse((answer) => new URL(answer.url()).pathname === '/api/cart');
    const response = await page.goto(FLAGSHIP);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.locator('#product-add-to-cart')).toBeEnabled();
    expect((await cartAnswer).status()).toBe(503);
    await expectFaultUsed(emulator, id);

    // The header keeps a plain link to the cart, with no count; the drawer says what happened.
    const cartLink = page.getByRole('link', {name: 'Cart', exact: true});
    await expect(cartLink).toBeVisible();
    await cartLink.click();
    const drawer = page.getByRole('dialog', {name: 'Your cart'});
    await expect(drawer.getByRole('alert')).toHaveText(/could not load your cart just now\. Nothing in it was lost/);
    await expect(drawer).not.toContainText('Your cart is empty');
  });
});
