/** A made-up results object in the shape scripts/bench/run.mjs writes, for the pure parts' tests. */
export function figures(overrides: Record<string, number | null> = {}) {
  return {
    performance: 1,
    accessibility: 1,
    bestPractices: 1,
    seo: 1,
    lcpMs: 1200,
    tbtMs: 0,
    cls: 0,
    ttfbMs: 40,
    bytes: 200_000,
    ...overrides,
  };
}

/** A cold-cache summary as stats.summariseColdSamples gives it (medians only; no samples kept here). */
export function coldCache(ttfbMs: number, slowestCallMs: number | null, waterfalls: {chain: string; seen: number}[] = []) {
  return {runs: 10, ttfbMs, slowestCallMs, overheadMs: ttfbMs - (slowestCallMs ?? 0), waterfalls, samples: []};
}

export function page(options: {rps?: number; ttfb?: number; slowest?: number | null; freshTtfb?: number; gzip?: number; mobile?: ReturnType<typeof figures>} = {}) {
  return {
    path: '/x',
    server: {
      // The first request to a fresh server: reported, not the target (it pays the isolate's start-up).
      cold: {ttfbMs: options.freshTtfb ?? 160, slowestCallMs: 55, calls: 3, burst: {rps: 50, p50Ms: 100, p99Ms: 200}},
      coldCache: coldCache(options.ttfb ?? 70, options.slowest === undefined ? 55 : options.slowest),
      warm: {rps: options.rps ?? 100, p50Ms: 90, p99Ms: 180, requests: 1000, non2xx: 0, errors: 0, timeouts: 0},
      htmlBytes: 40_000,
    },
    lighthouse: {
      mobile: {runs: [], median: options.mobile ?? figures(), errors: []},
      desktop: {runs: [], median: figures(), errors: []},
    },
    clientJs: {path: '/x', files: 10, rawBytes: 300_000, gzipBytes: options.gzip ?? 80 * 1024},
  };
}

export function results(overrides: {ours?: Record<string, ReturnType<typeof page>>; starter?: Record<string, ReturnType<typeof page>>; limitRps?: number | null} = {}) {
  const ours = overrides.ours ?? {home: page({rps: 200}), article: page({rps: 160})};
  const starter = overrides.starter ?? {home: page({rps: 150}), article: page({rps: 100})};
  return {
    meta: {
      date: '2026-01-01T00:00:00.000Z',
      commit: 'abc1234',
      machine: '2 × Test CPU',
      latencyMs: 50,
      connections: 10,
      durationS: 10,
      lighthouseRuns: 5,
      pages: Object.keys(ours),
      sites: ['ours', 'starter'],
      starter: {template: '@shopify/create-hydrogen@5.0.15', skeletonVersion: '2025.1.0', hydrogenVersion: '2025.4.2'},
    },
    sites: {ours: {pages: ours}, starter: {pages: starter}},
    limit: overrides.limitRps === null ? null : {htmlBytes: 40_000, server: {warm: {rps: overrides.limitRps ?? 250, p50Ms: 30, p99Ms: 60}}},
    failures: [] as string[],
    targets: [] as unknown[],
  };
}
