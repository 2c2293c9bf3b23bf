import {redirect, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {sameSitePath} from '~/lib/cart/safe-redirect';

/**
 * Shopify's discount link, /discount/TRAIL10?redirect=/products/x: the code goes on the
 * shopper's cart (or a new one, so it is waiting when they add a program), then they land on
 * `redirect` if that is a path on this site, else the home page. A code that does not apply
 * yet is kept (Shopify applies it once the cart qualifies), as Shopify's own link does.
 */
export async function loader({params, request, context}: LoaderFunctionArgs) {
  const {cart} = context;
  const target = sameSitePath(new URL(request.url).searchParams.get('redirect'));
  const code = (params.code ?? '').trim();
  if (!/^[\w-]{1,64}$/.test(code)) return redirect(target, 303);

  try {
    const current = cart.getCartId() ? await cart.get() : null;
    const codes = [...(current?.discountCodes ?? []).map((entry) => entry.code).filter((c) => c.toUpperCase() !== code.toUpperCase()), code];
    const result = current ? await cart.updateDiscountCodes(codes) : await cart.create({discountCodes: codes});
    const headers = result.cart?.id ? cart.setCartId(result.cart.id) : new Headers();
    headers.set('Location', target);
    return new Response(null, {status: 303, headers});
  } catch (error) {
    // The code could not be saved just now: still send the shopper on; their cart is unchanged.
    console.error(error);
    return redirect(target, 303);
  }
}
