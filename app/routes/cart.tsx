import {useActionData, useLoaderData, type MetaFunction} from '@remix-run/react';
import {Analytics} from '@shopify/hydrogen';
import type {ActionFunctionArgs, LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {CartMain} from '~/components/cart/CartMain';
import {runCartAction} from '~/lib/cart/cart-action.server';
import {CART_COPY} from '~/lib/cart/copy';
import {buildMeta} from '~/lib/seo/page-meta';

export const meta: MetaFunction = () => buildMeta({title: CART_COPY.drawerTitle, robots: {noIndex: true}});

export async function loader({context}: LoaderFunctionArgs) {
  return {cart: await context.cart.get()};
}

/** Every cart form posts here, with or without JavaScript (see lib/cart/cart-action.server.ts). */
export async function action({request, context}: ActionFunctionArgs) {
  return runCartAction(request, context);
}

export default function CartPage() {
  const {cart} = useLoaderData<typeof loader>();
  // Without JavaScript the forms post here: the answer carries errors and what was typed.
  const actionData = useActionData<typeof action>();
  return (
    <div className="container-page py-10 md:py-14">
      <h1 className="text-h1">{CART_COPY.drawerTitle}</h1>
      <CartMain cart={actionData?.cart ?? cart} result={actionData} layout="page" />
      <Analytics.CartView />
    </div>
  );
}
