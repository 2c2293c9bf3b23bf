import http from 'node:http';
import {test, expect} from './fixtures';

/**
 * What every response promises, whatever produced it, and the redirects a stranger's link can
 * never turn into a bounce to another site.
 */
const BASELINE = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

test.describe('baseline headers', () => {
  const kinds: Array<[string, string]> = [
    ['a page', '/'],
    ['a resource route', '/robots.txt'],
    ['the sitemap', '/sitemap.xml'],
    ['a redirect', '/discount/TRAIL10'],
    ['a route data request', '/products/grip-and-hang-strength-block.data'],
    ['a not-found page', '/no-such-page-at-all'],
  ];
  for (const [kind, path] of kinds) {
    test(`${kind} (${path}) carries nosniff, referrer and permissions policies and HSTS`, async ({request}) => {
      const response = await request.get(path, {maxRedirects: 0});
      const headers = response.headers();
      expect(headers, path).toMatchObject(BASELINE);
      expect(headers['permissions-policy'], path).toContain('camera=()');
      // The test stack serves the production build: HSTS is on.
      expect(headers['strict-transport-security'], path).toContain('max-age=');
    });
  }

  test('pages run only their own nonce’d scripts, cannot be framed, and post only to the store or checkout', async ({request}) => {
    const csp = (await request.get('/')).headers()['content-security-policy'] ?? '';
    const directive = (name: string) => csp.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toMatch(/'nonce-[^']+'/);
    expect(directive('script-src')).toContain("'strict-dynamic'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('form-action')).toMatch(/^form-action 'self'/);
  });

  test('Turnstile is off unless the store sets its keys: no Cloudflare in the CSP and no check on the forms', async ({page, request}) => {
    const csp = (await request.get('/newsletter')).headers()['content-security-policy'] ?? '';
    expect(csp).not.toContain('challenges.cloudflare.com');
    await page.goto('/newsletter');
    await expect(page.getByTestId('newsletter-page-form').getByRole('button', {name: 'Subscribe'})).toBeVisible();
    await expect(page.getByTestId('captcha')).toHaveCount(0);
  });

  test('HTML is served as UTF-8', async ({request}) => {
    const response = await request.get('/');
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  });
});

test.describe('redirects stay on this site', () => {
  for (const target of ['/.//evil.example/x', '//evil.example/x', 'https://evil.example/x', '/\\evil.example']) {
    for (const param of ['return_to', 'redirect']) {
      test(`a missing page with ?${param}=${target} stays a 404`, async ({request}) => {
        const response = await request.get(`/no-such-page?${param}=${encodeURIComponent(target)}`, {maxRedirects: 0});
        expect(response.status()).toBe(404);
        expect(response.headers().location).toBeUndefined();
      });
    }
  }

  test('a URL redirect from Shopify admin still applies, with a return_to ignored', async ({request}) => {
    const response = await request.get('/products/spartan-prep?return_to=//evil.example', {maxRedirects: 0});
    expect(response.status()).toBe(301);
    expect(response.headers().location).toMatch(/^\/products\/spartan-race-preparation-program/);
  });
});

test('a form posted from another site is refused with a 403 and a message, not a server error', async ({request}) => {
  const response = await request.post('/blogs/news/what-is-dry-needling/comments', {
    headers: {Origin: 'https://evil.example'},
    form: {author: 'Mallory', email: 'm@example.com', body: 'hi'},
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toMatch(/only be sent from this store/);
});

test('a post a browser marks as cross-site is refused with a 403', async ({request}) => {
  const response = await request.post('/newsletter', {
    headers: {'Sec-Fetch-Site': 'cross-site'},
    form: {email: 'someone@example.com'},
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test('a form far larger than any of ours is refused with 413 before it is read, and nothing is echoed', async ({request}) => {
  const body = 'x'.repeat(2 * 1024 * 1024);
  const response = await request.post('/blogs/news/what-is-dry-needling/comments', {
    form: {author: 'Big', email: 'big@example.com', body},
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  const text = await response.text();
  expect(text).toMatch(/too large/);
  expect(text.length).toBeLessThan(1000);
});

test('a form sent in chunks, with no declared length, is cut off at 32 KB with a 413', async ({baseURL}) => {
  // Playwright's request client always declares a length: send the chunks by hand.
  const status = await new Promise<number>((resolve, reject) => {
    const post = http.request(
      new URL('/newsletter', baseURL),
      {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked'}},
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    post.on('error', reject);
    post.write('email=');
    for (let i = 0; i < 64; i++) post.write('x'.repeat(1024));
    post.end();
  });
  expect(status).toBe(413);
});

test('a comment refused with oversized fields (under 32 KB) echoes no more than each field accepts', async ({request, baseURL}) => {
  const article = '/blogs/news/what-is-dry-needling';
  const response = await request.post(article, {
    headers: {Origin: new URL(baseURL!).origin},
    form: {name: 'N'.repeat(2_000), email: `${'e'.repeat(2_000)}@example.com`, body: 'B'.repeat(25_000)},
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  const html = await response.text();
  // The form comes back with the words kept, cut to the fields' limits (5,000 / 100 / 254).
  expect(html).toContain('B'.repeat(5_000));
  expect(html).not.toContain('B'.repeat(5_001));
  expect(html).not.toContain('N'.repeat(101));
  expect(html).not.toContain('e'.repeat(255));
});
