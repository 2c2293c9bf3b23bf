import {isRouteErrorResponse, useRouteError, type MetaFunction} from '@remix-run/react';
import {NextSteps} from '~/components/layout/NextSteps';
import {redirect, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {createCheckout} from '~/lib/cart/checkout.server';
import {parseCartPermalink} from '~/lib/cart/permalink';
import {CART_COPY} from '~/lib/cart/copy';

/**
 * Shopify's cart permalink, /cart/2001:2,2005:1?discount=TRAIL10: a new cart with exactly those
 * lines (and code) that sends the shopper straight to checkout. The shopper's own cart cookie is
 * not touched. Bad links get a page that says what is wrong (400/404/409), never a 5xx.
 * (`cart_` keeps this URL under /cart without nesting it in the cart page's layout.)
 */
export const meta: MetaFunction = () => [{title: 'Cart link | Trailforge Athletics'}, {name: 'robots', content: 'noindex'}];

export async function loader({params, request, context}: LoaderFunctionArgs) {
  const parsed = parseCartPermalink(params.lines);
  if (!parsed.ok) throw new Response(parsed.message, {status: 400});

  const discount = new URL(request.url).searchParams.get('discount')?.trim();
  if (discount && !/^[\w-]{1,64}$/.test(discount)) {
    throw new Response('That discount code is not valid.', {status: 400});
  }

  const result = await createCheckout(context.storefront, {
    lines: parsed.lines,
    discountCodes: discount ? [discount] : [],
  }).catch((error: unknown) => {
    console.error(error);
    throw new Response(CART_COPY.unavailable, {status: 503});
  });
  if (!result.ok) throw new Response(result.message, {status: result.status});
  return redirect(result.checkoutUrl, 303);
}

export default function CartPermalink() {
  return null;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error) && typeof error.data === 'string' ? error.data : CART_COPY.unavailable;
  return (
    <section className="container-page py-20 text-center">
      <p className="eyebrow">Cart link · error {status}</p>
      <h1 className="mt-3 text-h1">This cart link doesn't work</h1>
      <p className="mx-auto mt-4 max-w-prose text-charcoal-700">{message}</p>
      <NextSteps
        className="justify-center"
        primary={{to: '/collections/all', label: CART_COPY.browse}}
        secondary={{to: '/cart', label: CART_COPY.viewCart}}
      />
    </section>
  );
}
