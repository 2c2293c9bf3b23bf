import type {
  CustomerEmailMarketingConsentInput,
  CustomerEmailMarketingState,
  CustomerMarketingOptInLevel,
} from 'admin.types';
import type {NewsletterCustomerQuery} from 'adminapi.generated';
import type {AdminClient} from '~/lib/admin/admin-client.server';
import {
  NEWSLETTER_CONSENT_UPDATE,
  NEWSLETTER_CUSTOMER_CREATE,
  NEWSLETTER_CUSTOMER_QUERY,
  NEWSLETTER_SUBSCRIBER_COUNT_QUERY,
} from './newsletter.admin';
import {describeFailure} from '~/lib/shop/upstream.server';

/**
 * Newsletter sign-up through the Admin GraphQL API: the Storefront API has no
 * email-only subscribe (docs/decisions/022-newsletter-via-admin-graphql.md).
 * The Admin documents live in newsletter.admin.ts and are typed by codegen.
 */

export type OptInLevel = Extract<CustomerMarketingOptInLevel, 'SINGLE_OPT_IN' | 'CONFIRMED_OPT_IN'>;

/**
 * What happened, for tests and logs only: the reader sees one neutral answer for every accepted
 * sign-up, so the form never tells anyone whether an address is on the list.
 */
export type SubscribeOutcome =
  | 'subscribed'
  | 'confirmation-sent'
  | 'already-subscribed'
  /** Shopify's own states (REDACTED, INVALID) are left alone. */
  | 'unchanged'
  | 'invalid-email'
  | 'unavailable';

type CustomerNode = NewsletterCustomerQuery['customers']['nodes'][number];
type MarketingState = CustomerEmailMarketingState;
type UserError = {field?: string[] | null; message: string};

function isEmailProblem(error: UserError) {
  return Boolean(error.field?.includes('email')) && /invalid/i.test(error.message);
}

function consentFor(optInLevel: OptInLevel): CustomerEmailMarketingConsentInput {
  return {
    // Confirmed opt-in starts PENDING: Shopify emails the reader a confirmation link.
    marketingState: optInLevel === 'CONFIRMED_OPT_IN' ? 'PENDING' : 'SUBSCRIBED',
    marketingOptInLevel: optInLevel,
    consentUpdatedAt: new Date().toISOString(),
  };
}

async function findCustomer(admin: AdminClient, email: string): Promise<CustomerNode | null> {
  const query = `email:"${email.replace(/["\\]/g, '')}"`;
  const data = await admin.graphql(NEWSLETTER_CUSTOMER_QUERY, {variables: {query}});
  return data.customers.nodes[0] ?? null;
}

function outcomeOf(state: MarketingState | undefined, optInLevel: OptInLevel): SubscribeOutcome {
  if (state === 'PENDING' && optInLevel === 'CONFIRMED_OPT_IN') return 'confirmation-sent';
  return 'subscribed';
}

/**
 * Idempotent: an address that is already subscribed (or a double submit that
 * raced us to create the customer) ends as "already subscribed", never an error.
 * A new address gets the store's opt-in level; an existing customer, see updateConsent.
 */
export async function subscribeToNewsletter(
  admin: AdminClient,
  email: string,
  optInLevel: OptInLevel,
): Promise<SubscribeOutcome> {
  try {
    const existing = await findCustomer(admin, email);
    if (existing) return await updateConsent(admin, existing, optInLevel);

    const created = await admin.graphql(NEWSLETTER_CUSTOMER_CREATE, {
      variables: {input: {email, emailMarketingConsent: consentFor(optInLevel)}},
    });
    const payload = created.customerCreate;
    if (payload?.customer) {
      return outcomeOf(payload.customer.emailMarketingConsent?.marketingState, optInLevel);
    }
    // "Email has already been taken": a concurrent submit created the customer first.
    const raced = await findCustomer(admin, email);
    if (raced) return await updateConsent(admin, raced, optInLevel);
    // Shopify's address check is stricter than ours: its verdict on the email is the reader's to fix.
    const userErrors = payload?.userErrors ?? [];
    if (userErrors.some(isEmailProblem)) return 'invalid-email';
    console.error('Newsletter sign-up rejected:', userErrors.map((e) => e.message).join('; '));
    return 'unavailable';
  } catch (error) {
    console.error('Newsletter sign-up failed:', describeFailure(error));
    return 'unavailable';
  }
}

/**
 * An existing customer. Anyone can type any address, so a sign-up never lowers consent and never
 * overrides an opt-out: SUBSCRIBED and PENDING stay as they are, and an UNSUBSCRIBED customer only
 * becomes PENDING with confirmed opt-in (Shopify emails them a link; nothing changes unless they
 * click it), whatever opt-in level the store uses for new addresses.
 */
async function updateConsent(
  admin: AdminClient,
  customer: CustomerNode,
  storeOptInLevel: OptInLevel,
): Promise<SubscribeOutcome> {
  const state = customer.emailMarketingConsent?.marketingState ?? 'NOT_SUBSCRIBED';
  if (state === 'SUBSCRIBED' || state === 'PENDING') return 'already-subscribed';
  if (state === 'REDACTED' || state === 'INVALID') return 'unchanged';
  const optInLevel: OptInLevel = state === 'UNSUBSCRIBED' ? 'CONFIRMED_OPT_IN' : storeOptInLevel;
  const updated = await admin.graphql(NEWSLETTER_CONSENT_UPDATE, {
    variables: {input: {customerId: customer.id, emailMarketingConsent: consentFor(optInLevel)}},
  });
  const result = updated.customerEmailMarketingConsentUpdate;
  if (!result?.customer) {
    console.error('Newsletter consent update rejected:', (result?.userErrors ?? []).map((e) => e.message).join('; '));
    return 'unavailable';
  }
  return outcomeOf(result.customer.emailMarketingConsent?.marketingState, optInLevel);
}

let countCache: {value: number; expiresAt: number} | null = null;
const COUNT_TTL_MS = 10 * 60_000;

/**
 * The real subscriber count for the "Join N+ readers" line, cached for ten
 * minutes per isolate. Null when it cannot be read: the line is then left out
 * rather than showing a made-up number.
 */
export async function getSubscriberCount(admin: AdminClient): Promise<number | null> {
  if (countCache && countCache.expiresAt > Date.now()) return countCache.value;
  try {
    const data = await admin.graphql(NEWSLETTER_SUBSCRIBER_COUNT_QUERY);
    const value = data.customersCount?.count ?? null;
    if (value !== null) countCache = {value, expiresAt: Date.now() + COUNT_TTL_MS};
    return value;
  } catch (error) {
    console.error('Subscriber count failed:', describeFailure(error));
    return null;
  }
}

/** "1,500+" from 1,537: honest (never above the real number) and stable between sign-ups. */
export function roundedDownCount(count: number): string | null {
  if (count < 10) return null;
  const step = count >= 10_000 ? 1_000 : count >= 1_000 ? 100 : count >= 100 ? 50 : 10;
  return `${(Math.floor(count / step) * step).toLocaleString('en-US')}+`;
}

/** Only for tests. */
export function clearSubscriberCountCache() {
  countCache = null;
}
