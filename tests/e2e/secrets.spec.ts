import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test, expect} from './fixtures';
import {FLAGSHIP} from './fixtures/shop';
import {readServerLog, SERVER_LOG_FILE} from './fixtures/server-log';
import {DEV_ONLY_SESSION_SECRET, EMULATOR_ADMIN_CLIENT_SECRET, EMULATOR_PRIVATE_TOKEN} from '../../scripts/lib/stack.mjs';

/**
 * No secret reaches a browser or a log. The stack under test runs with a known sentinel for every
 * secret (playwright.config.ts: SESSION_SECRET, the private Storefront API token and the Admin API
 * client secret; the emulator expects the same values), so finding one is a plain string search.
 * Admin API access tokens are minted at run time; they are recognised by their shape.
 */
const SENTINELS: Record<string, string> = JSON.parse(readFileSync(path.join('tests', 'e2e', 'fixtures', 'secret-sentinels.json'), 'utf8'));
const ADMIN_ACCESS_TOKEN = /shpat_[0-9a-f]{32}/;
const ARTICLE = '/blogs/news/what-is-dry-needling';

function leaksIn(text: string, secrets: Record<string, string> = SENTINELS): string[] {
  const found = Object.entries(secrets)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
  if (ADMIN_ACCESS_TOKEN.test(text)) found.push('an Admin API access token');
  return found;
}

test('the stack under test really runs with the sentinel secrets', async ({request, emulatorUrl}) => {
  // The emulator accepts only the sentinel client secret and private token, so the app (which works)
  // must be using them.
  const token = await request.post(`${emulatorUrl}/admin/oauth/access_token`, {
    form: {grant_type: 'client_credentials', client_id: 'trailforge-emulator-admin-client', client_secret: SENTINELS.EMULATOR_ADMIN_CLIENT_SECRET!},
  });
  expect(token.status()).toBe(200);
  const storefront = await request.post(`${emulatorUrl}/api/2025-04/graphql.json`, {
    headers: {'Shopify-Storefront-Private-Token': SENTINELS.EMULATOR_PRIVATE_TOKEN!},
    data: {query: '{ shop { name } }'},
  });
  expect((await storefront.json()).data?.shop?.name).toBeTruthy();
  // The storefront's settings file (written by scripts/preview.mjs) carries the sentinel session secret.
  const envFile = readFileSync(path.join('.cache', `emulator-${new URL(emulatorUrl).port}.env`), 'utf8');
  expect(envFile).toContain(`SESSION_SECRET="${SENTINELS.SESSION_SECRET}"`);
});

test('no secret, nor any development default, is in a file shipped to browsers (dist/client)', () => {
  const root = path.join('dist', 'client');
  const files = readdirSync(root, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile());
  expect(files.length, 'run `npm run build` first').toBeGreaterThan(10);
  const defaults = {DEV_ONLY_SESSION_SECRET, EMULATOR_ADMIN_CLIENT_SECRET, EMULATOR_PRIVATE_TOKEN};
  const leaks = files.flatMap((entry) => {
    // `parentPath` is Node 20.12+; earlier 20.x name it `path`.
    const file = path.join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name);
    const text = readFileSync(file, 'latin1');
    return [...leaksIn(text), ...leaksIn(text, defaults).filter((name) => name !== 'an Admin API access token')].map(
      (name) => `${name} in ${file}`,
    );
  });
  expect(leaks).toEqual([]);
});

test('no secret is in the pages, route data or headers of a crawl, nor in the server logs', async ({request, baseURL}) => {
  test.setTimeout(60_000);
  // A cart with a line, so the cart pages and their data carry a real cart.
  const added = await request.post('/cart', {
    headers: {Origin: new URL(baseURL!).origin},
    form: {cartFormInput: JSON.stringify({action: 'LinesAdd', inputs: {lines: [{merchandiseId: 'gid://shopify/ProductVariant/2001', quantity: 1}]}})},
    maxRedirects: 0,
  });
  expect(added.status()).toBeLessThan(400);

  const pages = [
    '/',
    FLAGSHIP,
    '/collections/race-prep',
    '/collections/all',
    '/blogs/news',
    ARTICLE,
    '/pages/about',
    '/policies/privacy-policy',
    '/search?q=spartan',
    '/cart',
    '/newsletter',
    '/no-such-page-for-sentinels',
    '/api/predictive-search?q=spa',
    '/sitemap.xml',
    '/blogs/news.atom',
  ];
  const dataRequests = ['/_root.data', `${FLAGSHIP}.data`, '/collections/race-prep.data', `${ARTICLE}.data`, '/cart.data', '/search.data?q=spartan'];
  const leaks: string[] = [];
  for (const url of [...pages, ...dataRequests]) {
    const response = await request.get(url, {maxRedirects: 0, failOnStatusCode: false});
    expect(response.status(), url).toBeLessThan(500);
    const text = `${JSON.stringify(response.headers())}\n${await response.text()}`;
    leaks.push(...leaksIn(text).map((name) => `${name} in ${url}`));
  }
  expect(leaks).toEqual([]);

  // The servers write their output asynchronously: wait until this crawl's own marker request is in
  // the log, so everything before it is too.
  const marker = `sentinel-crawl-${Date.now()}`;
  await request.get(`/search?q=${marker}`);
  await expect
    .poll(() => readServerLog().includes(marker), {
      message: `the server log (${SERVER_LOG_FILE}) should record the crawl; was the server started without TRAILFORGE_SERVER_LOG?`,
    })
    .toBe(true);
  expect(leaksIn(readServerLog())).toEqual([]);
});
