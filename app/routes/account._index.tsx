import {redirect, type LoaderFunctionArgs} from '@shopify/remix-oxygen';

/** /account: a signed-in customer starts at their orders; the embedded default shows the layout's notice. */
export async function loader({context}: LoaderFunctionArgs) {
  if (!context.customerAccount) return null;
  return redirect('/account/orders');
}

export default function AccountIndex() {
  return null;
}
