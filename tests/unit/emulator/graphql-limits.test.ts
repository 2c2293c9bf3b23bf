/**
 * GraphQL limits on both emulated APIs: input lists over 250 (Shopify's rule and error shape), depth,
 * aliases, and request bodies over the limit (413), in-process and over a real socket.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MAX_ALIASES, MAX_GRAPHQL_BODY_BYTES, MAX_QUERY_DEPTH} from '../../../emulator/src/graphql/limits';
import {MAX_REQUEST_BODY_BYTES} from '../../../emulator/src/http/node-adapter';
import {adminGql, adminToken, makeAdminEmulator} from './admin-helpers';
import {makeEmulator, PUBLIC_TOKEN, type TestEmulator} from './helpers';

/** `{ product { collections { nodes { products { nodes { collections … } } } } } }` with `depth` field levels. */
function nestedQuery(depth: number): string {
  let open = '';
  let close = '';
  let level = 1;
  open += '{ product(handle: "trail-pack") { ';
  close = ' } }' + close;
  let collections = true;
  while (level + 2 <= depth - 1) {
    open += collections ? 'collections(first: 1) { nodes { ' : 'products(first: 1) { nodes { ';
    close = ' } }' + close;
    collections = !collections;
    level += 2;
  }
  const leaf = level + 1 === depth ? 'handle' : 'seo { title }';
  return `${open}${leaf}${close}`;
}

const ids = (n: number) => Array.from({length: n}, (_, i) => `gid://shopify/Product/${1001 + i}`);

describe('GraphQL limits (Storefront API)', () => {
  let emu: TestEmulator;
  beforeAll(() => {
    emu = makeEmulator();
  });

  it('refuses an input list over 250 items, literal or in variables, in Shopify\u2019s shape', async () => {
    const literal = await emu.gql(`{ nodes(ids: ${JSON.stringify(ids(251))}) { id } }`);
    expect(literal.status).toBe(200);
    expect(literal.body.data).toBeUndefined();
    expect(literal.body.errors).toEqual([
      {
        message: 'The input array size of 251 is greater than the maximum allowed of 250.',
        locations: [{line: 1, column: 14}],
        extensions: {code: 'MAX_INPUT_SIZE_EXCEEDED'},
      },
    ]);

    const QUERY = 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const variable = await emu.gql(QUERY, {ids: ids(251)});
    expect(variable.body.errors[0]).toMatchObject({
      message: 'The input array size of 251 is greater than the maximum allowed of 250.',
      extensions: {code: 'MAX_INPUT_SIZE_EXCEEDED'},
    });

    const atLimit = await emu.gql(QUERY, {ids: ids(250)});
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data.nodes).toHaveLength(250);
  });

  it('refuses lists nested inside input objects too (cart lines)', async () => {
    const lines = Array.from({length: 300}, () => ({merchandiseId: 'gid://shopify/ProductVariant/1', quantity: 1}));
    const {body} = await emu.gql('mutation($input: CartInput) { cartCreate(input: $input) { cart { id } } }', {input: {lines}});
    expect(body.errors[0].extensions.code).toBe('MAX_INPUT_SIZE_EXCEEDED');
    expect(body.errors[0].message).toContain('300');
  });

  it(`runs a document ${MAX_QUERY_DEPTH} fields deep and refuses one deeper`, async () => {
    const deepest = await emu.gql(nestedQuery(MAX_QUERY_DEPTH));
    expect(deepest.body.errors).toBeUndefined();
    expect(deepest.body.data.product).not.toBeNull();

    const tooDeep = await emu.gql(nestedQuery(MAX_QUERY_DEPTH + 1));
    expect(tooDeep.body.data).toBeUndefined();
    expect(tooDeep.body.errors).toHaveLength(1);
    expect(tooDeep.body.errors[0]).toMatchObject({
      message: `Query has depth of ${MAX_QUERY_DEPTH + 1}, which exceeds max depth of ${MAX_QUERY_DEPTH}`,
      extensions: {code: 'MAX_DEPTH_EXCEEDED'},
    });
  });

  it('counts depth through fragments', async () => {
    const inner = nestedQuery(MAX_QUERY_DEPTH + 1).replace(/^\{ product\(handle: "trail-pack"\) \{ (.*) \} \}$/, '$1');
    const {body} = await emu.gql(`{ product(handle: "trail-pack") { ...Deep } } fragment Deep on Product { ${inner} }`);
    expect(body.errors[0].extensions.code).toBe('MAX_DEPTH_EXCEEDED');
  });

  it(`allows ${MAX_ALIASES} aliases and refuses more, also when a fragment repeats them`, async () => {
    const aliases = (n: number) => Array.from({length: n}, (_, i) => `a${i}: shop { name }`).join(' ');
    const ok = await emu.gql(`{ ${aliases(MAX_ALIASES)} }`);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data[`a${MAX_ALIASES - 1}`].name).toBeTruthy();

    const many = await emu.gql(`{ ${aliases(MAX_ALIASES + 1)} }`);
    expect(many.body.data).toBeUndefined();
    expect(many.body.errors[0]).toMatchObject({
      message: `Query has ${MAX_ALIASES + 1} aliases, which exceeds the maximum of ${MAX_ALIASES}`,
      extensions: {code: 'MAX_ALIASES_EXCEEDED'},
    });

    // 60 aliases in a fragment spread twice: 120 aliased fields resolved.
    const spread = await emu.gql(`{ x: shop { ...F } y: shop { ...F } } fragment F on Shop { ${Array.from({length: 60}, (_, i) => `n${i}: name`).join(' ')} }`);
    expect(spread.body.errors[0].extensions.code).toBe('MAX_ALIASES_EXCEEDED');
  });

  it('answers 413 to a body over the limit, without running it', async () => {
    const padding = ' '.repeat(MAX_GRAPHQL_BODY_BYTES);
    const response = await emu.fetch('/api/2025-04/graphql.json', {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-shopify-storefront-access-token': PUBLIC_TOKEN},
      body: JSON.stringify({query: `{ shop { name } }${padding}`}),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as {errors: {message: string; extensions: {code: string}}[]};
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0].message).toMatch(/too large/);
  });
});

describe('GraphQL limits (Admin API)', () => {
  it('applies the same limits and body cap', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const aliases = Array.from({length: MAX_ALIASES + 1}, (_, i) => `a${i}: shop { name }`).join(' ');
    const {body} = await adminGql(emu, token, `{ ${aliases} }`);
    expect(body.errors[0].extensions.code).toBe('MAX_ALIASES_EXCEEDED');

    const list = await adminGql(emu, token, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {ids: ids(251)});
    expect(list.body.errors[0].extensions.code).toBe('MAX_INPUT_SIZE_EXCEEDED');

    const big = await emu.fetch('/admin/api/2025-07/graphql.json', {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-shopify-access-token': token},
      body: JSON.stringify({query: `{ shop { name } }${' '.repeat(MAX_GRAPHQL_BODY_BYTES)}`}),
    });
    expect(big.status).toBe(413);
  });
});

describe('request body cap over a real socket', () => {
  let emu: TestEmulator;
  let origin: string;
  beforeAll(async () => {
    emu = makeEmulator({port: 0});
    await emu.listen();
    origin = `http://127.0.0.1:${emu.config.port}`;
  });
  afterAll(() => emu.close());

  it('answers 413 to any body over the cap and keeps serving', async () => {
    const response = await fetch(`${origin}/admin/api/2025-07/comments.json`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: 'x'.repeat(MAX_REQUEST_BODY_BYTES + 1),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large/);
    expect(await (await fetch(`${origin}/healthz`)).text()).toBe('ok');
  });
});

describe('hostile variables', () => {
  it('answers deeply nested variables without a server error', async () => {
    const emu = makeEmulator();
    const depth = 100_000;
    const ids = `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
    const response = await emu.fetch('/api/2025-04/graphql.json', {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-shopify-storefront-access-token': PUBLIC_TOKEN},
      body: `{"query": "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": ${ids}}}`,
    });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as {errors?: unknown[]};
    expect(body.errors?.length).toBeGreaterThan(0);
  });
});
