// The benchmark's outputs, from the results object alone (pure, so tests/unit/bench/report.test.ts
// renders them from made-up numbers): a terminal table and one self-contained HTML page with inline
// SVG charts (no script, no CDN, no external font), readable offline and safe to mail around.
import {KIB, ratio} from './stats.mjs';

const SITE_LABELS = {ours: 'Trailforge', starter: 'Hydrogen starter', limit: 'Limit row (static HTML)'};
const COLOURS = {ours: '#1f5130', starter: '#6b6f76', limit: '#b4532a'};

const num = (value, digits = 0) => (value == null || !Number.isFinite(value) ? '—' : value.toFixed(digits));
const times = (value) => (value == null ? '—' : `${value.toFixed(2)}×`);
const kib = (bytes) => (bytes == null ? '—' : `${(bytes / KIB).toFixed(1)}`);

/** One row per page and site, with the figures the table and the report show. */
export function pageRows(results) {
  const rows = [];
  for (const page of results.meta.pages) {
    const starter = results.sites.starter?.pages?.[page];
    for (const site of results.meta.sites) {
      const data = results.sites[site]?.pages?.[page];
      if (!data) continue;
      const warm = data.server?.warm;
      const mobile = data.lighthouse?.mobile?.median;
      const desktop = data.lighthouse?.desktop?.median;
      rows.push({
        page,
        site,
        rps: warm?.rps ?? null,
        p50: warm?.p50Ms ?? null,
        p99: warm?.p99Ms ?? null,
        htmlBytes: data.server?.htmlBytes ?? null,
        coldTtfb: data.server?.cold?.ttfbMs ?? null,
        slowestCall: data.server?.cold?.slowestCallMs ?? null,
        coldCacheTtfb: data.server?.coldCache?.ttfbMs ?? null,
        coldCacheSlowest: data.server?.coldCache?.slowestCallMs ?? null,
        coldCacheOverhead: data.server?.coldCache?.overheadMs ?? null,
        waterfall: data.server?.coldCache?.waterfalls?.[0]?.chain ?? null,
        coldRps: data.server?.cold?.burst?.rps ?? null,
        mobile,
        desktop,
        jsGzip: data.clientJs?.gzipBytes ?? null,
        vsStarter: site === 'ours' ? ratio(warm?.rps, starter?.server?.warm?.rps) : null,
        vsLimit: page === 'article' ? ratio(warm?.rps, results.limit?.server?.warm?.rps) : null,
      });
    }
  }
  return rows;
}

const COLUMNS = [
  ['page', 10, (r) => r.page],
  ['site', 8, (r) => r.site],
  ['req/s', 7, (r) => num(r.rps, 1)],
  ['p50 ms', 7, (r) => num(r.p50)],
  ['p99 ms', 7, (r) => num(r.p99)],
  ['×starter', 8, (r) => times(r.vsStarter)],
  ['×limit', 7, (r) => times(r.vsLimit)],
  ['HTML KiB', 8, (r) => kib(r.htmlBytes)],
  ['cold TTFB', 9, (r) => num(r.coldCacheTtfb)],
  ['slowest', 7, (r) => num(r.coldCacheSlowest)],
  ['+ms', 4, (r) => num(r.coldCacheOverhead)],
  ['fresh TTFB', 10, (r) => num(r.coldTtfb)],
  ['slowest', 7, (r) => num(r.slowestCall)],
  ['LH mob', 6, (r) => num(r.mobile?.performance, 2)],
  ['LCP ms', 6, (r) => num(r.mobile?.lcpMs)],
  ['TBT', 5, (r) => num(r.mobile?.tbtMs)],
  ['CLS', 5, (r) => num(r.mobile?.cls, 3)],
  ['a11y/bp/seo', 14, (r) => (r.mobile ? [r.mobile.accessibility, r.mobile.bestPractices, r.mobile.seo].map((v) => num(v, 2)).join('/') : '—')],
  ['LH desk', 7, (r) => num(r.desktop?.performance, 2)],
  ['JS gz KiB', 9, (r) => kib(r.jsGzip)],
];

/** Our article rendered for every request (a cookie the cache does not know), and for a returning reader and a shopper (the worker's cache, per 053 and 054). */
function renderedNote(results) {
  const server = results.sites?.ours?.pages?.article?.server;
  const starter = results.sites?.starter?.pages?.article?.server?.warm;
  if (!server?.rendered) return '';
  const vs = (figures) => (starter?.rps ? ` (${num(figures.rps / starter.rps, 2)}× the starter's article)` : '');
  const returning = server.returning
    ? ` A returning reader (form visitor id and analytics choice, answered from the worker's cache per docs/decisions/053-pages-for-returning-readers.md): ${num(server.returning.rps, 1)} req/s, p50 ${num(server.returning.p50Ms)} ms${vs(server.returning)}.`
    : '';
  const shopper = server.shopper
    ? ` A shopper with a cart (the page carries no cart, so the worker's cache answers: docs/decisions/054-cart-after-hydration.md): ${num(server.shopper.rps, 1)} req/s, p50 ${num(server.shopper.p50Ms)} ms${vs(server.shopper)}.`
    : '';
  return `<p class="meta">Warm figures for our pages are anonymous readers, answered from the worker's own full-page cache as Oxygen's would (docs/decisions/050-full-page-cache.md); the starter's pages are not marked shareable, so each is rendered. Our article rendered for every request (a cookie the cache does not know, as a session's): ${escapeHtml(num(server.rendered.rps, 1))} req/s, p50 ${escapeHtml(num(server.rendered.p50Ms))} ms${escapeHtml(vs(server.rendered))}.${escapeHtml(returning)}${escapeHtml(shopper)}</p>`;
}

/** The terminal table: every page and site, the limit row, then the targets. */
export function renderTable(results) {
  const line = (cells) => cells.map(([text, width], i) => (i < 2 ? String(text).padEnd(width) : String(text).padStart(width))).join(' ');
  const out = [line(COLUMNS.map(([title, width]) => [title, width]))];
  out.push('-'.repeat(out[0].length));
  for (const row of pageRows(results)) out.push(line(COLUMNS.map(([, width, cell]) => [cell(row), width])));
  const {rendered, returning, shopper} = results.sites?.ours?.pages?.article?.server ?? {};
  if (rendered) {
    out.push(
      `ours, article rendered for every request (a cookie skips the worker's page cache): ${num(rendered.rps, 1)} req/s, p50 ${num(rendered.p50Ms)} ms, p99 ${num(rendered.p99Ms)} ms`,
    );
  }
  if (returning) {
    out.push(
      `ours, article for a returning reader (visitor id + analytics choice, the worker's cache): ${num(returning.rps, 1)} req/s, p50 ${num(returning.p50Ms)} ms, p99 ${num(returning.p99Ms)} ms`,
    );
  }
  if (shopper) {
    out.push(
      `ours, article for a shopper with a cart (the worker's cache; the cart comes after hydration): ${num(shopper.rps, 1)} req/s, p50 ${num(shopper.p50Ms)} ms, p99 ${num(shopper.p99Ms)} ms`,
    );
  }
  const limit = results.limit?.server?.warm;
  if (limit) {
    out.push(
      `limit row: our article's HTML (${kib(results.limit.htmlBytes)} KiB) as a static response on the same runtime: ${num(limit.rps, 1)} req/s, p50 ${num(limit.p50Ms)} ms, p99 ${num(limit.p99Ms)} ms`,
    );
  }
  const waterfalls = pageRows(results).filter((row) => row.waterfall);
  for (const row of waterfalls) out.push(`${row.site} ${row.page}: cold cache waited on calls one after another: ${row.waterfall}`);
  out.push(
    'cold TTFB / slowest / +ms: cold cache on a warm runtime (medians of single requests to a server that caches nothing); fresh TTFB / slowest: the first request to a freshly started server (isolate start-up included)',
  );
  out.push('', 'targets:');
  for (const target of results.targets ?? []) {
    const mark = target.status === 'met' ? 'MET   ' : target.status === 'missed' ? 'MISSED' : 'n/a   ';
    out.push(`  ${mark} ${target.label} — ${target.detail}`);
  }
  return out.join('\n');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
}

/**
 * A horizontal grouped bar chart as inline SVG. groups: [{label, bars: [{series, value, text?}]}];
 * `max` fixes the scale (e.g. 1 for scores); `marker` draws a target line at that value.
 *
 * @param {object} chart
 * @param {string} chart.title
 * @param {string} [chart.unit]
 * @param {{label: string, bars: {series: string, value: number | null, text?: string}[]}[]} chart.groups
 * @param {number} [chart.max]
 * @param {{value: number, label: string}} [chart.marker]
 * @param {number} [chart.digits]   decimals of the value labels (default: 2 for scores, else 0)
 */
export function barChart({title, unit = '', groups, max, marker, digits}) {
  const bars = groups.flatMap((group) => group.bars).filter((bar) => bar.value != null && Number.isFinite(bar.value));
  if (!bars.length) return '';
  const scale = max ?? Math.max(...bars.map((bar) => bar.value), marker?.value ?? 0) * 1.1;
  // Scores (at most 1) read with two decimals, everything else as whole numbers.
  const places = digits ?? (scale <= 1.5 ? 2 : 0);
  const label = (bar) => bar.text ?? `${num(bar.value, places)}${unit}`;
  const barHeight = 16;
  const labelWidth = 110;
  const width = 640;
  // Room on the right for the longest value label (about 7 px a character at 12 px).
  const plot = width - labelWidth - 10 - Math.max(...bars.map((bar) => label(bar).length)) * 7;
  let y = 28;
  const parts = [];
  for (const group of groups) {
    const present = group.bars.filter((bar) => bar.value != null && Number.isFinite(bar.value));
    if (!present.length) continue;
    parts.push(`<text x="0" y="${y + barHeight - 3}" class="group">${escapeHtml(group.label)}</text>`);
    for (const bar of present) {
      const w = Math.max(1, (bar.value / scale) * plot);
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight - 3}" fill="${COLOURS[bar.series] ?? '#444'}"><title>${escapeHtml(`${SITE_LABELS[bar.series] ?? bar.series}: ${bar.text ?? bar.value}`)}</title></rect>`,
        `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + barHeight - 5}" class="value">${escapeHtml(label(bar))}</text>`,
      );
      y += barHeight;
    }
    y += 8;
  }
  if (marker) {
    const x = labelWidth + (marker.value / scale) * plot;
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="20" x2="${x.toFixed(1)}" y2="${y}" class="marker"/>`,
      `<text x="${(x + 3).toFixed(1)}" y="16" class="marker-label">${escapeHtml(marker.label)}</text>`,
    );
  }
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${y + 4}" width="100%" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg></figure>`;
}

function legend(series) {
  return `<p class="legend">${series.map((s) => `<span><i style="background:${COLOURS[s]}"></i>${escapeHtml(SITE_LABELS[s])}</span>`).join('')}</p>`;
}

function charts(results) {
  const rows = pageRows(results);
  const byPage = (pick, extra = () => []) =>
    results.meta.pages.map((page) => ({
      label: page,
      bars: [...rows.filter((r) => r.page === page).map((r) => ({series: r.site, ...pick(r)})), ...extra(page)],
    }));
  const limit = results.limit?.server?.warm?.rps;
  return [
    barChart({
      title: 'Warm throughput (req/s, higher is better)',
      groups: byPage((r) => ({value: r.rps, text: r.rps == null ? undefined : `${num(r.rps, 1)} req/s${r.vsStarter ? ` (${times(r.vsStarter)} starter)` : ''}`}), (page) =>
        page === 'article' && limit != null ? [{series: 'limit', value: limit, text: `${num(limit, 1)} req/s`}] : [],
      ),
    }),
    barChart({
      title: 'Lighthouse mobile performance (median; target 0.99)',
      groups: byPage((r) => ({value: r.mobile?.performance ?? null})),
      max: 1,
      marker: {value: 0.99, label: '0.99'},
    }),
    barChart({
      title: 'Lighthouse desktop performance (median)',
      groups: byPage((r) => ({value: r.desktop?.performance ?? null})),
      max: 1,
    }),
    barChart({
      title: 'Total Blocking Time, mobile (ms, median)',
      unit: ' ms',
      groups: byPage((r) => ({value: r.mobile?.tbtMs ?? null})),
    }),
    barChart({
      title: 'Largest Contentful Paint, mobile (ms, median)',
      unit: ' ms',
      groups: byPage((r) => ({value: r.mobile?.lcpMs ?? null})),
    }),
    barChart({
      title: 'Cold-cache time to first byte on a warm runtime (ms, median); target: the slowest call answered by then + 30 ms',
      unit: ' ms',
      groups: byPage((r) => ({
        value: r.coldCacheTtfb,
        text: r.coldCacheTtfb == null ? undefined : `${num(r.coldCacheTtfb)} ms (slowest call ${num(r.coldCacheSlowest)} ms, +${num(r.coldCacheOverhead)} ms)`,
      })),
    }),
    barChart({
      title: 'First request to a freshly started server (ms): isolate start-up included, not the target',
      unit: ' ms',
      groups: byPage((r) => ({value: r.coldTtfb, text: r.coldTtfb == null ? undefined : `${num(r.coldTtfb)} ms (slowest call ${num(r.slowestCall)} ms)`})),
    }),
    barChart({
      title: 'Client JavaScript (KiB gzip; article target 90)',
      unit: ' KiB',
      groups: byPage((r) => ({value: r.jsGzip == null ? null : r.jsGzip / KIB, text: r.jsGzip == null ? undefined : `${kib(r.jsGzip)} KiB`})),
      marker: {value: 90, label: '90 KiB'},
    }),
    barChart({
      title: 'HTML per request (KiB)',
      unit: ' KiB',
      groups: byPage((r) => ({value: r.htmlBytes == null ? null : r.htmlBytes / KIB, text: r.htmlBytes == null ? undefined : `${kib(r.htmlBytes)} KiB`})),
    }),
  ]
    .filter(Boolean)
    .join('\n');
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1e2124;background:#f4f1ec;margin:0}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{margin-top:2rem;font-size:1.2rem;color:#1f5130}
.meta{color:#4a4f55;font-size:.9rem}
ul.targets{list-style:none;padding:0}ul.targets li{background:#fff;margin:.3rem 0;padding:.5rem .75rem;border-left:6px solid #6b6f76}
ul.targets li.met{border-color:#1f5130}ul.targets li.missed{border-color:#a3361b}
.badge{display:inline-block;min-width:4.5rem;font-weight:700;font-size:.8rem;text-transform:uppercase}
li.met .badge{color:#1f5130}li.missed .badge{color:#a3361b}
figure{background:#fff;margin:1rem 0;padding:.75rem 1rem}figcaption{font-weight:600;margin-bottom:.4rem}
svg text{font:12px system-ui,sans-serif;fill:#1e2124}svg .group{font-weight:600}
svg .marker{stroke:#a3361b;stroke-dasharray:4 3}svg .marker-label{fill:#a3361b}
.legend span{margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
table{border-collapse:collapse;background:#fff;font-size:.85rem;width:100%}th,td{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:right}
th:nth-child(-n+2),td:nth-child(-n+2){text-align:left}.scroll{overflow-x:auto}
`;

/** The whole report as one HTML document. */
export function renderHtml(results) {
  const {meta} = results;
  const targets = (results.targets ?? [])
    .map((t) => `<li class="${t.status === 'met' ? 'met' : t.status === 'missed' ? 'missed' : 'na'}"><span class="badge">${escapeHtml(t.status)}</span> ${escapeHtml(t.label)} — ${escapeHtml(t.detail)}</li>`)
    .join('');
  const rows = pageRows(results)
    .map((row) => `<tr>${COLUMNS.map(([, , cell]) => `<td>${escapeHtml(cell(row))}</td>`).join('')}</tr>`)
    .join('');
  const series = [...meta.sites, ...(results.limit?.server ? ['limit'] : [])];
  const failures = (results.failures ?? []).map((f) => `<li>${escapeHtml(f)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Trailforge benchmark — ${escapeHtml(meta.date)}</title><style>${STYLE}</style></head>
<body><main>
<h1>Trailforge vs Shopify's Hydrogen starter</h1>
<p class="meta">${escapeHtml(meta.date)} · commit ${escapeHtml(meta.commit ?? '?')} · ${escapeHtml(meta.machine ?? '')} · Storefront API latency ${escapeHtml(meta.latencyMs)} ms per call, real store cache strategies ·
autocannon ${escapeHtml(meta.connections)} keep-alive connections, ${escapeHtml(meta.durationS)} s warm · Lighthouse median of ${escapeHtml(meta.lighthouseRuns)} ·
starter ${escapeHtml(meta.starter?.template ?? '—')} (skeleton ${escapeHtml(meta.starter?.skeletonVersion ?? '—')}) on Hydrogen ${escapeHtml(meta.starter?.hydrogenVersion ?? '—')}</p>
<p class="meta">Absolute times vary from machine to machine; read the ratios (against the starter and against the limit row, our article's HTML served as a static file by the same runtime).</p>
${failures ? `<h2>What did not run</h2><ul>${failures}</ul>` : ''}
<h2>Targets</h2><ul class="targets">${targets}</ul>
${renderedNote(results)}
<h2>Charts</h2>${legend(series)}
${charts(results)}
<h2>All figures</h2><div class="scroll"><table><thead><tr>${COLUMNS.map(([title]) => `<th>${escapeHtml(title)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div>
<p class="meta">Cold TTFB (the target): a cold cache on a warm runtime. Our build runs a second time with STOREFRONT_CACHE=none (no sub-request cache, no page cache), serves every page a few times, then each page gets single requests on new connections; each is read against the Storefront and Admin calls the emulator answered for it. "slowest" is the slowest call answered by that request's first byte (the modelled latency included): the call a page without waterfalls waits on; deferred calls still running then do not count. "+ms" is the median of TTFB − slowest call. The starter has no switch to turn its cache off, so it has no cold-cache figure. Fresh TTFB: the first request to a page on a freshly started server (its cache empty, after one request to /robots.txt), on both sites; it also pays for starting the isolate and the route's first render, which a warm host does not. Warm: after a warm-up, ${escapeHtml(meta.durationS)} s of autocannon. Lighthouse figures are per-figure medians; LH mob/desk are the performance scores.</p>
</main></body></html>
`;
}
