/**
 * A reader signs up for the newsletter — from the footer, after an article or on /newsletter,
 * with and without JavaScript — and marketing finds them in Shopify's customers with email
 * marketing consent (here: the emulator's Admin API).
 */
import type {Page} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';

// The outage test arms a fault on the emulator's Admin GraphQL endpoint, narrowed to its own address.

const ARTICLE = '/blogs/news/what-is-dry-needling';
// The test stack sets no minimum fill time (FORM_MIN_FILL_MS=0, docs/decisions/020), so journeys never
// wait on the clock; the form still needs the token its browser fetched (or, without JavaScript, the
// one the first post hands back).

// Every accepted sign-up gets these same words (new, already subscribed, or unsubscribed before).
const ACCEPTED = /thanks for signing up! please check your inbox/i;

const uniqueEmail = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

/** Each test signs up from its own address, so the per-address rate limit never mixes tests up. */
test.beforeEach(async ({page}) => {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  await page.setExtraHTTPHeaders({'oxygen-buyer-ip': `198.51.${octet()}.${octet()}`});
});

async function customer(emulator: EmulatorClient, email: string) {
  const data = await emulator.admin<{customers: {nodes: Array<{email: string; emailMarketingConsent: {marketingState: string} | null}>}}>(
    `query Find($query: String!) { customers(first: 5, query: $query) { nodes { email emailMarketingConsent { marketingState } } } }`,
    {query: `email:"${email}"`},
  );
  return data.customers.nodes;
}

async function signUp(page: Page, form: ReturnType<Page['getByTestId']>, email: string) {
  await form.getByLabel('Email address').fill(email);
  await form.getByRole('button', {name: 'Subscribe'}).click();
}

test.describe('with JavaScript', () => {
  test('a reader subscribes after an article and stays on it', async ({page, emulator}) => {
    const email = uniqueEmail('after-article');
    await page.goto(ARTICLE);
    const form = page.getByTestId('newsletter-article');
    await expect(form).toContainText(/join [\d,]+\+ readers/i);
    await signUp(page, form, email);

    await expect(form.getByTestId('newsletter-status')).toHaveText(ACCEPTED);
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(form.getByLabel('Email address')).toHaveValue('');
    expect(await customer(emulator, email)).toEqual([{email, emailMarketingConsent: {marketingState: 'SUBSCRIBED'}}]);
  });

  test('signing up twice never makes a second customer', async ({page, emulator}) => {
    const email = uniqueEmail('twice');
    await page.goto('/collections/all');
    const form = page.getByTestId('newsletter-footer');
    await form.getByLabel('Email address').fill(email);
    const button = form.getByRole('button', {name: 'Subscribe'});
    await button.click();
    await expect(form.getByTestId('newsletter-status')).toHaveText(ACCEPTED);

    const first = await form.getByTestId('newsletter-status').textContent();
    await form.getByLabel('Email address').fill(email);
    await button.click();
    // The same answer again: the form never says who is on the list.
    await expect(form.getByTestId('newsletter-status')).toHaveText(first ?? '');
    await expect(form.getByLabel('Email address')).toHaveValue('');
    expect(await customer(emulator, email)).toHaveLength(1);
  });

  test('someone typing an unsubscribed reader’s address never subscribes them: they are only sent a confirmation link', async ({page, emulator, emulatorUrl}) => {
    // A reader of our own making who once unsubscribed (no other test knows this address).
    const email = uniqueEmail('opted-out');
    const created = await emulator.admin<{customerCreate: {userErrors: unknown[]}}>(
      `mutation Create($input: CustomerInput!) { customerCreate(input: $input) { userErrors { message } } }`,
      {input: {email, emailMarketingConsent: {marketingState: 'UNSUBSCRIBED'}}},
    );
    expect(created.customerCreate.userErrors).toEqual([]);

    await page.goto('/newsletter');
    const form = page.getByTestId('newsletter-page-form');
    await signUp(page, form, email);
    await expect(form.getByTestId('newsletter-status')).toHaveText(ACCEPTED);
    expect(await customer(emulator, email)).toEqual([{email, emailMarketingConsent: {marketingState: 'PENDING'}}]);

    // Marketing sees the address awaiting confirmation in the store's subscribers list.
    await page.goto(`${emulatorUrl}/admin/subscribers?state=pending`);
    await expect(page.getByRole('row', {name: new RegExp(email.replace(/[.+]/g, '\\$&'))})).toContainText(/awaiting confirmation\s+confirmed opt in/i);
  });

  test('the button is disabled while the sign-up is sent', async ({page}) => {
    await page.goto('/newsletter');
    const form = page.getByTestId('newsletter-page-form');
    await form.getByLabel('Email address').fill(uniqueEmail('busy'));
    // Hold the request so the in-between state can be seen.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/newsletter.data*', async (route) => {
      await held;
      await route.continue();
    });
    await form.getByRole('button', {name: 'Subscribe'}).click();
    await expect(form.getByRole('button', {name: 'Subscribing…'})).toBeDisabled();
    release();
    await expect(form.getByTestId('newsletter-status')).toHaveText(ACCEPTED);
    await expect(form.getByRole('button', {name: 'Subscribe'})).toBeEnabled();
  });

  test('an invalid address gets a clear message and stays in the field', async ({page, emulator}) => {
    await page.goto(ARTICLE);
    const form = page.getByTestId('newsletter-article');
    // The browser accepts it (no dot needed), the storefront does not.
    await signUp(page, form, 'runner@localhost');
    await expect(form.getByTestId('newsletter-status')).toHaveText(/valid email address/i);
    await expect(form.getByLabel('Email address')).toHaveValue('runner@localhost');
    await expect(form.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
    expect(await customer(emulator, 'runner@localhost')).toEqual([]);
  });

  test('a token scraped from another visitor’s page is refused with a clear message, and the address is kept', async ({page, browser, pageErrors}) => {
    // The storefront answers 400 to the replayed token; the browser logs that, as expected here.
    pageErrors.allow(/status of 400/);
    // Someone else's browser: its own visitor cookie and the token its page fetched.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const tokenAnswer = otherPage.waitForResponse((response) => response.url().includes('/forms/token'));
    await otherPage.goto('/newsletter');
    const scraped = (await (await tokenAnswer).json()) as {token: string};
    expect(scraped.token).toMatch(/^v1\./);
    await other.close();

    const email = uniqueEmail('replayed');
    await page.goto('/newsletter');
    const form = page.getByTestId('newsletter-page-form');
    let replays = 0;
    await page.route('**/newsletter*', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST' || replays > 0) return route.continue();
      replays += 1;
      const body = new URLSearchParams(request.postData() ?? '');
      body.set('form_token', scraped.token);
      return route.continue({postData: body.toString()});
    });
    await signUp(page, form, email);
    await expect(form.getByTestId('newsletter-status')).toHaveText(/could not confirm this form was sent from this browser/i);
    await expect(form.getByLabel('Email address')).toHaveValue(email);

    // The refusal handed this browser a token of its own: the same press now works.
    await form.getByRole('button', {name: 'Subscribe'}).click();
    await expect(form.getByTestId('newsletter-status')).toHaveText(ACCEPTED);
  });

  test('when Shopify is down the reader is asked to try again later, and keeps the address', async ({page, emulator, pageErrors}) => {
    // The storefront answers 503 to the sign-up; the browser logs that, as expected here.
    pageErrors.allow(/status of 503/);
    const email = uniqueEmail('outage');
    await page.goto('/newsletter');
    const form = page.getByTestId('newsletter-page-form');
    await form.getByLabel('Email address').fill(email);
    const armed = await emulator.request.post('/__emulator/faults', {
      // Narrowed to this test's address, so no other test's sign-up can take the one failure.
      data: {path: '/admin/api/*/graphql.json', method: 'POST', bodyIncludes: email, status: 503, times: 1},
    });
    expect(armed.status()).toBe(201);

    await form.getByRole('button', {name: 'Subscribe'}).click();
    await expect(form.getByTestId('newsletter-status')).toHaveText(/try again later/i);
    await expect(form.getByLabel('Email address')).toHaveValue(email);

    // Once Shopify is back, the same press works.
    await form.getByRole('button', {name: 'Subscribe'}).click();
    await expect(form.getByTestId('newsletter-status')).toHaveText(ACCEPTED);
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('a footer sign-up lands on /newsletter, is sent once more, and shows the outcome and a way back', async ({page, emulator}) => {
    const email = uniqueEmail('nojs-footer');
    await page.goto(ARTICLE);
    await signUp(page, page.getByTestId('newsletter-footer'), email);

    // Cached pages carry no per-visitor token, so the first post comes back once, address kept.
    await expect(page).toHaveURL(/\/newsletter$/);
    await expect(page.getByTestId('newsletter-status')).toHaveText(/send it once more/i);
    const form = page.getByTestId('newsletter-page-form');
    await expect(form.getByLabel('Email address')).toHaveValue(email);
    expect(await customer(emulator, email)).toEqual([]);
    await form.getByRole('button', {name: 'Subscribe'}).click();

    await expect(page.getByTestId('newsletter-status')).toHaveText(ACCEPTED);
    await expect(page.getByRole('link', {name: /back to where you were/i})).toHaveAttribute('href', ARTICLE);
    expect(await customer(emulator, email)).toHaveLength(1);
  });

  test('a subscribed reader gets the same neutral answer, and an invalid address is kept in the field', async ({page}) => {
    await page.goto('/newsletter');
    // A reader from the seed content, subscribed long ago: nothing says so.
    await signUp(page, page.getByTestId('newsletter-page-form'), 'dana.k@example.com');
    await expect(page.getByTestId('newsletter-status')).toHaveText(/send it once more/i);
    await page.getByTestId('newsletter-page-form').getByRole('button', {name: 'Subscribe'}).click();
    await expect(page.getByTestId('newsletter-status')).toHaveText(ACCEPTED);

    await signUp(page, page.getByTestId('newsletter-page-form'), 'runner@localhost');
    await expect(page.getByTestId('newsletter-status')).toHaveText(/valid email address/i);
    await expect(page.getByTestId('newsletter-page-form').getByLabel('Email address')).toHaveValue('runner@localhost');
  });
});
