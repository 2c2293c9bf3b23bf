import type {UiAdminClient} from './client';
import {actionForm, badge, esc, formatDate, page} from './html';

export const SUBSCRIBER_TABS = {
  subscribed: {label: 'Subscribed', query: 'email_subscription_status:SUBSCRIBED'},
  pending: {label: 'Awaiting confirmation', query: 'email_subscription_status:PENDING'},
  unsubscribed: {label: 'Unsubscribed', query: 'email_subscription_status:UNSUBSCRIBED'},
  all: {label: 'All customers', query: null},
} as const;

export type SubscriberTab = keyof typeof SUBSCRIBER_TABS;

interface CustomerRow {
  id: string;
  email: string | null;
  displayName: string;
  createdAt: string;
  emailMarketingConsent: {marketingState: string; marketingOptInLevel: string | null; consentUpdatedAt: string | null} | null;
}

const QUERY = `
  query AdminUiSubscribers($query: String) {
    customers(first: 250, query: $query, sortKey: CREATED_AT, reverse: true) {
      nodes { id email displayName createdAt emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt } }
    }
    subscribed: customersCount(query: "email_subscription_status:SUBSCRIBED") { count precision }
    listedSubscribed: customers(first: 250, query: "email_subscription_status:SUBSCRIBED") { nodes { id } }
    pending: customersCount(query: "email_subscription_status:PENDING") { count }
  }
`;

const CONSENT_MUTATION = `
  mutation AdminUiConsent($input: CustomerEmailMarketingConsentUpdateInput!) {
    customerEmailMarketingConsentUpdate(input: $input) { customer { id } userErrors { field message code } }
  }
`;

export const CONSENT_ACTIONS = {
  unsubscribe: {state: 'UNSUBSCRIBED', level: 'SINGLE_OPT_IN', notice: 'Unsubscribed.'},
  confirm: {state: 'SUBSCRIBED', level: 'CONFIRMED_OPT_IN', notice: 'Subscription confirmed (as if the reader clicked the link in the confirmation email).'},
} as const;

export type ConsentAction = keyof typeof CONSENT_ACTIONS;

const numeric = (gid: string) => gid.split('/').pop() ?? '';

export async function renderSubscribers(
  client: UiAdminClient,
  shopName: string,
  tab: SubscriberTab,
  notice: string | null,
  errors: string[] = [],
): Promise<Response> {
  const data = await client.graphql<{
    customers: {nodes: CustomerRow[]};
    subscribed: {count: number; precision: string};
    listedSubscribed: {nodes: {id: string}[]};
    pending: {count: number};
  }>(QUERY, {query: SUBSCRIBER_TABS[tab].query});
  const baseline = data.subscribed.count - data.listedSubscribed.nodes.length;
  const tabs = (Object.keys(SUBSCRIBER_TABS) as SubscriberTab[])
    .map((key) => `<li><a href="/admin/subscribers?state=${key}"${key === tab ? ' aria-current="page"' : ''}>${esc(SUBSCRIBER_TABS[key].label)}</a></li>`)
    .join('');
  const rows = data.customers.nodes
    .map((c) => {
      const consent = c.emailMarketingConsent;
      const state = consent?.marketingState ?? 'NOT_SUBSCRIBED';
      const id = numeric(c.id);
      const action =
        state === 'SUBSCRIBED'
          ? actionForm(`/admin/subscribers/${id}/unsubscribe`, 'Unsubscribe', '', {tab})
          : state === 'PENDING'
            ? actionForm(`/admin/subscribers/${id}/confirm`, 'Mark confirmed', '', {tab})
            : '';
      return `<tr>
  <td><strong>${esc(c.email ?? '—')}</strong><span class="sub">${esc(c.displayName !== c.email ? c.displayName : '')}</span></td>
  <td>${badge(state === 'PENDING' ? 'pending-confirmation' : state, state === 'PENDING' ? 'awaiting confirmation' : state.toLowerCase())}</td>
  <td>${esc((consent?.marketingOptInLevel ?? '').replace(/_/g, ' ').toLowerCase())}</td>
  <td>${esc(formatDate(consent?.consentUpdatedAt))}</td>
  <td>${esc(formatDate(c.createdAt))}</td>
  <td>${action}</td>
</tr>`;
    })
    .join('');
  return page({
    title: 'Subscribers',
    section: 'subscribers',
    shopName,
    notice,
    errors,
    body: `<h1>Subscribers</h1>
<p class="lead">Newsletter sign-ups are customers with email marketing consent (Admin <code>customerCreate</code> / <code>customerEmailMarketingConsentUpdate</code>).</p>
<div class="stats">
<div class="stat"><b>${data.subscribed.count.toLocaleString('en-US')}</b><span>subscribed (customersCount)</span></div>
<div class="stat"><b>${data.pending.count.toLocaleString('en-US')}</b><span>awaiting confirmation</span></div>
<div class="stat"><b>${Math.max(0, baseline).toLocaleString('en-US')}</b><span>counted from the seed baseline, not listed</span></div>
</div>
<p class="note">The baseline stands for subscribers imported before the emulator's own records (<code>baselineSubscribedCount</code> in emulator/content/customers.json). It only adds to the count.</p>
<ul class="tabs" aria-label="Filter by consent">${tabs}</ul>
${
  rows
    ? `<table><thead><tr><th>Email</th><th>Marketing</th><th>Opt-in</th><th>Consent updated</th><th>Customer since</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No customers here.</p>'
}`,
  });
}

export async function updateConsent(client: UiAdminClient, id: string, action: ConsentAction): Promise<string[]> {
  const a = CONSENT_ACTIONS[action];
  const data = await client.graphql<{customerEmailMarketingConsentUpdate: {userErrors: {message: string}[]}}>(CONSENT_MUTATION, {
    input: {
      customerId: `gid://shopify/Customer/${id}`,
      emailMarketingConsent: {marketingState: a.state, marketingOptInLevel: a.level, consentUpdatedAt: new Date().toISOString()},
    },
  });
  return data.customerEmailMarketingConsentUpdate.userErrors.map((e) => e.message);
}
