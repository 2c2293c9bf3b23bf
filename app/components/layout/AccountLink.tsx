import {Link, useFetcher} from '@remix-run/react';
import {useEffect} from 'react';
import type {AccountStatus} from '~/lib/account/account-status';
import {accountCopy} from '~/components/account/copy';

const BAR_CLASS =
  'hidden h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-2.5 text-sm font-semibold text-forest-950 hover:bg-stone-200 sm:inline-flex';
const MENU_CLASS = 'flex items-center gap-2 rounded px-3 py-2 font-semibold hover:bg-stone-100';

/**
 * "Sign in", or the customer's first name once signed in: in the header bar from small tablets
 * up, and in the phone menu below that (the bar has no room for it at 390 px). The name is
 * fetched by the browser from /account/status (private, never cached) after the page has
 * loaded, so the page HTML stays the same for everyone and the header never waits for the
 * Customer Account API.
 */
export function AccountLink({accounts, placement}: {accounts: boolean; placement: 'bar' | 'menu'}) {
  // One shared fetcher for both placements: a single request per page load.
  const fetcher = useFetcher<AccountStatus>({key: 'account-status'});
  const {load, state, data} = fetcher;
  useEffect(() => {
    if (accounts && placement === 'bar' && state === 'idle' && !data) void load('/account/status');
  }, [accounts, placement, load, state, data]);

  const signedIn = Boolean(data?.signedIn);
  const firstName = data?.signedIn ? data.firstName : null;
  const label = signedIn ? firstName || accountCopy.nav.label : accountCopy.signIn;
  return (
    <Link
      to={signedIn || !accounts ? '/account' : '/account/login'}
      className={placement === 'bar' ? BAR_CLASS : MENU_CLASS}
      aria-label={signedIn && firstName ? accountCopy.accountLabel(firstName) : undefined}
      data-testid={`account-link-${placement}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0">
        <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M4 20c1.5-4 4.5-6 8-6s6.5 2 8 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="max-w-28 truncate">{label}</span>
    </Link>
  );
}
