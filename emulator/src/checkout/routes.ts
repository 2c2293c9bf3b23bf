import type {Router} from '../http/router';
import {escapeHtml, html} from '../http/responses';
import type {StorefrontContext} from '../storefront/context';
import {formatDecimal} from '../storefront/money';
import {checkoutSummary} from '../storefront/resolvers/cart';

function price(cents: number, currency: string): string {
  const amount = Number(formatDecimal(cents)).toFixed(2);
  return currency === 'USD' ? `$${amount}` : `${amount} ${currency}`;
}

const STYLE = `
  body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1c2421;background:#f7f5f0}
  .banner{background:#fff3cd;border:1px solid #e0c36a;padding:.75rem 1rem;border-radius:.5rem;margin-bottom:1.5rem}
  table{width:100%;border-collapse:collapse;background:#fff}
  th,td{text-align:left;padding:.6rem .75rem;border-bottom:1px solid #e4e0d6}
  td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
  tfoot td{font-weight:600}
  a{color:#2f5d50}
`;

/** GET /checkouts/cn/<token>: the emulator's stand-in for Shopify checkout (read-only summary). */
export function registerCheckoutRoutes(
  router: Router,
  makeContext: (requestId: string) => StorefrontContext,
): void {
  router.get('/checkouts/cn/:token', (_request, route) => {
    const ctx = makeContext(route.requestId);
    const cart = ctx.carts.get(route.params.token ?? '');
    const shopName = escapeHtml(ctx.content.shop.name);
    const home = escapeHtml(ctx.content.shop.primaryDomainUrl);
    if (!cart) {
      return html(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkout not found · Emulator</title><style>${STYLE}</style></head>
<body><p class="banner"><strong>Storefront API emulator</strong> — stand-in checkout.</p>
<h1>Checkout not found</h1><p>This cart does not exist in the emulator.</p></body></html>`,
        {status: 404},
      );
    }
    const s = checkoutSummary(ctx, cart);
    const rows = s.lines
      .map(
        (l) => `<tr><td>${escapeHtml(l.title)}${l.variantTitle !== 'Default Title' ? `<br><small>${escapeHtml(l.variantTitle)}</small>` : ''}</td>
<td class="num">${l.quantity}</td><td class="num">${price(l.unit, s.currencyCode)}</td><td class="num">${price(l.total, s.currencyCode)}</td></tr>`,
      )
      .join('\n');
    const discountRow = s.discount
      ? `<tr><td colspan="3">Discount (${escapeHtml(s.discountCode ?? '')})</td><td class="num">−${price(s.discount, s.currencyCode)}</td></tr>`
      : '';
    return html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Checkout · ${shopName} · Storefront API emulator</title><style>${STYLE}</style></head>
<body>
<p class="banner" role="note"><strong>Storefront API emulator</strong> — this is a stand-in for Shopify checkout. No payment is taken and no order is created.</p>
<h1>Checkout</h1>
<p>${shopName}</p>
${
  s.lines.length
    ? `<table aria-label="Order summary">
<thead><tr><th>Item</th><th class="num">Qty</th><th class="num">Price</th><th class="num">Total</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>
<tr><td colspan="3">Subtotal (${s.quantity} ${s.quantity === 1 ? 'item' : 'items'})</td><td class="num">${price(s.subtotal, s.currencyCode)}</td></tr>
${discountRow}
<tr><td colspan="3">Total</td><td class="num" data-testid="checkout-total">${price(s.total, s.currencyCode)}</td></tr>
</tfoot>
</table>`
    : '<p>Your cart is empty.</p>'
}
<p><a href="${home}">Back to the store</a></p>
</body></html>`);
  });
}
