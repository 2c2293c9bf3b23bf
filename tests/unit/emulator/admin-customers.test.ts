/**
 * Newsletter subscribers as Admin customers: create, duplicates, consent updates and the count
 * (which includes the seed's baseline of subscribers), and the app's own sign-up code against it.
 */
import {beforeEach, describe, expect, it} from 'vitest';
import {clearAdminTokenCache, createAdminClient} from '~/lib/admin/admin-client.server';
import {clearSubscriberCountCache, getSubscriberCount, subscribeToNewsletter} from '~/lib/newsletter/subscribe.server';
import {adminGql, adminToken, CLIENT_ID, CLIENT_SECRET, makeAdminEmulator, ORIGIN} from './admin-helpers';

const CREATE = `
  mutation($input: CustomerInput!) {
    customerCreate(input: $input) {
      customer { id email emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt } }
      userErrors { field message }
    }
  }
`;

const COUNT = '{ customersCount(query: "email_subscription_status:SUBSCRIBED") { count precision } }';

describe('Admin customers (newsletter)', () => {
  beforeEach(() => {
    clearAdminTokenCache();
    clearSubscriberCountCache();
  });

  it('creates a subscriber, refuses a duplicate or invalid email, and counts subscribers with the baseline', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    // Fixture: 1,530 baseline subscribers + one listed SUBSCRIBED customer (and one UNSUBSCRIBED).
    expect((await adminGql(emu, token, COUNT)).body.data.customersCount).toEqual({count: 1531, precision: 'EXACT'});

    const consent = {marketingState: 'SUBSCRIBED', marketingOptInLevel: 'SINGLE_OPT_IN', consentUpdatedAt: '2026-11-26T10:00:00Z'};
    const created = await adminGql(emu, token, CREATE, {input: {email: 'New.Reader@Example.com', emailMarketingConsent: consent}});
    expect(created.body.data.customerCreate).toEqual({
      customer: {
        id: expect.stringMatching(/^gid:\/\/shopify\/Customer\/\d+$/),
        email: 'new.reader@example.com',
        emailMarketingConsent: {marketingState: 'SUBSCRIBED', marketingOptInLevel: 'SINGLE_OPT_IN', consentUpdatedAt: '2026-11-26T10:00:00Z'},
      },
      userErrors: [],
    });
    expect((await adminGql(emu, token, COUNT)).body.data.customersCount.count).toBe(1532);

    const duplicate = await adminGql(emu, token, CREATE, {input: {email: 'new.reader@example.com', emailMarketingConsent: consent}});
    expect(duplicate.body.data.customerCreate).toEqual({customer: null, userErrors: [{field: ['email'], message: 'Email has already been taken'}]});
    const invalid = await adminGql(emu, token, CREATE, {input: {email: 'not an email'}});
    expect(invalid.body.data.customerCreate).toEqual({customer: null, userErrors: [{field: ['email'], message: 'Email is invalid'}]});

    const found = await adminGql(emu, token, `query($q: String!) { customers(first: 1, query: $q) { nodes { id email } } }`, {q: 'email:"new.reader@example.com"'});
    expect(found.body.data.customers.nodes).toEqual([{id: created.body.data.customerCreate.customer.id, email: 'new.reader@example.com'}]);
    // The baseline is counted, never listed; other queries do not include it.
    const all = await adminGql(emu, token, '{ customers(first: 50) { nodes { email } } customersCount { count } emailCount: customersCount(query: "email:dana@example.com") { count } }');
    expect(all.body.data.customers.nodes).toHaveLength(3);
    expect(all.body.data.customersCount.count).toBe(1533);
    expect(all.body.data.emailCount.count).toBe(1);
  });

  it('updates email marketing consent of an existing customer', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const update = `mutation($input: CustomerEmailMarketingConsentUpdateInput!) {
      customerEmailMarketingConsentUpdate(input: $input) {
        customer { id emailMarketingConsent { marketingState marketingOptInLevel } }
        userErrors { field message code }
      }
    }`;
    const ok = await adminGql(emu, token, update, {
      input: {customerId: 'gid://shopify/Customer/15002', emailMarketingConsent: {marketingState: 'SUBSCRIBED', marketingOptInLevel: 'CONFIRMED_OPT_IN'}},
    });
    expect(ok.body.data.customerEmailMarketingConsentUpdate).toEqual({
      customer: {id: 'gid://shopify/Customer/15002', emailMarketingConsent: {marketingState: 'SUBSCRIBED', marketingOptInLevel: 'CONFIRMED_OPT_IN'}},
      userErrors: [],
    });
    expect((await adminGql(emu, token, COUNT)).body.data.customersCount.count).toBe(1532);

    const missing = await adminGql(emu, token, update, {
      input: {customerId: 'gid://shopify/Customer/1', emailMarketingConsent: {marketingState: 'SUBSCRIBED'}},
    });
    expect(missing.body.data.customerEmailMarketingConsentUpdate.customer).toBeNull();
    expect(missing.body.data.customerEmailMarketingConsentUpdate.userErrors[0].field).toEqual(['input', 'customerId']);

    // As on Shopify, the update takes SUBSCRIBED, PENDING or UNSUBSCRIBED only; PENDING is confirmed opt-in.
    const notSubscribed = await adminGql(emu, token, update, {
      input: {customerId: 'gid://shopify/Customer/15002', emailMarketingConsent: {marketingState: 'NOT_SUBSCRIBED'}},
    });
    expect(notSubscribed.body.data.customerEmailMarketingConsentUpdate.userErrors[0].field).toEqual(['input', 'emailMarketingConsent', 'marketingState']);
    const pending = await adminGql(emu, token, update, {
      input: {customerId: 'gid://shopify/Customer/15002', emailMarketingConsent: {marketingState: 'PENDING'}},
    });
    expect(pending.body.data.customerEmailMarketingConsentUpdate.customer.emailMarketingConsent).toEqual({
      marketingState: 'PENDING',
      marketingOptInLevel: 'CONFIRMED_OPT_IN',
    });
  });

  it('runs the app’s newsletter sign-up end to end: subscribed, then already subscribed, an opt-out only asked to confirm, and the count', async () => {
    const emu = makeAdminEmulator();
    const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => emu.fetch(String(input), init)) as typeof fetch;
    const admin = createAdminClient({origin: ORIGIN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, apiVersion: '2025-07'}, {fetchImpl});

    await expect(subscribeToNewsletter(admin, 'fresh@example.org', 'SINGLE_OPT_IN')).resolves.toBe('subscribed');
    await expect(subscribeToNewsletter(admin, 'fresh@example.org', 'SINGLE_OPT_IN')).resolves.toBe('already-subscribed');
    // An unsubscribed customer is never subscribed by someone typing their address, even on a
    // single opt-in store: they are sent a confirmation link (PENDING, confirmed opt-in).
    await expect(subscribeToNewsletter(admin, 'tom@example.net', 'SINGLE_OPT_IN')).resolves.toBe('confirmation-sent');
    // Not a codegen'd document, so the result is untyped: say what the test reads.
    const tom: {customers: {nodes: Array<{emailMarketingConsent: unknown}>}} = await admin.graphql(
      `{ customers(first: 1, query: "email:tom@example.net") { nodes { emailMarketingConsent { marketingState marketingOptInLevel } } } }`,
    );
    expect(tom.customers.nodes[0]?.emailMarketingConsent).toEqual({marketingState: 'PENDING', marketingOptInLevel: 'CONFIRMED_OPT_IN'});
    await expect(subscribeToNewsletter(admin, 'tom@example.net', 'SINGLE_OPT_IN')).resolves.toBe('already-subscribed');
    await expect(getSubscriberCount(admin)).resolves.toBe(1532);
  });
});
