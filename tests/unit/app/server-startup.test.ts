import {describe, expect, it, vi} from 'vitest';

// The worker is tested as Oxygen calls it; the Remix build is never reached on a settings error.
vi.mock('virtual:remix/server-build', () => ({}));

const {default: worker} = await import('../../../server');

const executionContext = {waitUntil: () => {}, passThroughOnException: () => {}} as unknown as ExecutionContext;

describe('the worker with broken settings', () => {
  it('answers a plain start-up error page that names each broken setting and no value', async () => {
    const env = {
      PUBLIC_STORE_DOMAIN: '',
      PUBLIC_STOREFRONT_API_TOKEN: 'public-token',
      STOREFRONT_TIMEOUT_MS: 'forever',
    } as unknown as Env;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await worker.fetch(new Request('https://shop.example/'), env, executionContext);
    errors.mockRestore();

    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('Store settings need attention');
    expect(html).toContain('PUBLIC_STORE_DOMAIN is missing');
    expect(html).toContain('STOREFRONT_TIMEOUT_MS');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
  });

  it('names a live store’s weak SESSION_SECRET without echoing it', async () => {
    const secret = 'too-short-secret';
    const env = {
      PUBLIC_STORE_DOMAIN: 'trailforge.myshopify.com',
      PUBLIC_STOREFRONT_API_TOKEN: 'public-token',
      SESSION_SECRET: secret,
    } as unknown as Env;
    vi.stubEnv('NODE_ENV', 'production');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await worker.fetch(new Request('https://shop.example/'), env, executionContext);
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain('SESSION_SECRET must be at least 32 characters');
      expect(html).not.toContain(secret);
      expect(errors.mock.calls.flat().join(' ')).not.toContain(secret);
    } finally {
      errors.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
