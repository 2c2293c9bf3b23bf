import {redirect, type ActionFunctionArgs} from '@shopify/remix-oxygen';

/** POST /account/logout signs the customer out of Shopify's customer accounts and comes back home. */
export async function action({context}: ActionFunctionArgs) {
  if (!context.customerAccount) return redirect('/account', 303);
  return context.customerAccount.logout({postLogoutRedirectUri: '/'});
}

/** Opening the address directly changes nothing. */
export function loader() {
  return redirect('/account', 303);
}
