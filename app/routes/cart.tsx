import {useLoaderData, type MetaFunction} from '@remix-run/react';
import {Analytics, CartForm, type CartQueryDataReturn} from '@shopify/hydrogen';
import {data, type ActionFunctionArgs, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {CartMain} from '~/components/cart/CartMain';
import {parseCartAction} from '~/lib/cart-input';
import {pageMeta} from '~/lib/page-meta';

export const meta: MetaFunction = () => [
  ...pageMeta({title: 'Your cart'}),
  {name: 'robots', content: 'noindex'},
];

export async function loader({context}: LoaderFunctionArgs) {
  return {cart: await context.cart.get()};
}

export async function action({request, context}: ActionFunctionArgs) {
  const {cart} = context;
  const formData = await request.formData();
  const parsed = parseCartAction(CartForm.getFormInput(formData));

  if (!parsed.ok) {
    return data(
      {cart: await cart.get(), errors: [{message: parsed.message}], warnings: []},
      {status: 400},
    );
  }

  let result: CartQueryDataReturn;
  switch (parsed.action.type) {
    case 'add':
      result = await cart.addLines(parsed.action.lines);
      break;
    case 'update':
      result = await cart.updateLines(parsed.action.lines);
      break;
    case 'remove':
      result = await cart.removeLines(parsed.action.lineIds);
      break;
    case 'discount':
      result = await cart.updateDiscountCodes(parsed.action.codes);
      break;
    case 'note':
      result = await cart.updateNote(parsed.action.note);
      break;
  }

  // A new cart's id goes into the cart cookie.
  const headers = result.cart?.id ? cart.setCartId(result.cart.id) : new Headers();
  const errors = [...(result.errors ?? []), ...(result.userErrors ?? [])].map((error) => ({
    message: 'message' in error && error.message ? String(error.message) : 'The cart could not be updated.',
  }));

  return data(
    {cart: result.cart, errors, warnings: result.warnings ?? []},
    {status: errors.length ? 400 : 200, headers},
  );
}

export default function CartPage() {
  const {cart} = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-10 md:py-14">
      <h1 className="text-h1">Your cart</h1>
      <CartMain cart={cart} />
      <Analytics.CartView />
    </div>
  );
}
