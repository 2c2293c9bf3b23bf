import {describe, expect, it} from 'vitest';
import {clientIp, createRateLimiter, runsOnOxygen} from '~/lib/forms/rate-limit.server';

const request = (headers: Record<string, string>) => new Request('https://shop.test/newsletter', {method: 'POST', headers});

describe('the rate-limit key', () => {
  it('is the address Oxygen sets, on Oxygen (a production build on a real store)', () => {
    expect(runsOnOxygen({isProduction: true, usesEmulator: false})).toBe(true);
    expect(clientIp(request({'oxygen-buyer-ip': '203.0.113.7'}), {onOxygen: true})).toBe('203.0.113.7');
    expect(clientIp(request({}), {onOxygen: true})).toBe('unknown');
  });

  it('never comes from proxy headers a client can set anywhere', () => {
    const spoofed = {'x-forwarded-for': '198.51.100.1', 'cf-connecting-ip': '198.51.100.2'};
    expect(clientIp(request(spoofed), {onOxygen: true})).toBe('unknown');
    expect(clientIp(request({...spoofed, 'oxygen-buyer-ip': '203.0.113.7'}), {onOxygen: true})).toBe('203.0.113.7');
  });

  it('off Oxygen (dev, preview, tests) is only a label the client chose, and marked as such', () => {
    expect(runsOnOxygen({isProduction: false, usesEmulator: false})).toBe(false);
    expect(runsOnOxygen({isProduction: true, usesEmulator: true})).toBe(false);
    expect(clientIp(request({'oxygen-buyer-ip': '203.0.113.7'}), {onOxygen: false})).toBe('unverified:203.0.113.7');
    expect(clientIp(request({}), {onOxygen: false})).toBe('unverified:local');
  });

  it('off Oxygen, a spoofed header picks the sender’s own bucket: it can dodge its own limit, nothing more', () => {
    const limiter = createRateLimiter({limit: 1, windowMs: 60_000});
    const key = (ip: string) => clientIp(request({'oxygen-buyer-ip': ip}), {onOxygen: false});
    expect(limiter.attempt(key('10.0.0.1')).allowed).toBe(true);
    expect(limiter.attempt(key('10.0.0.1')).allowed).toBe(false);
    // A new made-up address is a new bucket (the documented local limitation)...
    expect(limiter.attempt(key('10.0.0.2')).allowed).toBe(true);
    // ...and it can never collide with a real Oxygen address's bucket.
    expect(key('10.0.0.3')).not.toBe(clientIp(request({'oxygen-buyer-ip': '10.0.0.3'}), {onOxygen: true}));
  });

  it('is cut to a sane length, so a huge header cannot grow the limiter’s memory', () => {
    expect(clientIp(request({'oxygen-buyer-ip': 'x'.repeat(5_000)}), {onOxygen: true})).toHaveLength(64);
  });
});
