import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {AccountsNeedStore} from '~/components/account/AccountsNeedStore';
import {ACCOUNT_HEADERS} from '~/lib/account/account.server';

export const headers = () => ACCOUNT_HEADERS;

export const meta = () => [{title: 'Signing in'}, {name: 'robots', content: 'noindex'}];

/** Shopify's sign-in comes back here: Hydrogen exchanges the code for tokens and redirects on. */
export async function loader({context}: LoaderFunctionArgs) {
  if (!context.customerAccount) return null;
  return context.customerAccount.authorize();
}

export default function Authorize() {
  return <AccountsNeedStore />;
}
