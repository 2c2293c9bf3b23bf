import {describe, expect, it, vi} from 'vitest';
import {DEFAULT_TURNSTILE_VERIFY_URL, readTurnstileSettings, verifyTurnstile, type TurnstileSettings} from '~/lib/forms/turnstile.server';

const settings: TurnstileSettings = {siteKey: 'site-key', secretKey: 'secret-key', verifyUrl: 'https://verify.test/siteverify'};

/** A fake siteverify that records what it was sent. */
function fakeVerify(answer: (body: Record<string, unknown>) => Response | Promise<Response>) {
  const calls: Array<{url: string; body: Record<string, unknown>}> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    calls.push({url, body});
    return answer(body);
  }) as unknown as typeof fetch;
  return {fetchImpl, calls};
}

describe('Turnstile settings', () => {
  it('are off by default, so nothing changes offline', () => {
    const problems: string[] = [];
    expect(readTurnstileSettings({}, problems)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('need both keys, and default to Cloudflare’s verify URL', () => {
    const problems: string[] = [];
    expect(readTurnstileSettings({TURNSTILE_SITE_KEY: 'a', TURNSTILE_SECRET_KEY: 'b'}, problems)).toEqual({
      siteKey: 'a',
      secretKey: 'b',
      verifyUrl: DEFAULT_TURNSTILE_VERIFY_URL,
    });
    readTurnstileSettings({TURNSTILE_SITE_KEY: 'a'}, problems);
    expect(problems).toEqual(['TURNSTILE_SITE_KEY and TURNSTILE_SECRET_KEY must be set together']);
  });

  it('take a verify URL on https, or http only on this machine', () => {
    const problems: string[] = [];
    const keys = {TURNSTILE_SITE_KEY: 'a', TURNSTILE_SECRET_KEY: 'b'};
    expect(readTurnstileSettings({...keys, TURNSTILE_VERIFY_URL: 'http://127.0.0.1:4010/__emulator/turnstile/siteverify'}, problems)?.verifyUrl).toMatch(/^http:\/\/127/);
    expect(readTurnstileSettings({...keys, TURNSTILE_VERIFY_URL: 'http://verify.example/siteverify'}, problems)).toBeNull();
    expect(problems[0]).toMatch(/TURNSTILE_VERIFY_URL/);
  });
});

describe('verifyTurnstile', () => {
  it('passes a good answer, sending the secret, the answer and a verified address', async () => {
    const {fetchImpl, calls} = fakeVerify(() => Response.json({success: true}));
    expect(await verifyTurnstile({settings, token: 'answer', ip: '203.0.113.4', fetchImpl})).toBe('passed');
    expect(calls).toEqual([{url: settings.verifyUrl, body: {secret: 'secret-key', response: 'answer', remoteip: '203.0.113.4'}}]);
  });

  it('refuses an answer Turnstile refuses', async () => {
    const {fetchImpl} = fakeVerify(() => Response.json({success: false, 'error-codes': ['invalid-input-response']}));
    expect(await verifyTurnstile({settings, token: 'forged', ip: null, fetchImpl})).toBe('failed');
  });

  it('calls nobody when the answer is missing or absurd', async () => {
    const {fetchImpl, calls} = fakeVerify(() => Response.json({success: true}));
    expect(await verifyTurnstile({settings, token: null, ip: null, fetchImpl})).toBe('missing');
    expect(await verifyTurnstile({settings, token: 'x'.repeat(3000), ip: null, fetchImpl})).toBe('missing');
    expect(calls).toHaveLength(0);
  });

  it('is "unavailable" when the verifier fails or hangs past the timeout, never an exception', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const down = fakeVerify(() => new Response('oops', {status: 502}));
    expect(await verifyTurnstile({settings, token: 'answer', ip: null, fetchImpl: down.fetchImpl})).toBe('unavailable');
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as unknown as typeof fetch;
    expect(await verifyTurnstile({settings, token: 'answer', ip: null, fetchImpl: hanging, timeoutMs: 20})).toBe('unavailable');
    vi.restoreAllMocks();
  });
});
