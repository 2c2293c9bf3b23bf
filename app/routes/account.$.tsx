import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';

/** Any other /account/* address: the notice on the embedded default, a 404 with a real store. */
export async function loader({context}: LoaderFunctionArgs) {
  if (!context.customerAccount) return null;
  throw new Response('Not found', {status: 404});
}

export default function AccountUnknown() {
  return null;
}
