/**
 * A fixed-window rate limiter kept in the isolate's memory. On Oxygen each
 * isolate counts on its own, so this blunts bursts from one address rather than
 * enforcing an exact global quota; Shopify's own throttles sit behind it.
 */
export function createRateLimiter({limit, windowMs, maxKeys = 10_000}: {limit: number; windowMs: number; maxKeys?: number}) {
  const windows = new Map<string, {count: number; resetAt: number}>();

  return {
    /** Counts one attempt for `key`; false when the key is over its limit for this window. */
    attempt(key: string, now = Date.now()): {allowed: boolean; retryAfterSeconds: number} {
      let entry = windows.get(key);
      if (!entry || entry.resetAt <= now) {
        if (windows.size >= maxKeys) pruneExpired(now);
        entry = {count: 0, resetAt: now + windowMs};
        windows.set(key, entry);
      }
      entry.count += 1;
      return {
        allowed: entry.count <= limit,
        retryAfterSeconds: Math.max(1, Math.ceil((entry.resetAt - now) / 1000)),
      };
    },
  };

  function pruneExpired(now: number) {
    for (const [key, entry] of windows) {
      if (entry.resetAt <= now) windows.delete(key);
    }
    // Still full (a flood of distinct keys): start over rather than grow without bound.
    if (windows.size >= maxKeys) windows.clear();
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * The key the rate limit counts by. On Oxygen, its gateway sets `oxygen-buyer-ip` to the visitor's
 * address and overwrites any value the client sent, so it is trusted only there: a production build
 * on a real store. Anywhere else (`npm run dev`, `npm run preview` and the browser tests, all on
 * MiniOxygen) a client may send that header itself, so the value is only a label the client chose:
 * it still lets the browser tests give each journey its own bucket, and it is marked so nobody
 * mistakes it for an address. Proxy headers (`x-forwarded-for`, `cf-connecting-ip`) are never used:
 * a client can set those everywhere. docs/decisions/020 says what a spoofed header can and cannot do.
 */
export function clientIp(request: Request, {onOxygen}: {onOxygen: boolean}): string {
  const buyerIp = request.headers.get('oxygen-buyer-ip')?.trim().slice(0, 64);
  if (onOxygen) return buyerIp || 'unknown';
  return `unverified:${buyerIp || 'local'}`;
}

/** Where `oxygen-buyer-ip` is Oxygen's word, not the client's: a production build on a real store. */
export function runsOnOxygen(settings: {isProduction: boolean; usesEmulator: boolean}): boolean {
  return settings.isProduction && !settings.usesEmulator;
}
