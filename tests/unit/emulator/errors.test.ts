import {beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, PRIVATE_TOKEN, PUBLIC_TOKEN, type GqlBody, type TestEmulator} from './helpers';

describe('tokens, CORS and error shapes', () => {
  let emu: TestEmulator;
  beforeAll(() => {
    emu = makeEmulator();
  });

  const post = (headers: Record<string, string>, body: string) =>
    emu.fetch('/api/2025-04/graphql.json', {method: 'POST', headers: {'content-type': 'application/json', ...headers}, body});

  it('answers a missing or wrong token with HTTP 401, and accepts either token', async () => {
    const query = JSON.stringify({query: '{ shop { name } }'});
    const rejected: Record<string, string>[] = [
      {},
      {'x-shopify-storefront-access-token': 'wrong'},
      {'shopify-storefront-private-token': PUBLIC_TOKEN},
    ];
    for (const headers of rejected) {
      const response = await post(headers, query);
      expect(response.status).toBe(401);
      const body = (await response.json()) as GqlBody;
      expect(body.errors[0].extensions.code).toBe('UNAUTHORIZED');
      expect(body.data).toBeUndefined();
    }
    const accepted: Record<string, string>[] = [
      {'x-shopify-storefront-access-token': PUBLIC_TOKEN},
      {'shopify-storefront-private-token': PRIVATE_TOKEN},
    ];
    for (const headers of accepted) {
      const response = await post(headers, query);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({data: {shop: {name: 'Fixture Athletics'}}});
    }
  });

  it('works for any API version and answers CORS preflights', async () => {
    const response = await emu.fetch('/api/2024-10/graphql.json', {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-shopify-storefront-access-token': PUBLIC_TOKEN, origin: 'http://localhost:3000'},
      body: JSON.stringify({query: '{ shop { name } }'}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const preflight = await emu.fetch('/api/2025-04/graphql.json', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-shopify-storefront-access-token',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-shopify-storefront-access-token');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('rejects invalid documents with HTTP 200 and graphql-ruby codes, before executing anything', async () => {
    const {status, body} = await emu.gql(`query Broken {
  shop { nme }
  product(handel: "x") { id }
  menu { id }
  products(first: "ten") { nodes { id } }
}`);
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: "Field 'nme' doesn't exist on type 'Shop'",
        locations: [{line: 2, column: 10}],
        path: ['query Broken', 'shop', 'nme'],
        extensions: {code: 'undefinedField', typeName: 'Shop', fieldName: 'nme'},
      },
      {
        message: "Field 'product' doesn't accept argument 'handel'",
        locations: [{line: 3, column: 11}],
        path: ['query Broken', 'product', 'handel'],
        extensions: {code: 'argumentNotAccepted', name: 'product', typeName: 'Field', argumentName: 'handel'},
      },
      {
        message: "Field 'menu' is missing required arguments: handle",
        locations: [{line: 4, column: 3}],
        path: ['query Broken', 'menu'],
        extensions: {code: 'missingRequiredArguments', className: 'Field', name: 'menu', arguments: 'handle'},
      },
      {
        message: `Argument 'first' on Field 'products' has an invalid value ("ten"). Expected type 'Int'.`,
        locations: [{line: 5, column: 19}],
        path: ['query Broken', 'products', 'first'],
        extensions: {code: 'argumentLiteralsIncompatible', typeName: 'Field', argumentName: 'first'},
      },
    ]);
  });

  it('reports syntax errors as parseError and a missing query plainly', async () => {
    const {body} = await emu.gql('{ shop { name ');
    expect(body.errors).toEqual([
      {message: expect.stringContaining('Syntax Error'), locations: [{line: 1, column: 15}], extensions: {code: 'parseError'}},
    ]);
    const response = await post({'x-shopify-storefront-access-token': PUBLIC_TOKEN}, JSON.stringify({}));
    expect(await response.json()).toEqual({errors: [{message: 'No query string was present'}]});
    const malformed = await post({'x-shopify-storefront-access-token': PUBLIC_TOKEN}, '{not json');
    expect(malformed.status).toBe(400);
  });

  it('reports bad variables the way graphql-ruby does', async () => {
    const {body} = await emu.gql('query P($handle: String!) { product(handle: $handle) { id } }', {});
    expect(body.errors).toEqual([
      {
        message: 'Variable $handle of type String! was provided invalid value',
        locations: [{line: 1, column: 9}],
        extensions: {value: null, problems: [{path: [], explanation: 'Expected value to not be null'}]},
      },
    ]);
  });

  it('returns partial data with a located error when one field fails', async () => {
    const {body} = await emu.gql('{ shop { name } node(id: "not-a-gid") { id } }');
    expect(body.data).toEqual({shop: {name: 'Fixture Athletics'}, node: null});
    expect(body.errors).toEqual([
      {message: "Invalid global id 'not-a-gid'", locations: [{line: 1, column: 17}], path: ['node'], extensions: {code: 'BAD_REQUEST'}},
    ]);
  });

  it('says so when a root field is not implemented', async () => {
    const {body} = await emu.gql('mutation { customerRecover(email: "a@b.co") { customerUserErrors { message } } }');
    expect(body.data).toEqual({customerRecover: null});
    expect(body.errors[0]).toMatchObject({path: ['customerRecover'], extensions: {code: 'INTERNAL_SERVER_ERROR'}});
    expect(body.errors[0].message).toContain('not implemented');
  });

  it('answers unknown paths with 404 and /healthz with ok', async () => {
    expect((await emu.fetch('/nope')).status).toBe(404);
    const health = await emu.fetch('/healthz');
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok');
  });
});
