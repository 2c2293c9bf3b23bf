import {NavLink, Outlet, useLoaderData, type MetaFunction} from '@remix-run/react';
import {data, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {AccountsNeedStore} from '~/components/account/AccountsNeedStore';
import {accountCopy} from '~/components/account/copy';
import {ACCOUNT_HEADERS} from '~/lib/account/account.server';

export const meta: MetaFunction = () => [{title: 'Your account'}, {name: 'robots', content: 'noindex'}];

export function headers() {
  return ACCOUNT_HEADERS;
}

/**
 * Every /account/* page. On the embedded default there is no Customer Account API, so every one
 * of them is the same friendly notice (child loaders return nothing there). With a real store,
 * a signed-out customer is sent to Shopify's sign-in first.
 */
export async function loader({context}: LoaderFunctionArgs) {
  const {customerAccount} = context;
  if (!customerAccount) return data({connected: false}, {headers: ACCOUNT_HEADERS});
  await customerAccount.handleAuthStatus();
  return data({connected: true}, {headers: ACCOUNT_HEADERS});
}

export default function AccountLayout() {
  const {connected} = useLoaderData<typeof loader>();
  if (!connected) return <AccountsNeedStore />;
  const link = ({isActive}: {isActive: boolean}) =>
    `rounded-lg px-3 py-2 font-semibold ${isActive ? 'bg-forest-50 text-forest-900' : 'text-charcoal-700 hover:bg-stone-100'}`;
  return (
    <div className="container-page grid gap-8 py-10 md:grid-cols-[12rem_1fr] md:py-14">
      <nav aria-label={accountCopy.nav.label}>
        <ul className="flex gap-1 md:flex-col">
          <li>
            <NavLink to="/account/orders" className={link}>
              {accountCopy.nav.orders}
            </NavLink>
          </li>
          <li>
            <NavLink to="/account/profile" className={link}>
              {accountCopy.nav.profile}
            </NavLink>
          </li>
          <li>
            <form method="post" action="/account/logout">
              <button type="submit" className="rounded-lg px-3 py-2 font-semibold text-charcoal-700 hover:bg-stone-100">
                {accountCopy.nav.signOut}
              </button>
            </form>
          </li>
        </ul>
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}
