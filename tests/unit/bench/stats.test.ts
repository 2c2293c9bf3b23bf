import {describe, expect, it} from 'vitest';
import {
  callsBeforeFirstByte,
  coldSample,
  evaluateTargets,
  lighthouseFigures,
  longestChain,
  median,
  medianFigures,
  ratio,
  summariseColdSamples,
} from '../../../scripts/bench/stats.mjs';
import {coldCache, figures, page, results} from './fixtures';

const status = (targets: {id: string; status: string}[], id: string) => targets.find((t) => t.id === id)?.status;

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('skips failed runs and has no median without numbers', () => {
    expect(median([null, 0.9, undefined, 0.95, Number.NaN, 1] as number[])).toBe(0.95);
    expect(median([])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides, and refuses a missing or zero base', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(150, 0)).toBeNull();
    expect(ratio(null as unknown as number, 100)).toBeNull();
  });
});

describe('Lighthouse figures', () => {
  it('reads the scores and metrics the report shows', () => {
    const lhr = {
      categories: {performance: {score: 0.98}, accessibility: {score: 1}, 'best-practices': {score: 0.96}, seo: {score: 1}},
      audits: {
        'largest-contentful-paint': {numericValue: 2100},
        'total-blocking-time': {numericValue: 30},
        'cumulative-layout-shift': {numericValue: 0.01},
        'server-response-time': {numericValue: 45},
        'total-byte-weight': {numericValue: 250_000},
      },
    };
    expect(lighthouseFigures(lhr)).toEqual({
      performance: 0.98,
      accessibility: 1,
      bestPractices: 0.96,
      seo: 1,
      lcpMs: 2100,
      tbtMs: 30,
      cls: 0.01,
      ttfbMs: 45,
      bytes: 250_000,
    });
  });

  it('takes each figure’s median on its own, over the runs that worked', () => {
    const median = medianFigures([figures({performance: 0.9, lcpMs: 3000}), null, figures({performance: 1, lcpMs: 1000}), figures({performance: 0.95, lcpMs: 2000})]);
    expect(median?.performance).toBe(0.95);
    expect(median?.lcpMs).toBe(2000);
    expect(medianFigures([null, null])).toBeNull();
  });
});

describe('evaluateTargets', () => {
  it('meets every target when the numbers do', () => {
    const targets = evaluateTargets(results());
    expect(targets.map((t) => t.status)).toEqual(Array(targets.length).fill('met'));
  });

  it('misses throughput under 1.5× the starter or under 60% of the limit row', () => {
    const slow = results({ours: {article: page({rps: 140})}, starter: {article: page({rps: 100})}, limitRps: 300});
    const targets = evaluateTargets(slow);
    expect(status(targets, 'throughput-vs-starter')).toBe('missed');
    expect(targets.find((t) => t.id === 'throughput-vs-starter')?.detail).toContain('1.40×');
    expect(status(targets, 'throughput-vs-limit')).toBe('missed');
  });

  it('names the page whose mobile performance or other categories fall short', () => {
    const targets = evaluateTargets(results({ours: {home: page(), article: page({mobile: figures({performance: 0.98, accessibility: 0.97})})}}));
    expect(status(targets, 'lighthouse-performance')).toBe('missed');
    expect(targets.find((t) => t.id === 'lighthouse-performance')?.detail).toContain('article');
    expect(status(targets, 'lighthouse-categories')).toBe('missed');
    expect(status(targets, 'cls')).toBe('met');
  });

  it('misses any layout shift, client JS over 90 KiB and a cold-cache TTFB over the slowest call + 30 ms', () => {
    const targets = evaluateTargets(
      results({ours: {home: page({ttfb: 120, slowest: 55}), article: page({gzip: 91 * 1024, mobile: figures({cls: 0.002})})}}),
    );
    expect(status(targets, 'cls')).toBe('missed');
    expect(status(targets, 'article-client-js')).toBe('missed');
    expect(status(targets, 'cold-ttfb')).toBe('missed');
    expect(targets.find((t) => t.id === 'cold-ttfb')?.detail).toContain('home (120 ms vs 55 + 30, median overhead 65 ms)');
  });

  it('names the waterfall of a page that misses the cold-cache target', () => {
    const article = page();
    article.server.coldCache = coldCache(150, 60, [{chain: 'BlogArticle → InlineProducts', seen: 9}]);
    const target = evaluateTargets(results({ours: {article}})).find((t) => t.id === 'cold-ttfb');
    expect(target?.status).toBe('missed');
    expect(target?.detail).toContain('waterfall BlogArticle → InlineProducts');
  });

  it('reads the target from the cold cache on a warm runtime, not from a fresh server’s first request', () => {
    const slowStart = page({freshTtfb: 400, ttfb: 80, slowest: 55});
    expect(status(evaluateTargets(results({ours: {home: slowStart}})), 'cold-ttfb')).toBe('met');
    const noColdCache = page();
    delete (noColdCache.server as {coldCache?: unknown}).coldCache;
    expect(status(evaluateTargets(results({ours: {home: noColdCache}})), 'cold-ttfb')).toBe('not measured');
  });

  it('gives a page that waited on no Storefront call the 30 ms slack alone', () => {
    expect(status(evaluateTargets(results({ours: {home: page({ttfb: 45, slowest: null})}})), 'cold-ttfb')).toBe('missed');
    expect(status(evaluateTargets(results({ours: {home: page({ttfb: 25, slowest: null})}})), 'cold-ttfb')).toBe('met');
  });

  it('says "not measured" for what a subset run left out, instead of met or missed', () => {
    const partial = results({starter: {}, limitRps: null});
    const targets = evaluateTargets(partial);
    expect(status(targets, 'throughput-vs-starter')).toBe('not measured');
    expect(status(targets, 'throughput-vs-limit')).toBe('not measured');
    expect(status(targets, 'cold-ttfb')).toBe('met');
  });
});

describe('callsBeforeFirstByte', () => {
  const calls = [
    {operation: 'LayoutHeader', startedAt: 1_000, ms: 55},
    {operation: 'BlogArticle', startedAt: 1_001, ms: 80},
    {operation: 'ArticleComments', startedAt: 1_002, ms: 140},
  ];

  it('budgets against the slowest call answered by the first byte, not a deferred one still running', () => {
    const result = callsBeforeFirstByte(calls, 1_090);
    expect(result.slowestMs).toBe(80);
    expect(result.before.map((c) => c.operation)).toEqual(['LayoutHeader', 'BlogArticle']);
    expect(result.after.map((c) => c.operation)).toEqual(['ArticleComments']);
  });

  it('has no budget when no call was made before the first byte (everything cached)', () => {
    expect(callsBeforeFirstByte(calls, 1_010).slowestMs).toBeNull();
    expect(callsBeforeFirstByte([], 1_010).slowestMs).toBeNull();
  });
});

describe('longestChain', () => {
  it('finds calls that waited on one another, and none when all ran in parallel', () => {
    const parallel = [
      {operation: 'LayoutHeader', startedAt: 1_000, ms: 55},
      {operation: 'BlogArticle', startedAt: 1_001, ms: 60},
      {operation: 'ArticlePromo', startedAt: 1_002, ms: 52},
    ];
    expect(longestChain(parallel).map((c) => c.operation)).toEqual(['BlogArticle']);
    const waterfall = [...parallel, {operation: 'InlineProducts', startedAt: 1_062, ms: 51}];
    expect(longestChain(waterfall).map((c) => c.operation)).toEqual(['BlogArticle', 'InlineProducts']);
    expect(longestChain([])).toEqual([]);
  });

  it('does not call overlapping calls a waterfall', () => {
    const overlapping = [
      {operation: 'A', startedAt: 1_000, ms: 50},
      {operation: 'B', startedAt: 1_040, ms: 50},
    ];
    expect(longestChain(overlapping)).toHaveLength(1);
  });
});

describe('cold-cache samples', () => {
  const calls = [
    {operation: 'Earlier', startedAt: 900, ms: 50},
    {api: 'storefront', operation: 'BlogArticle', startedAt: 1_001, ms: 60},
    {api: 'admin', operation: 'BlogCommentPolicy', startedAt: 1_002, ms: 55},
    {api: 'storefront', operation: 'InlineProducts', startedAt: 1_062, ms: 51},
    {api: 'storefront', operation: 'Neighbours', startedAt: 1_140, ms: 50},
  ];

  it('reads one request against its own calls: slowest answered by the first byte, overhead and waterfall', () => {
    const sample = coldSample({startedAt: 1_000, ttfbMs: 130, firstByteAt: 1_130}, calls);
    expect(sample.calls).toBe(4);
    expect(sample.slowestCallMs).toBe(60);
    expect(sample.overheadMs).toBe(70);
    expect(sample.chain).toEqual(['BlogArticle 60 ms', 'InlineProducts 51 ms']);
    expect(sample.beforeFirstByte).toContain('Admin BlogCommentPolicy 55 ms');
    expect(sample.afterFirstByte).toEqual(['Neighbours 50 ms']);
  });

  it('summarises runs as medians and counts each waterfall', () => {
    const waterfall = coldSample({startedAt: 1_000, ttfbMs: 130, firstByteAt: 1_130}, calls);
    const parallel = coldSample({startedAt: 1_000, ttfbMs: 80, firstByteAt: 1_080}, calls.slice(0, 3));
    const summary = summariseColdSamples([waterfall, waterfall, parallel]);
    expect(summary.runs).toBe(3);
    expect(summary.ttfbMs).toBe(130);
    expect(summary.overheadMs).toBe(70);
    expect(summary.waterfalls).toEqual([{chain: 'BlogArticle → InlineProducts', seen: 2}]);
    expect(summariseColdSamples([parallel]).waterfalls).toEqual([]);
  });
});
