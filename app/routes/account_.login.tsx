import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {AccountsNeedStore} from '~/components/account/AccountsNeedStore';
import {ACCOUNT_HEADERS} from '~/lib/account/account.server';

export const headers = () => ACCOUNT_HEADERS;

export const meta = () => [{title: 'Sign in'}, {name: 'robots', content: 'noindex'}];

/** Sends the customer to Shopify's sign-in; on the embedded default, explains there is none. */
export async function loader({context}: LoaderFunctionArgs) {
  if (!context.customerAccount) return null;
  return context.customerAccount.login();
}

export default function Login() {
  return <AccountsNeedStore />;
}
