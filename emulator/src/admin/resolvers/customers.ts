import type {CustomerData, MarketingState} from '../../content/types';
import {isoSeconds} from '../../store/comments';
import {paginate} from '../../storefront/connection';
import {numericGid} from '../../storefront/gid';
import {byKey, compareDates, compareText, sortRecords} from '../../storefront/resolvers/common';
import {
  compareDate,
  compareValues,
  evaluate,
  parseSearchQuery,
  textContains,
  textEquals,
  type QueryNode,
  type TermNode,
} from '../../storefront/search-syntax';
import type {AdminContext} from '../context';
import {customerNode, type CustomerNode} from '../nodes';
import type {AdminResolverMap, ConnectionArgs, UserErrorShape} from './types';

type OptInLevel = NonNullable<CustomerData['emailMarketingConsent']>['marketingOptInLevel'];

interface ConsentInput {
  marketingState: MarketingState;
  marketingOptInLevel?: OptInLevel | null;
  consentUpdatedAt?: string | null;
}

/** States a merchant (or app) may set on create; INVALID and REDACTED are Shopify's own. */
const SETTABLE_STATES = new Set<MarketingState>(['SUBSCRIBED', 'NOT_SUBSCRIBED', 'PENDING', 'UNSUBSCRIBED']);
/**
 * customerEmailMarketingConsentUpdate takes only these: NOT_SUBSCRIBED is the never-asked default,
 * so an opt-out is UNSUBSCRIBED, and a renewed sign-up is PENDING until the reader confirms.
 */
const UPDATABLE_STATES = new Set<MarketingState>(['SUBSCRIBED', 'PENDING', 'UNSUBSCRIBED']);

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

const STATUS_FIELDS = new Set(['email_subscription_status', 'email_marketing_state', 'accepts_marketing']);

function matchState(state: MarketingState | null, term: TermNode): boolean {
  if (term.field === 'accepts_marketing') {
    return (state === 'SUBSCRIBED') === (term.value.toLowerCase() === 'true');
  }
  return (state ?? 'NOT_SUBSCRIBED') === term.value.toUpperCase();
}

function matchCustomer(c: CustomerData, term: TermNode): boolean | undefined {
  if (term.field && STATUS_FIELDS.has(term.field)) {
    return matchState(c.emailMarketingConsent?.marketingState ?? null, term);
  }
  switch (term.field) {
    case null:
      return textContains(`${c.email ?? ''} ${c.firstName ?? ''} ${c.lastName ?? ''}`, term);
    case 'email':
      return textEquals(c.email, term);
    case 'first_name':
      return textEquals(c.firstName, term);
    case 'last_name':
      return textEquals(c.lastName, term);
    case 'tag':
      return c.tags.some((t) => textEquals(t, term));
    case 'created_at':
      return compareDate(c.createdAt, term);
    case 'updated_at':
      return compareDate(c.updatedAt, term);
    case 'id':
      return /^\d+$/.test(term.value) && compareValues(c.id, term, Number(term.value));
    default:
      return undefined;
  }
}

/**
 * Whether the notional baseline subscribers (customers.json `baselineSubscribedCount`) match a
 * query: they are SUBSCRIBED and have no other known attribute, so only an empty query or filters
 * on the subscription status can match them.
 */
function baselineMatches(ast: QueryNode | null): boolean {
  return evaluate(ast, null, (_item, term) =>
    term.field && STATUS_FIELDS.has(term.field) ? matchState('SUBSCRIBED', term) : false,
  );
}

function queryCustomers(ctx: AdminContext, query: string | null | undefined): CustomerData[] {
  const ast = parseSearchQuery(query);
  return ctx.customers.all().filter((c) => evaluate(ast, c, matchCustomer));
}

function checkConsent(consent: ConsentInput, at: string[], allowed = SETTABLE_STATES): UserErrorShape | null {
  if (!allowed.has(consent.marketingState)) {
    return {field: [...at, 'marketingState'], message: 'Marketing state is not included in the list', code: 'INCLUSION'};
  }
  if (consent.consentUpdatedAt != null && Number.isNaN(Date.parse(consent.consentUpdatedAt))) {
    return {field: [...at, 'consentUpdatedAt'], message: 'Consent updated at is invalid', code: 'INVALID'};
  }
  return null;
}

function consentRecord(consent: ConsentInput, now: string): NonNullable<CustomerData['emailMarketingConsent']> {
  return {
    marketingState: consent.marketingState,
    // PENDING means a confirmation email is on its way: that is confirmed opt-in by definition.
    marketingOptInLevel: consent.marketingOptInLevel ?? (consent.marketingState === 'PENDING' ? 'CONFIRMED_OPT_IN' : 'SINGLE_OPT_IN'),
    consentUpdatedAt: consent.consentUpdatedAt
      ? isoSeconds(new Date(consent.consentUpdatedAt))
      : now,
  };
}

interface CustomerInput {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  tags?: string[] | null;
  emailMarketingConsent?: ConsentInput | null;
}

export const customerResolvers: AdminResolverMap = {
  QueryRoot: {
    customer: (_root, args: {id: string}, ctx) => {
      const c = ctx.customers.get(numericGid(args.id, 'Customer') ?? -1);
      return c ? customerNode(c) : null;
    },
    customers: (_root, args: ConnectionArgs, ctx) => {
      const nodes = queryCustomers(ctx, args.query).map(customerNode);
      const compare =
        args.sortKey === 'CREATED_AT'
          ? (a: CustomerNode, b: CustomerNode) => compareDates(a._data.createdAt, b._data.createdAt)
          : args.sortKey === 'UPDATED_AT'
            ? (a: CustomerNode, b: CustomerNode) => compareDates(a._data.updatedAt, b._data.updatedAt)
            : args.sortKey === 'NAME'
              ? (a: CustomerNode, b: CustomerNode) => compareText(displayName(a._data), displayName(b._data))
              : null;
      return paginate(sortRecords(nodes, compare, args.reverse), args, byKey, 'customers');
    },
    customersCount: (_root, args: {query?: string | null; limit?: number | null}, ctx) => {
      const ast = parseSearchQuery(args.query);
      const total =
        queryCustomers(ctx, args.query).length +
        (baselineMatches(ast) ? ctx.customers.baselineSubscribedCount : 0);
      if (args.limit != null && total > args.limit) return {count: args.limit, precision: 'AT_LEAST'};
      return {count: total, precision: 'EXACT'};
    },
  },

  Mutation: {
    customerCreate: (_root, args: {input: CustomerInput}, ctx) => {
      const input = args.input;
      const email = input.email?.trim().toLowerCase() || null;
      const errors: UserErrorShape[] = [];
      if (!email && !input.phone?.trim() && !input.firstName?.trim() && !input.lastName?.trim()) {
        errors.push({field: null, message: 'A name, phone number, or email address must be present'});
      }
      if (email && !isValidEmail(email)) errors.push({field: ['email'], message: 'Email is invalid'});
      else if (email && ctx.customers.byEmail(email)) {
        errors.push({field: ['email'], message: 'Email has already been taken'});
      }
      if (input.emailMarketingConsent) {
        if (!email) {
          errors.push({field: ['emailMarketingConsent'], message: 'An email address is required to set email marketing consent'});
        } else {
          const problem = checkConsent(input.emailMarketingConsent, ['emailMarketingConsent']);
          if (problem) errors.push({field: problem.field, message: problem.message});
        }
      }
      if (errors.length) return {customer: null, userErrors: errors};
      const now = isoSeconds(ctx.now());
      const customer = ctx.customers.save({
        id: ctx.customers.nextId(),
        email,
        firstName: input.firstName?.trim() || null,
        lastName: input.lastName?.trim() || null,
        createdAt: now,
        updatedAt: now,
        emailMarketingConsent: email
          ? input.emailMarketingConsent
            ? consentRecord(input.emailMarketingConsent, now)
            : {marketingState: 'NOT_SUBSCRIBED', marketingOptInLevel: null, consentUpdatedAt: null}
          : null,
        tags: input.tags ?? [],
      });
      return {customer: customerNode(customer), userErrors: []};
    },

    customerEmailMarketingConsentUpdate: (
      _root,
      args: {input: {customerId: string; emailMarketingConsent: ConsentInput}},
      ctx,
    ) => {
      const customer = ctx.customers.get(numericGid(args.input.customerId, 'Customer') ?? -1);
      if (!customer) {
        return {customer: null, userErrors: [{field: ['input', 'customerId'], message: 'Customer not found', code: 'INVALID'}]};
      }
      if (!customer.email) {
        return {
          customer: null,
          userErrors: [{field: ['input', 'emailMarketingConsent'], message: 'Customer must have an email address', code: 'INVALID'}],
        };
      }
      const problem = checkConsent(args.input.emailMarketingConsent, ['input', 'emailMarketingConsent'], UPDATABLE_STATES);
      if (problem) return {customer: null, userErrors: [problem]};
      const now = isoSeconds(ctx.now());
      const updated = ctx.customers.save({
        ...customer,
        updatedAt: now,
        emailMarketingConsent: consentRecord(args.input.emailMarketingConsent, now),
      });
      return {customer: customerNode(updated), userErrors: []};
    },
  },

  Customer: {
    email: (c: CustomerNode) => c._data.email,
    firstName: (c: CustomerNode) => c._data.firstName,
    lastName: (c: CustomerNode) => c._data.lastName,
    displayName: (c: CustomerNode) => displayName(c._data),
    createdAt: (c: CustomerNode) => c._data.createdAt,
    updatedAt: (c: CustomerNode) => c._data.updatedAt,
    // Newsletter-only customers have no account.
    state: () => 'DISABLED',
    tags: (c: CustomerNode) => c._data.tags,
    emailMarketingConsent: (c: CustomerNode) => c._data.emailMarketingConsent,
  },
};

function displayName(c: CustomerData): string {
  return [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email || 'Customer';
}
