import {beforeEach, describe, expect, it} from 'vitest';
import type {AdminClient} from '~/lib/admin/admin-client.server';
import {issueFormToken} from '~/lib/forms/form-token.server';
import {issueVisitorFormToken, readVisitorId} from '~/lib/forms/visitor.server';
import {createRateLimiter} from '~/lib/forms/rate-limit.server';
import {handleNewsletterSubmission, loadSocialProof} from '~/lib/newsletter/newsletter.server';
import type {NewsletterState} from '~/lib/newsletter/newsletter-state';
import {clearSubscriberCountCache, roundedDownCount} from '~/lib/newsletter/subscribe.server';

const SECRET = 'test-secret';
const ORIGIN = 'https://shop.test';

type Customer = {id: string; emailMarketingConsent: {marketingState: string; marketingOptInLevel?: string}};

/** A fake Admin GraphQL API with a customer list, answering the documents subscribe.server.ts sends. */
function fakeAdmin({fail = false, count = 1537}: {fail?: boolean; count?: number} = {}) {
  const customers = new Map<string, Customer>();
  let nextId = 1;
  const admin = {
    async graphql<T>(query: string, {variables = {}}: {variables?: Record<string, unknown>} = {}): Promise<T> {
      if (fail) throw new Error('Admin API timed out after 8000 ms');
      if (query.includes('customersCount')) return {customersCount: {count}} as T;
      if (query.includes('customers(')) {
        const email = /email:"(.*)"/.exec(String(variables.query))?.[1] ?? '';
        const found = customers.get(email);
        return {customers: {nodes: found ? [found] : []}} as T;
      }
      const input = variables.input as {
        email?: string;
        customerId?: string;
        emailMarketingConsent: {marketingState: string; marketingOptInLevel: string};
      };
      const {marketingState, marketingOptInLevel} = input.emailMarketingConsent;
      if (query.includes('customerCreate')) {
        const customer = {id: `gid://shopify/Customer/${nextId++}`, emailMarketingConsent: {marketingState, marketingOptInLevel}};
        customers.set(input.email!, customer);
        return {customerCreate: {customer, userErrors: []}} as T;
      }
      const customer = [...customers.values()].find((entry) => entry.id === input.customerId)!;
      customer.emailMarketingConsent = {marketingState, marketingOptInLevel};
      return {customerEmailMarketingConsentUpdate: {customer, userErrors: []}} as T;
    },
  } as unknown as AdminClient;
  return {admin, customers};
}

function settings(optIn: 'SINGLE_OPT_IN' | 'CONFIRMED_OPT_IN' = 'SINGLE_OPT_IN') {
  return {sessionSecret: SECRET, newsletterOptIn: optIn, isProduction: true} as Parameters<typeof handleNewsletterSubmission>[0]['context']['settings'];
}

/** A post from a browser that fetched its newsletter token `age` ms ago. */
async function post(fields: Record<string, string>, {age = 5_000, origin = ORIGIN} = {}) {
  const {headers} = await issueVisitorFormToken(new Request(`${ORIGIN}/forms/token`), {
    secret: SECRET,
    secure: true,
    formId: 'newsletter',
  });
  const cookie = (headers.get('Set-Cookie') ?? '').split(';')[0]!;
  const visitorId = (await readVisitorId(new Request(ORIGIN, {headers: {Cookie: cookie}})))!;
  const token = await issueFormToken({secret: SECRET, visitorId, formId: 'newsletter', now: Date.now() - age});
  const body = new URLSearchParams({form_token: token, ...fields});
  return new Request(`${ORIGIN}/newsletter`, {
    method: 'POST',
    headers: {Origin: origin, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'oxygen-buyer-ip': '203.0.113.5'},
    body,
  });
}

async function submit(
  fields: Record<string, string>,
  {admin, optIn, age, origin}: {admin: AdminClient | null; optIn?: 'SINGLE_OPT_IN' | 'CONFIRMED_OPT_IN'; age?: number; origin?: string},
) {
  const result = (await handleNewsletterSubmission({
    request: await post(fields, {age, origin}),
    context: {admin, settings: settings(optIn)},
    limiter: createRateLimiter({limit: 100, windowMs: 60_000}),
  })) as unknown as {data: NewsletterState; init: {status: number} | null};
  return {...result.data, status: result.init?.status ?? 200};
}

describe('the newsletter action', () => {
  it('subscribes a new reader and clears the input', async () => {
    const {admin, customers} = fakeAdmin();
    const result = await submit({email: ' Runner@Example.com '}, {admin});
    expect(result).toMatchObject({outcome: 'accepted', ok: true, email: '', status: 200});
    expect(result.message).toMatch(/check your inbox/i);
    expect(customers.get('runner@example.com')?.emailMarketingConsent.marketingState).toBe('SUBSCRIBED');
  });

  it('with confirmed opt-in, a new reader waits for the confirmation email', async () => {
    const {admin, customers} = fakeAdmin();
    const result = await submit({email: 'runner@example.com'}, {admin, optIn: 'CONFIRMED_OPT_IN'});
    expect(result).toMatchObject({outcome: 'accepted', ok: true});
    expect(customers.get('runner@example.com')?.emailMarketingConsent).toEqual({marketingState: 'PENDING', marketingOptInLevel: 'CONFIRMED_OPT_IN'});
  });

  it('is idempotent: a second submit changes nothing and makes no second customer', async () => {
    const {admin, customers} = fakeAdmin();
    await submit({email: 'runner@example.com'}, {admin});
    const again = await submit({email: 'runner@example.com'}, {admin});
    expect(again).toMatchObject({outcome: 'accepted', ok: true});
    expect(customers.size).toBe(1);
  });

  it('never sets an unsubscribed customer back to subscribed: they get a confirmation email (PENDING, confirmed opt-in)', async () => {
    for (const optIn of ['SINGLE_OPT_IN', 'CONFIRMED_OPT_IN'] as const) {
      const {admin, customers} = fakeAdmin();
      customers.set('left@example.com', {id: 'gid://shopify/Customer/900', emailMarketingConsent: {marketingState: 'UNSUBSCRIBED'}});
      const result = await submit({email: 'left@example.com'}, {admin, optIn});
      expect(result).toMatchObject({outcome: 'accepted', ok: true});
      expect(customers.get('left@example.com')?.emailMarketingConsent).toEqual({marketingState: 'PENDING', marketingOptInLevel: 'CONFIRMED_OPT_IN'});
    }
  });

  it('never turns a customer awaiting confirmation into a subscriber, nor touches redacted ones', async () => {
    const {admin, customers} = fakeAdmin();
    customers.set('waiting@example.com', {id: 'gid://shopify/Customer/901', emailMarketingConsent: {marketingState: 'PENDING'}});
    customers.set('gone@example.com', {id: 'gid://shopify/Customer/902', emailMarketingConsent: {marketingState: 'REDACTED'}});
    expect(await submit({email: 'waiting@example.com'}, {admin})).toMatchObject({outcome: 'accepted'});
    expect(await submit({email: 'gone@example.com'}, {admin})).toMatchObject({outcome: 'accepted'});
    expect(customers.get('waiting@example.com')?.emailMarketingConsent.marketingState).toBe('PENDING');
    expect(customers.get('gone@example.com')?.emailMarketingConsent.marketingState).toBe('REDACTED');
  });

  it('answers a new, a subscribed and an unsubscribed address alike, so nobody learns who is on the list', async () => {
    const {admin, customers} = fakeAdmin();
    customers.set('on@example.com', {id: 'gid://shopify/Customer/903', emailMarketingConsent: {marketingState: 'SUBSCRIBED'}});
    customers.set('off@example.com', {id: 'gid://shopify/Customer/904', emailMarketingConsent: {marketingState: 'UNSUBSCRIBED'}});
    const answers = await Promise.all(
      ['new@example.com', 'on@example.com', 'off@example.com'].map((email) => submit({email}, {admin})),
    );
    const [first, ...rest] = answers.map(({formToken: _token, ...answer}) => answer);
    for (const answer of rest) expect(answer).toEqual(first);
  });

  it('keeps an invalid email in the input with a clear message', async () => {
    const {admin, customers} = fakeAdmin();
    const result = await submit({email: 'runner@localhost'}, {admin});
    expect(result).toMatchObject({outcome: 'invalid-email', ok: false, email: 'runner@localhost', status: 200});
    expect(result.message).toMatch(/valid email/i);
    expect(customers.size).toBe(0);
  });

  it('asks the reader to try again later when the Admin API fails, keeping the email', async () => {
    const {admin} = fakeAdmin({fail: true});
    const result = await submit({email: 'runner@example.com'}, {admin});
    expect(result).toMatchObject({outcome: 'try-again', ok: false, email: 'runner@example.com', status: 503});
    expect(result.message).toMatch(/try again later/i);
  });

  it('says sign-up is unavailable without Admin credentials', async () => {
    const result = await submit({email: 'runner@example.com'}, {admin: null});
    expect(result).toMatchObject({outcome: 'unavailable', ok: false, status: 503});
  });

  it('runs the form guard first: too fast, cross-site and honeypot posts never reach Shopify', async () => {
    const {admin, customers} = fakeAdmin();
    expect(await submit({email: 'a@example.com'}, {admin, age: 300})).toMatchObject({outcome: 'blocked', email: 'a@example.com', status: 400});
    expect(await submit({email: 'b@example.com'}, {admin, origin: 'https://evil.example'})).toMatchObject({outcome: 'blocked', status: 403});
    expect(await submit({email: 'c@example.com', website: 'http://spam.example'}, {admin})).toMatchObject({outcome: 'blocked'});
    expect(customers.size).toBe(0);
  });

  it('a form left open past two hours says it expired, keeps the address and hands back a fresh token', async () => {
    const {admin, customers} = fakeAdmin();
    const result = await submit({email: 'slow@example.com'}, {admin, age: 2 * 60 * 60_000 + 1_000});
    expect(result).toMatchObject({outcome: 'blocked', ok: false, email: 'slow@example.com', status: 200});
    expect(result.message).toMatch(/expired.*send it again/i);
    expect(result.formToken).toMatch(/^v1\.\d+\./);
    expect(customers.size).toBe(0);
  });

  it('remembers only a same-site page to send a no-JS reader back to', async () => {
    const {admin} = fakeAdmin();
    expect((await submit({email: 'x@example.com', return_to: '/blogs/news/a'}, {admin})).returnTo).toBe('/blogs/news/a');
    expect((await submit({email: 'y@example.com', return_to: 'https://evil.example/'}, {admin})).returnTo).toBeNull();
  });
});

describe('social proof', () => {
  beforeEach(() => clearSubscriberCountCache());

  it('rounds the real count down, so it never claims more than is true', () => {
    expect(roundedDownCount(1537)).toBe('1,500+');
    expect(roundedDownCount(149)).toBe('100+');
    expect(roundedDownCount(12_345)).toBe('12,000+');
    expect(roundedDownCount(9)).toBeNull();
  });

  it('is left out without Admin credentials or when the count cannot be read', async () => {
    const waitUntil = () => {};
    expect(await loadSocialProof({admin: null, waitUntil})).toBeNull();
    expect(await loadSocialProof({admin: fakeAdmin({fail: true}).admin, waitUntil})).toBeNull();
    expect(await loadSocialProof({admin: fakeAdmin({count: 1537}).admin, waitUntil})).toBe('1,500+');
  });
});

describe('an address Shopify rejects', () => {
  it('is reported as an invalid email the reader can fix, not as an outage', async () => {
    const {subscribeToNewsletter} = await import('~/lib/newsletter/subscribe.server');
    const admin = {
      async graphql<T>(query: string): Promise<T> {
        if (query.includes('customers(')) return {customers: {nodes: []}} as T;
        return {customerCreate: {customer: null, userErrors: [{field: ['email'], message: 'Email is invalid'}]}} as T;
      },
    } as unknown as AdminClient;
    expect(await subscribeToNewsletter(admin, 'reader@under_score.example', 'SINGLE_OPT_IN')).toBe('invalid-email');
  });
});
