import {Link, useFetcher} from '@remix-run/react';
import {useEffect} from 'react';
import type {AccountStatus} from '~/lib/account/account-status';
import {accountCopy} from '~/components/account/copy';

/**
 * "Sign in", or the customer's first name once signed in. The name is fetched by the browser
 * from /account/status (private, never cached) after the page has loaded, so the page HTML stays
 * the same for everyone and the header never waits for the Customer Account API.
 */
export function AccountLink({accounts}: {accounts: boolean}) {
  const fetcher = useFetcher<AccountStatus>({key: 'account-status'});
  const {load, state, data} = fetcher;
  useEffect(() => {
    if (accounts && state === 'idle' && !data) void load('/account/status');
  }, [accounts, load, state, data]);

  const firstName = data?.signedIn ? data.firstName : null;
  const signedIn = Boolean(data?.signedIn);
  return (
    <Link
      to={signedIn || !accounts ? '/account' : '/account/login'}
      className="inline-flex h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-2.5 text-sm font-semibold text-forest-950 hover:bg-stone-200"
      aria-label={signedIn && firstName ? accountCopy.accountLabel(firstName) : undefined}
      data-testid="account-link"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0">
        <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M4 20c1.5-4 4.5-6 8-6s6.5 2 8 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="hidden max-w-28 truncate sm:inline">{signedIn ? firstName || accountCopy.nav.label : accountCopy.signIn}</span>
      <span className="sr-only sm:hidden">{signedIn ? firstName || accountCopy.nav.label : accountCopy.signIn}</span>
    </Link>
  );
}
