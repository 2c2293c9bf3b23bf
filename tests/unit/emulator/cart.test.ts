import {createCartHandler} from '@shopify/hydrogen';
import {beforeEach, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

const CART_FIELDS = `
  id checkoutUrl totalQuantity note
  cost { subtotalAmount { amount currencyCode } totalAmount { amount } checkoutChargeAmount { amount } }
  discountCodes { code applicable }
  lines(first: 50) { nodes { id quantity
    cost { amountPerQuantity { amount } compareAtAmountPerQuantity { amount } subtotalAmount { amount } totalAmount { amount } }
    merchandise { ... on ProductVariant { id sku requiresShipping } } } }
`;
const PAYLOAD = `cart { ${CART_FIELDS} } userErrors { code field message } warnings { code message target }`;

const variant = (id: number) => `gid://shopify/ProductVariant/${id}`;

describe('cart', () => {
  let emu: TestEmulator;
  beforeEach(() => {
    emu = makeEmulator();
  });

  const create = async (input: Record<string, unknown>) => {
    const {body} = await emu.gql(`mutation($input: CartInput) { cartCreate(input: $input) { ${PAYLOAD} } }`, {input});
    expect(body.errors).toBeUndefined();
    return body.data.cartCreate;
  };

  it('adds, updates and removes lines with exact decimal totals', async () => {
    const created = await create({lines: [{merchandiseId: variant(2101), quantity: 3}]});
    expect(created.userErrors).toEqual([]);
    const cart = created.cart;
    expect(cart.id).toMatch(/^gid:\/\/shopify\/Cart\/[A-Za-z0-9]+\?key=[a-z0-9]+$/);
    expect(cart.totalQuantity).toBe(3);
    // 3 × 19.99 = 59.97 exactly (no floating-point drift).
    expect(cart.cost.subtotalAmount).toEqual({amount: '59.97', currencyCode: 'USD'});
    expect(cart.lines.nodes[0].cost).toEqual({
      amountPerQuantity: {amount: '19.99'},
      compareAtAmountPerQuantity: {amount: '29.99'},
      subtotalAmount: {amount: '59.97'},
      totalAmount: {amount: '59.97'},
    });
    expect(cart.lines.nodes[0].merchandise.requiresShipping).toBe(false);

    const {body: added} = await emu.gql(
      `mutation($id: ID!, $lines: [CartLineInput!]!) { cartLinesAdd(cartId: $id, lines: $lines) { ${PAYLOAD} } }`,
      {id: cart.id, lines: [{merchandiseId: variant(2001), quantity: 2}, {merchandiseId: variant(2101)}]},
    );
    const afterAdd = added.data.cartLinesAdd.cart;
    // Same merchandise merges into the existing line.
    expect(afterAdd.lines.nodes.map((l: {quantity: number; merchandise: {sku: string}}) => [l.merchandise.sku, l.quantity])).toEqual([
      ['SP', 4],
      ['TP-S-R', 2],
    ]);
    expect(afterAdd.totalQuantity).toBe(6);
    expect(afterAdd.cost.subtotalAmount.amount).toBe('99.96'); // 4 × 19.99 + 2 × 10.00

    const spLine = afterAdd.lines.nodes[0].id;
    const {body: updated} = await emu.gql(
      `mutation($id: ID!, $lines: [CartLineUpdateInput!]!) { cartLinesUpdate(cartId: $id, lines: $lines) { ${PAYLOAD} } }`,
      {id: cart.id, lines: [{id: spLine, quantity: 1}]},
    );
    expect(updated.data.cartLinesUpdate.cart.cost.totalAmount.amount).toBe('39.99');

    const {body: removed} = await emu.gql(
      `mutation($id: ID!, $ids: [ID!]!) { cartLinesRemove(cartId: $id, lineIds: $ids) { ${PAYLOAD} } }`,
      {id: cart.id, ids: [spLine]},
    );
    const afterRemove = removed.data.cartLinesRemove.cart;
    expect(afterRemove.totalQuantity).toBe(2);
    expect(afterRemove.cost.totalAmount.amount).toBe('20.0');

    // Quantity 0 removes a line.
    const {body: zero} = await emu.gql(
      `mutation($id: ID!, $lines: [CartLineUpdateInput!]!) { cartLinesUpdate(cartId: $id, lines: $lines) { ${PAYLOAD} } }`,
      {id: cart.id, lines: [{id: afterRemove.lines.nodes[0].id, quantity: 0}]},
    );
    expect(zero.data.cartLinesUpdate.cart.lines.nodes).toEqual([]);
    expect(zero.data.cartLinesUpdate.cart.cost.totalAmount.amount).toBe('0.0');
  });

  it('applies the TRAIL10 demo code and records unknown codes as not applicable', async () => {
    const {cart} = await create({lines: [{merchandiseId: variant(2201), quantity: 1}], discountCodes: ['trail10', 'NOPE']});
    expect(cart.discountCodes).toEqual([
      {code: 'trail10', applicable: true},
      {code: 'NOPE', applicable: false},
    ]);
    expect(cart.cost.subtotalAmount.amount).toBe('149.0');
    expect(cart.cost.totalAmount.amount).toBe('134.1');
    // Before discounts, as the schema documents: it equals subtotalAmount (no deferred payments).
    expect(cart.cost.checkoutChargeAmount.amount).toBe('149.0');

    const {body} = await emu.gql(
      `mutation($id: ID!) { cartDiscountCodesUpdate(cartId: $id, discountCodes: []) { ${PAYLOAD} } }`,
      {id: cart.id},
    );
    expect(body.data.cartDiscountCodesUpdate.cart.discountCodes).toEqual([]);
    expect(body.data.cartDiscountCodesUpdate.cart.cost.totalAmount.amount).toBe('149.0');
  });

  it('answers invalid merchandise and negative quantities with userErrors', async () => {
    const bad = await create({lines: [{merchandiseId: variant(9999), quantity: 1}]});
    expect(bad.cart).toBeNull();
    expect(bad.userErrors).toEqual([
      {code: 'INVALID', field: ['input', 'lines', '0', 'merchandiseId'], message: `The merchandise with id ${variant(9999)} does not exist.`},
    ]);

    const {cart} = await create({lines: [{merchandiseId: variant(2001), quantity: 1}]});
    const {body} = await emu.gql(
      `mutation($id: ID!, $lines: [CartLineUpdateInput!]!) { cartLinesUpdate(cartId: $id, lines: $lines) { ${PAYLOAD} } }`,
      {id: cart.id, lines: [{id: cart.lines.nodes[0].id, quantity: -1}]},
    );
    expect(body.data.cartLinesUpdate.userErrors[0]).toMatchObject({code: 'INVALID', field: ['lines', '0', 'quantity']});
    // Nothing changed.
    const {body: again} = await emu.gql(`query($id: ID!) { cart(id: $id) { totalQuantity } }`, {id: cart.id});
    expect(again.data.cart.totalQuantity).toBe(1);

    const {body: missing} = await emu.gql(
      `mutation { cartNoteUpdate(cartId: "gid://shopify/Cart/nope?key=x", note: "hi") { ${PAYLOAD} } }`,
    );
    expect(missing.data.cartNoteUpdate).toMatchObject({cart: null, userErrors: [{code: 'INVALID', field: ['cartId']}]});
  });

  it('does not add sold-out merchandise and warns instead', async () => {
    const created = await create({lines: [{merchandiseId: variant(2003), quantity: 1}]});
    expect(created.cart.totalQuantity).toBe(0);
    expect(created.warnings).toEqual([
      expect.objectContaining({code: 'MERCHANDISE_OUT_OF_STOCK', target: variant(2003)}),
    ]);
  });

  it('finds a cart with or without ?key=, but not with a wrong key', async () => {
    const {cart} = await create({lines: [{merchandiseId: variant(2001), quantity: 1}]});
    const withoutKey = cart.id.split('?')[0];
    const q = `query($id: ID!) { cart(id: $id) { id } }`;
    expect((await emu.gql(q, {id: cart.id})).body.data.cart.id).toBe(cart.id);
    expect((await emu.gql(q, {id: withoutKey})).body.data.cart.id).toBe(cart.id);
    expect((await emu.gql(q, {id: `${withoutKey}?key=wrong`})).body.data.cart).toBeNull();
    expect((await emu.gql(q, {id: 'gid://shopify/Cart/unknown'})).body.data.cart).toBeNull();
  });

  it('serves a stand-in checkout page listing the lines and the total', async () => {
    const {cart} = await create({lines: [{merchandiseId: variant(2101), quantity: 2}]});
    expect(cart.checkoutUrl).toBe(`http://127.0.0.1:4999/checkouts/cn/${cart.id.split('/').pop().split('?')[0]}`);
    const response = await emu.fetch(new URL(cart.checkoutUrl).pathname);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Storefront API emulator');
    expect(html).toContain('Simple Plan');
    expect(html).toContain('$39.98');
    expect((await emu.fetch('/checkouts/cn/unknown')).status).toBe(404);
  });

  it("runs every query of Hydrogen's createCartHandler", async () => {
    const run = async (document: string, variables?: Record<string, unknown>) => {
      const {body} = await emu.gql(document, variables);
      if (body.errors) throw new Error(`Storefront errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const storefront = {
      query: (document: string, options?: {variables?: Record<string, unknown>}) => run(document, options?.variables),
      mutate: (document: string, options?: {variables?: Record<string, unknown>}) => run(document, options?.variables),
      CacheNone: () => ({mode: 'no-store'}),
    };
    let cartId: string | undefined;
    const cart = createCartHandler({
      storefront: storefront as never,
      getCartId: () => cartId,
      setCartId: (id: string) => {
        cartId = id;
        return new Headers();
      },
    });

    const added = await cart.addLines([{merchandiseId: variant(2001), quantity: 2}]);
    expect(added.userErrors).toEqual([]);
    cartId = added.cart.id;

    const got = await cart.get();
    expect(got?.totalQuantity).toBe(2);
    expect(got?.lines.edges[0]?.node.merchandise.product.handle).toBe('trail-pack');
    expect(got?.lines.edges[0]?.node.merchandise.image?.url).toBe('http://127.0.0.1:4999/cdn/images/hero.svg');
    expect(got?.cost.totalAmount.amount).toBe('20.0');
    expect(got?.cost.totalTaxAmount).toBeNull();

    const lineId = got!.lines.edges[0]!.node.id;
    expect((await cart.updateLines([{id: lineId, quantity: 3}])).cart.totalQuantity).toBe(3);
    expect((await cart.updateDiscountCodes(['TRAIL10'])).userErrors).toEqual([]);
    expect((await cart.updateNote('Gift for Sam')).userErrors).toEqual([]);
    expect((await cart.updateBuyerIdentity({email: 'sam@example.com', countryCode: 'US'})).userErrors).toEqual([]);
    expect((await cart.updateAttributes([{key: 'source', value: 'test'}])).userErrors).toEqual([]);
    expect((await cart.updateSelectedDeliveryOption([])).userErrors).toEqual([]);
    expect((await cart.setMetafields([{key: 'custom.gift', type: 'single_line_text_field', value: 'yes'}])).userErrors).toEqual([]);
    expect((await cart.deleteMetafield('custom.gift')).userErrors).toEqual([]);
    expect((await cart.updateGiftCardCodes([])).userErrors).toEqual([]);

    const after = await cart.get();
    expect(after).toMatchObject({
      totalQuantity: 3,
      note: 'Gift for Sam',
      attributes: [{key: 'source', value: 'test'}],
      discountCodes: [{code: 'TRAIL10', applicable: true}],
      buyerIdentity: {email: 'sam@example.com', countryCode: 'US', customer: null},
      cost: {subtotalAmount: {amount: '30.0'}, totalAmount: {amount: '27.0'}},
    });

    expect((await cart.removeLines([lineId])).cart.totalQuantity).toBe(0);
  });
});
