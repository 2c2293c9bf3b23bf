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
  dl{display:grid;grid-template-columns:1fr auto;gap:.4rem 1rem;background:#fff;padding:.75rem;margin:1rem 0}
  dt{margin:0}dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
  .total{font-weight:700}
  a{color:#2f5d50}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head>
<body>
<p class="banner" role="note"><strong>Storefront API emulator</strong> — this is a stand-in for Shopify checkout. No payment is taken and no order is created.</p>
${body}
</body></html>`;
}

/**
 * GET /checkouts/cn/<token>: the emulator's stand-in for Shopify checkout, a read-only summary.
 * Browser tests read it through test ids: `checkout-line` rows (cells `checkout-line-title`,
 * `checkout-line-variant`, `checkout-line-quantity`, `checkout-line-price`), `checkout-subtotal`,
 * `checkout-discount` (one per applied code, with `data-code`), `checkout-discount-code`, `checkout-total`,
 * and with gift cards `checkout-gift-card-code` (last characters), `checkout-gift-card` (amount used) and
 * `checkout-amount-to-pay`.
 */
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
        page('Checkout not found · Emulator', '<h1>Checkout not found</h1><p>This cart does not exist in the emulator.</p>'),
        {status: 404},
      );
    }
    const s = checkoutSummary(ctx, cart);
    const money = (cents: number) => price(cents, s.currencyCode);
    const rows = s.lines
      .map(
        (l) => `<tr data-testid="checkout-line">
<td data-testid="checkout-line-title">${escapeHtml(l.title)}</td>
<td data-testid="checkout-line-variant">${l.variantTitle !== 'Default Title' ? escapeHtml(l.variantTitle) : ''}</td>
<td class="num" data-testid="checkout-line-quantity">${l.quantity}</td>
<td class="num">${money(l.unit)}</td>
<td class="num" data-testid="checkout-line-price">${money(l.total)}</td></tr>`,
      )
      .join('\n');
    const applied = s.discountCodes.filter((d) => d.applicable);
    const notApplied = s.discountCodes.filter((d) => !d.applicable);
    const discounts = applied
      .map(
        (d) => `<dt>Discount <span data-testid="checkout-discount-code">${escapeHtml(d.code)}</span></dt>
<dd data-testid="checkout-discount" data-code="${escapeHtml(d.code)}">−${money(d.amount)}</dd>`,
      )
      .join('\n');
    // Gift cards pay part of the total: each card's share, then what is left to pay.
    const giftCards = s.giftCards.length
      ? `${s.giftCards
          .map(
            (g) => `<dt>Gift card •••• <span data-testid="checkout-gift-card-code">${escapeHtml(g.lastCharacters)}</span></dt>
<dd data-testid="checkout-gift-card">−${money(g.used)}</dd>`,
          )
          .join('\n')}
<dt class="total">Amount to pay</dt><dd class="total" data-testid="checkout-amount-to-pay">${money(s.amountToPay)}</dd>`
      : '';
    const summary = `<table aria-label="Order lines">
<thead><tr><th scope="col">Item</th><th scope="col">Variant</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Price</th><th scope="col" class="num">Line total</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Order summary</h2>
<dl aria-label="Order summary">
<dt>Subtotal (${s.quantity} ${s.quantity === 1 ? 'item' : 'items'})</dt><dd data-testid="checkout-subtotal">${money(s.subtotal)}</dd>
${discounts}
<dt class="total">Total</dt><dd class="total" data-testid="checkout-total">${money(s.total)}</dd>
${giftCards}
</dl>
${
  notApplied.length
    ? `<p data-testid="checkout-codes-not-applied">Not applied: ${notApplied.map((d) => escapeHtml(d.code)).join(', ')}</p>`
    : ''
}`;
    return html(
      page(
        `Checkout · ${shopName} · Storefront API emulator`,
        `<h1>Checkout</h1>
<p>${shopName}</p>
${s.lines.length ? summary : '<p>Your cart is empty.</p>'}
<p><a href="${home}">Back to the store</a></p>`,
      ),
    );
  });
}
