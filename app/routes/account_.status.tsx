import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {ACCOUNT_HEADERS} from '~/lib/account/account.server';
import type {AccountStatus} from '~/lib/account/account-status';
import {CUSTOMER_GREETING_QUERY} from '~/graphql/customer-account/customer-account';

/**
 * GET /account/status — who is signed in, for the header's account link. Asked for from the
 * browser after the page loads and never cached, so no customer's name ever sits in a page
 * that a cache may share. Signed out (or no customer accounts) is the answer when in doubt.
 */
export async function loader({context}: LoaderFunctionArgs) {
  const {customerAccount} = context;
  const answer = (status: AccountStatus) => Response.json(status, {headers: ACCOUNT_HEADERS});
  if (!customerAccount) return answer({signedIn: false});
  try {
    if (!(await customerAccount.isLoggedIn())) return answer({signedIn: false});
    const {data: result} = await customerAccount.query(CUSTOMER_GREETING_QUERY);
    return answer({signedIn: true, firstName: result?.customer?.firstName ?? null});
  } catch (error) {
    console.error(error);
    return answer({signedIn: false});
  }
}
