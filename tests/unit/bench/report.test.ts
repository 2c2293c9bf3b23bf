import {describe, expect, it} from 'vitest';
import {barChart, escapeHtml, pageRows, renderHtml, renderTable} from '../../../scripts/bench/report.mjs';
import {evaluateTargets} from '../../../scripts/bench/stats.mjs';
import {coldCache, page, results} from './fixtures';

function evaluated(overrides: Parameters<typeof results>[0] = {}) {
  const data = results(overrides);
  data.targets = evaluateTargets(data);
  return data;
}

describe('pageRows', () => {
  it('gives our rows their ratio to the starter, and the article its ratio to the limit row', () => {
    const rows = pageRows(evaluated());
    const article = rows.find((r) => r.page === 'article' && r.site === 'ours');
    expect(article?.vsStarter).toBeCloseTo(1.6);
    expect(article?.vsLimit).toBeCloseTo(0.64);
    expect(rows.find((r) => r.page === 'home' && r.site === 'ours')?.vsLimit).toBeNull();
    expect(rows.find((r) => r.site === 'starter')?.vsStarter).toBeNull();
  });
});

describe('renderTable', () => {
  it('shows every page and site, the limit row and each target’s verdict', () => {
    const table = renderTable(evaluated({ours: {home: page({rps: 200}), article: page({rps: 120})}}));
    expect(table).toMatch(/article\s+ours\s+120\.0/);
    expect(table).toMatch(/article\s+starter\s+100\.0/);
    expect(table).toContain('limit row');
    expect(table).toMatch(/MISSED Warm article req\/s ≥ 1\.5× the starter's article — 1\.20×/);
    expect(table).toMatch(/MET {4}Article client JS/);
  });
});

describe('cold TTFB in the table', () => {
  it('shows the cold-cache medians beside the fresh server’s first request, and names a waterfall', () => {
    const article = page({rps: 160, freshTtfb: 412});
    article.server.coldCache = coldCache(151, 66, [{chain: 'BlogArticle → InlineProducts', seen: 8}]);
    const table = renderTable(evaluated({ours: {home: page({rps: 200}), article}}));
    expect(table).toMatch(/article\s+ours(\s+\S+){6}\s+151\s+66\s+85\s+412\s+55/);
    expect(table).toContain('ours article: cold cache waited on calls one after another: BlogArticle → InlineProducts');
    expect(table).toMatch(/MISSED Cold-cache TTFB/);
  });
});

describe('the article rendered, for a returning reader and for a shopper', () => {
  it('lists each under the table and in the report, beside the starter’s article', () => {
    const article = page({rps: 800});
    Object.assign(article.server, {
      rendered: {rps: 70, p50Ms: 130, p99Ms: 300},
      returning: {rps: 640, p50Ms: 14, p99Ms: 40},
      shopper: {rps: 610, p50Ms: 15, p99Ms: 42},
    });
    const data = evaluated({ours: {article}});
    const table = renderTable(data);
    expect(table).toMatch(/article rendered for every request[^\n]*70\.0 req\/s/);
    expect(table).toMatch(/article for a returning reader[^\n]*640\.0 req\/s/);
    expect(renderHtml(data)).toMatch(/returning reader[^<]*640\.0 req\/s, p50 14 ms \(6\.40× the starter&#39;s article\)/);
    expect(table).toMatch(/article for a shopper with a cart[^\n]*610\.0 req\/s/);
    expect(renderHtml(data)).toMatch(/shopper with a cart[^<]*610\.0 req\/s, p50 15 ms \(6\.10× the starter&#39;s article\)/);
  });
});

describe('renderHtml', () => {
  it('is one self-contained page: inline SVG charts, no script, nothing fetched from elsewhere', () => {
    const html = renderHtml(evaluated());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html).toContain('Warm throughput');
    expect(html).toContain('class="met"');
  });

  it('marks missed targets and lists what did not run', () => {
    const data = evaluated({ours: {article: page({gzip: 120 * 1024})}});
    data.failures = ['starter search: <500> under load'];
    const html = renderHtml(data);
    expect(html).toMatch(/<li class="missed"><span class="badge">missed<\/span> Article client JS/);
    expect(html).toContain('starter search: &lt;500&gt; under load');
  });
});

describe('barChart and escaping', () => {
  it('draws one bar per value, scaled to the largest, with a target marker', () => {
    const svg = barChart({
      title: 'req/s',
      groups: [{label: 'article', bars: [{series: 'ours', value: 200}, {series: 'starter', value: 100}, {series: 'limit', value: null}]}],
      marker: {value: 150, label: 'target'},
    });
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeCloseTo(widths[1] * 2, 0);
    expect(svg).toContain('class="marker"');
  });

  it('draws nothing without values, and escapes text', () => {
    expect(barChart({title: 'x', groups: [{label: 'a', bars: [{series: 'ours', value: null}]}]})).toBe('');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
