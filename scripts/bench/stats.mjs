// The benchmark's arithmetic and its targets: pure functions over the numbers the runs produce, so
// they are unit-tested (tests/unit/bench/) while the runs themselves never are.

/** The median of the finite numbers in `values` (the mean of the middle two for an even count); null if none. */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `value / base`, or null when either is missing or the base is zero. */
export function ratio(value, base) {
  if (typeof value !== 'number' || typeof base !== 'number' || !Number.isFinite(value) || !base) return null;
  return value / base;
}

/** What a Lighthouse run reports that the bench keeps (lhr: Lighthouse's result object). */
export function lighthouseFigures(lhr) {
  const score = (id) => lhr.categories?.[id]?.score ?? null;
  const audit = (id) => lhr.audits?.[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    ttfbMs: audit('server-response-time'),
    bytes: audit('total-byte-weight'),
  };
}

/** Each figure's median over the runs, taken figure by figure (runs that failed are null and skipped). */
export function medianFigures(runs) {
  const figures = runs.filter(Boolean);
  if (!figures.length) return null;
  return Object.fromEntries(Object.keys(figures[0]).map((key) => [key, median(figures.map((run) => run[key]))]));
}

/**
 * The Storefront calls that could have held up a page's first byte: those the emulator had answered
 * by then (`calls` from GET /__emulator/timings: {operation, ms, startedAt}; both clocks are this
 * machine's, so a couple of milliseconds of tolerance covers their rounding). A deferred call still
 * running at the first byte cannot have been waited on, so it does not count toward the budget.
 * Returns {slowestMs, before, after}: the slowest of those calls (null if none) and both lists.
 *
 * @template {{ms: number, startedAt: number}} Call
 * @param {Call[]} calls
 * @param {number} firstByteAt   epoch milliseconds
 * @param {number} [toleranceMs]
 * @returns {{slowestMs: number | null, before: Call[], after: Call[]}}
 */
export function callsBeforeFirstByte(calls, firstByteAt, toleranceMs = 2) {
  const before = calls.filter((call) => call.startedAt + call.ms <= firstByteAt + toleranceMs);
  const after = calls.filter((call) => !before.includes(call));
  return {slowestMs: before.length ? Math.max(...before.map((call) => call.ms)) : null, before, after};
}

/**
 * The longest run of calls that waited on one another among `calls`: call B follows call A when B
 * started only after A had been answered (a waterfall); calls that overlap ran in parallel. Returns the
 * chain, first call first, with the most milliseconds end to end ([] for no calls; one call when
 * everything ran in parallel). `toleranceMs` covers the two clocks' rounding.
 *
 * @template {{ms: number, startedAt: number}} Call
 * @param {Call[]} calls
 * @param {number} [toleranceMs]
 * @returns {Call[]}
 */
export function longestChain(calls, toleranceMs = 1) {
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  /** For each call, the best chain ending with it: [total ms, previous index]. */
  const best = sorted.map((call) => ({total: call.ms, previous: -1}));
  sorted.forEach((call, i) => {
    for (let j = 0; j < i; j++) {
      const before = sorted[j];
      if (call.startedAt + toleranceMs >= before.startedAt + before.ms && best[j].total + call.ms > best[i].total) {
        best[i] = {total: best[j].total + call.ms, previous: j};
      }
    }
  });
  if (!sorted.length) return [];
  let end = 0;
  best.forEach((entry, i) => {
    if (entry.total > best[end].total) end = i;
  });
  const chain = [];
  for (let i = end; i !== -1; i = best[i].previous) chain.unshift(sorted[i]);
  return chain;
}

/**
 * One cold-cache request, read against the calls the emulator recorded while it ran: the calls it
 * made (those that started after the request did, less the tolerance), the slowest answered by its
 * first byte, its overhead over that call (TTFB − slowest call; the TTFB alone when it waited on
 * none) and the chain of calls it waited on one after another before the first byte.
 *
 * @param {{startedAt: number, ttfbMs: number, firstByteAt: number}} request   epoch ms and ms
 * @param {{operation: string, ms: number, startedAt: number}[]} calls
 */
export function coldSample(request, calls, toleranceMs = 2) {
  const own = calls.filter((call) => call.startedAt >= request.startedAt - toleranceMs);
  const critical = callsBeforeFirstByte(own, request.firstByteAt, toleranceMs);
  return {
    ttfbMs: request.ttfbMs,
    slowestCallMs: critical.slowestMs,
    overheadMs: request.ttfbMs - (critical.slowestMs ?? 0),
    calls: own.length,
    beforeFirstByte: critical.before.map(describeCall),
    afterFirstByte: critical.after.map(describeCall),
    chain: longestChain(critical.before).map(describeCall),
  };
}

/** "BlogArticle 55 ms"; Admin API calls are named as such ("Admin BlogCommentPolicy 52 ms"). */
const describeCall = (call) => `${call.api === 'admin' ? 'Admin ' : ''}${call.operation} ${call.ms} ms`;

/**
 * The cold-cache figure of a page from its samples (coldSample's): median TTFB, median slowest call
 * and median overhead, and every waterfall seen before the first byte (a chain of two or more calls,
 * by operations, with how many samples showed it), most frequent first.
 */
export function summariseColdSamples(samples) {
  const waterfalls = new Map();
  for (const sample of samples) {
    if (sample.chain.length < 2) continue;
    const key = sample.chain.map((call) => call.replace(/ [\d.]+ ms$/, '')).join(' → ');
    waterfalls.set(key, (waterfalls.get(key) ?? 0) + 1);
  }
  return {
    runs: samples.length,
    ttfbMs: median(samples.map((s) => s.ttfbMs)),
    slowestCallMs: median(samples.map((s) => s.slowestCallMs)),
    overheadMs: median(samples.map((s) => s.overheadMs)),
    waterfalls: [...waterfalls].sort((a, b) => b[1] - a[1]).map(([chain, seen]) => ({chain, seen})),
    samples,
  };
}

export const KIB = 1024;

/** The targets of issue 10, as numbers the evaluation reads. */
export const TARGETS = {
  throughputVsStarter: 1.5,
  throughputVsLimit: 0.6,
  mobilePerformance: 0.99,
  otherCategories: 1,
  cls: 0,
  articleClientJsGzipBytes: 90 * KIB,
  coldTtfbSlackMs: 30,
};

const MET = 'met';
const MISSED = 'missed';
const UNMEASURED = 'not measured';

function verdict(ok) {
  return ok === null ? UNMEASURED : ok ? MET : MISSED;
}

const fixed = (value, digits = 2) => (value == null ? '—' : value.toFixed(digits));

/**
 * Every target, met or missed, from the results JSON (see run.mjs): [{id, label, status, detail}].
 * A target whose numbers were not measured in this run (a subset was asked for) says so.
 */
export function evaluateTargets(results, targets = TARGETS) {
  const ours = results.sites?.ours?.pages ?? {};
  const starter = results.sites?.starter?.pages ?? {};
  const out = [];

  const oursRps = ours.article?.server?.warm?.rps ?? null;
  const vsStarter = ratio(oursRps, starter.article?.server?.warm?.rps);
  out.push({
    id: 'throughput-vs-starter',
    label: `Warm article req/s ≥ ${targets.throughputVsStarter}× the starter's article`,
    status: verdict(vsStarter === null ? null : vsStarter >= targets.throughputVsStarter),
    detail: vsStarter === null ? 'needs both articles measured' : `${fixed(vsStarter)}× (${fixed(oursRps, 1)} vs ${fixed(starter.article.server.warm.rps, 1)} req/s)`,
  });

  const limitRps = results.limit?.server?.warm?.rps ?? null;
  const vsLimit = ratio(oursRps, limitRps);
  out.push({
    id: 'throughput-vs-limit',
    label: `Warm article req/s ≥ ${Math.round(targets.throughputVsLimit * 100)}% of the limit row`,
    status: verdict(vsLimit === null ? null : vsLimit >= targets.throughputVsLimit),
    detail: vsLimit === null ? 'needs the article and the limit row measured' : `${Math.round(vsLimit * 100)}% (${fixed(oursRps, 1)} vs ${fixed(limitRps, 1)} req/s)`,
  });

  const lighthouse = (preset) =>
    Object.entries(ours)
      .map(([page, data]) => [page, data.lighthouse?.[preset]?.median])
      .filter(([, figures]) => figures);
  const mobile = lighthouse('mobile');
  const everyPreset = [...mobile.map(([page, f]) => [`${page} (mobile)`, f]), ...lighthouse('desktop').map(([page, f]) => [`${page} (desktop)`, f])];
  const failing = (rows, ok) => rows.filter(([, figures]) => !ok(figures)).map(([page]) => page);
  const lighthouseTarget = (id, label, rows, ok, show) => {
    const misses = failing(rows, ok);
    out.push({
      id,
      label,
      status: verdict(rows.length ? misses.length === 0 : null),
      detail: rows.length ? (misses.length ? `missed on ${misses.map((page) => `${page} ${show(rows.find(([p]) => p === page)[1])}`).join(', ')}` : `${rows.length} page runs`) : 'Lighthouse not run',
    });
  };
  lighthouseTarget('lighthouse-performance', `Lighthouse mobile performance ≥ ${targets.mobilePerformance} (median) on every page`, mobile, (f) => (f.performance ?? 0) >= targets.mobilePerformance, (f) => fixed(f.performance));
  const categories = ['accessibility', 'bestPractices', 'seo'];
  lighthouseTarget(
    'lighthouse-categories',
    'Accessibility, best practices and SEO at 1.0',
    everyPreset,
    (f) => categories.every((key) => (f[key] ?? 0) >= targets.otherCategories),
    (f) => categories.filter((key) => (f[key] ?? 0) < targets.otherCategories).map((key) => `${key} ${fixed(f[key])}`).join(', '),
  );
  lighthouseTarget('cls', 'CLS 0', everyPreset, (f) => (f.cls ?? 1) <= targets.cls, (f) => `CLS ${fixed(f.cls, 3)}`);

  const gzip = ours.article?.clientJs?.gzipBytes ?? null;
  out.push({
    id: 'article-client-js',
    label: `Article client JS ≤ ${targets.articleClientJsGzipBytes / KIB} KiB gzip`,
    status: verdict(gzip === null ? null : gzip <= targets.articleClientJsGzipBytes),
    detail: gzip === null ? 'client JS not measured' : `${fixed(gzip / KIB, 1)} KiB`,
  });

  // Cold means a cold cache on a warm runtime (run.mjs: a server with no cache, warmed up, then
  // single requests): the median overhead over the slowest call each request waited on. A page that
  // waited on no call at all gets the slack alone. The first request to a fresh server is reported
  // beside it (it also pays the isolate's start-up, a hosting property) but is not the target.
  const cold = Object.entries(ours)
    .map(([page, data]) => [page, data.server?.coldCache])
    .filter(([, c]) => c && c.overheadMs != null);
  const late = cold.filter(([, c]) => c.overheadMs > targets.coldTtfbSlackMs);
  const show = ([page, c]) => {
    const waterfall = c.waterfalls?.[0] ? `; waterfall ${c.waterfalls[0].chain}` : '';
    return `${page} (${fixed(c.ttfbMs, 0)} ms vs ${fixed(c.slowestCallMs ?? 0, 0)} + ${targets.coldTtfbSlackMs}, median overhead ${fixed(c.overheadMs, 0)} ms${waterfall})`;
  };
  out.push({
    id: 'cold-ttfb',
    label: `Cold-cache TTFB ≤ slowest Storefront call + ${targets.coldTtfbSlackMs} ms (median, warm runtime)`,
    status: verdict(cold.length ? late.length === 0 : null),
    detail: cold.length
      ? late.length
        ? `missed on ${late.map(show).join(', ')}`
        : `${cold.length} pages, overhead ${cold.map(([page, c]) => `${page} ${fixed(c.overheadMs, 0)} ms`).join(', ')}`
      : 'cold-cache runs not measured',
  });
  return out;
}
