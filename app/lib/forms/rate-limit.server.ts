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

/** The visitor's address: Oxygen sets oxygen-buyer-ip; elsewhere fall back to proxy headers. */
export function clientIp(request: Request): string {
  return (
    request.headers.get('oxygen-buyer-ip') ??
    request.headers.get('cf-connecting-ip') ??
    request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ??
    'unknown'
  );
}
