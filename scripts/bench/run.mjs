#!/usr/bin/env node
// `npm run bench`: our storefront against Shopify's Hydrogen starter, side by side, in one run.
// What it does and why is in the README ("Benchmark"); `npm run bench -- --help` lists the options.
//
// Order: build ours → build (or reuse) the starter → start one emulator with the modelled latency →
// cold runs (a fresh server per page and site) → warm servers for both sites and the limit row:
// autocannon page by page, Lighthouse, client JS → targets → table, JSON, HTML. Only one server is
// under load at a time, so they never compete for the machine's cores, and the sites take turns page
// by page, so a change in a shared machine's load falls on both alike.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startBackground} from '../lib/background.mjs';
import {EMULATOR_PRIVATE_TOKEN, EMULATOR_PUBLIC_TOKEN, ROOT, isPortInUse, waitForUrl} from '../lib/stack.mjs';
import {measureClientJs} from './client-js.mjs';
import {measureLighthouse, stopChromiums} from './lighthouse.mjs';
import {HELP, OptionError, PAGES, parseOptions} from './options.mjs';
import {renderHtml, renderTable} from './report.mjs';
import {cannon, firstRequest} from './server.mjs';
import {ensureStarter} from './starter.mjs';
import {coldSample, evaluateTargets, summariseColdSamples} from './stats.mjs';

/**
 * A reader back for a second page: the form visitor id an article gives them and an analytics
 * choice (Remix's cookie encoding: base64 of the JSON value).
 */
const RETURNING_READER_COOKIE = `tf_visitor=${'0123456789abcdef'.repeat(2)}; tf_analytics_consent=${Buffer.from(JSON.stringify('granted')).toString('base64')}`;
/** A shopper mid-purchase: a cart and a visitor id (no page reads the cart: decision 054). */
const SHOPPER_COOKIE = `cart=c1-${'0123456789abcdef'.repeat(2)}; tf_visitor=${'fedcba9876543210'.repeat(2)}`;

const log = (message) => console.log(`[bench] ${message}`);

let options;
try {
  options = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof OptionError)) throw error;
  console.error(`[bench] ${error.message}`);
  process.exit(2);
}
if (options.help) {
  console.log(HELP);
  process.exit(0);
}

const running = new Set();
const failures = [];
const logDir = path.join(options.outDir, 'logs');
mkdirSync(logDir, {recursive: true});

async function stopAll() {
  await Promise.all([...running].map((server) => server.stop()).concat(stopChromiums()));
  running.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping the servers…`);
    stopAll().finally(() => process.exit(130));
  });
}

async function startServer({name, url, readyPath = '/robots.txt', ...spec}) {
  const server = startBackground({...spec, logFile: path.join(logDir, `${name}.log`)});
  running.add(server);
  try {
    await waitForUrl(`${url}${readyPath}`, {timeoutMs: 180_000, isAlive: server.isAlive});
  } catch (error) {
    await server.stop();
    running.delete(server);
    throw new Error(`${name} did not start: ${error.message} (log: ${server.logFile})`);
  }
  return {
    ...server,
    stop: async () => {
      await server.stop();
      running.delete(server);
    },
  };
}

function commitOf() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: ROOT, encoding: 'utf8'}).trim();
  } catch {
    return null;
  }
}

/** The first request to a page on a fresh server, and the Storefront calls it made (see stats.mjs). */
async function measureCold(url, emulatorUrl) {
  await fetch(`${emulatorUrl}/__emulator/timings`, {method: 'DELETE'});
  const first = await firstRequest(url);
  const {calls} = await (await fetch(`${emulatorUrl}/__emulator/timings`)).json();
  const burst = await cannon({url, connections: options.connections, amount: options.connections * 10});
  const sample = coldSample(first, calls);
  return {
    status: first.status,
    ttfbMs: first.ttfbMs,
    calls: sample.calls,
    slowestCallMs: sample.slowestCallMs,
    beforeFirstByte: sample.beforeFirstByte,
    afterFirstByte: sample.afterFirstByte,
    chain: sample.chain,
    burst,
  };
}

/**
 * Cold cache on a warm runtime: single requests (a new connection each) to a server that caches
 * nothing (STOREFRONT_CACHE=none: no sub-request cache, no page cache), each read against the calls
 * the emulator answered for it. The server has served every page a few times first, so the isolate
 * has started and compiled the routes: what is left is the page's own Storefront calls and render.
 */
async function measureColdCache(url, emulatorUrl, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await fetch(`${emulatorUrl}/__emulator/timings`, {method: 'DELETE'});
    const request = await firstRequest(url);
    if (request.status !== 200) throw new Error(`${url} answered ${request.status} on a cold-cache run`);
    const {calls} = await (await fetch(`${emulatorUrl}/__emulator/timings`)).json();
    samples.push(coldSample(request, calls));
  }
  return summariseColdSamples(samples);
}

async function assertFree(port, what) {
  if (await isPortInUse(port)) throw new Error(`port ${port} (${what}) is in use; set BENCH_PORT / BENCH_EMULATOR_PORT to free ones`);
}

async function main() {
  const {ports} = options;
  const pages = options.pages.map((page) => [page, PAGES[page]]);
  for (const [what, port] of Object.entries(ports)) await assertFree(port, what);

  if (options.sites.includes('ours')) {
    if (options.build) {
      log('building our storefront (npm run build)…');
      const build = spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit', env: {...process.env, SHOPIFY_CLI_NO_ANALYTICS: '1'}});
      if (build.status !== 0) throw new Error('npm run build failed');
    } else if (!existsSync(path.join(ROOT, 'dist', 'server', 'index.js'))) {
      throw new Error('--no-build was given but dist/ holds no build: run npm run build first');
    }
  }
  // Lighthouse and the client JS count drive Debian's Chromium (installed here when missing and root).
  if ((options.parts.includes('lighthouse') || options.parts.includes('clientjs')) && options.chromiumPath === '/usr/bin/chromium') {
    const chromium = spawnSync('bash', ['scripts/ensure-chromium.sh'], {cwd: ROOT, stdio: 'inherit'});
    if (chromium.status !== 0) throw new Error('Chromium is needed for Lighthouse and the client JS count (see above)');
  }
  const ourPackage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const starter = options.sites.includes('starter') ? ensureStarter({cacheDir: options.cacheDir, ourPackage, log}) : null;

  const emulatorUrl = `http://127.0.0.1:${ports.emulator}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trailforge-bench-'));
  log(`starting the emulator on ${emulatorUrl} with ${options.latencyMs} ms per Storefront call…`);
  await startServer({
    name: 'emulator',
    url: emulatorUrl,
    readyPath: '/healthz',
    command: path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    args: ['emulator/server.ts'],
    env: {EMULATOR_PORT: String(ports.emulator), EMULATOR_DATA_DIR: dataDir, EMULATOR_LATENCY_MS: String(options.latencyMs)},
  });

  const sites = {
    ours: {
      url: `http://localhost:${ports.ours}`,
      start: ({cache = 'live'} = {}) =>
        startServer({
          name: cache === 'live' ? 'ours' : `ours-cache-${cache}`,
          url: `http://localhost:${ports.ours}`,
          command: process.execPath,
          args: ['scripts/preview.mjs', '--no-build', '--emulator'],
          env: {PORT: String(ports.ours), EMULATOR_PORT: String(ports.emulator), EMULATOR_URL: emulatorUrl, STOREFRONT_CACHE: cache},
        }),
    },
    starter: starter && {
      url: `http://localhost:${ports.starter}`,
      start: () => {
        // The starter reads only Hydrogen's standard variables; it caches with its own CacheShort/CacheLong.
        writeFileSync(
          path.join(starter.dir, '.env.bench'),
          [
            `PUBLIC_STORE_DOMAIN="${emulatorUrl}"`,
            `PUBLIC_STOREFRONT_API_TOKEN="${EMULATOR_PUBLIC_TOKEN}"`,
            `PRIVATE_STOREFRONT_API_TOKEN="${EMULATOR_PRIVATE_TOKEN}"`,
            'PUBLIC_STOREFRONT_ID="emulator"',
            `PUBLIC_CHECKOUT_DOMAIN="127.0.0.1:${ports.emulator}"`,
            'SESSION_SECRET="benchmark-only-session-secret-for-the-starter"',
            '',
          ].join('\n'),
        );
        return startServer({
          name: 'starter',
          url: `http://localhost:${ports.starter}`,
          cwd: starter.dir,
          command: path.join(starter.dir, 'node_modules', '.bin', 'shopify'),
          args: ['hydrogen', 'preview', '--port', String(ports.starter), '--env-file', '.env.bench'],
        });
      },
    },
  };

  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: commitOf(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
      latencyMs: options.latencyMs,
      connections: options.connections,
      durationS: options.durationS,
      lighthouseRuns: options.lighthouseRuns,
      parts: options.parts,
      pages: options.pages,
      sites: options.sites,
      starter,
    },
    sites: {},
    limit: null,
    failures,
  };
  for (const site of options.sites) {
    results.sites[site] = {pages: Object.fromEntries(pages.map(([page, pagePath]) => [page, {path: pagePath}]))};
  }
  const record = (site, page) => results.sites[site].pages[page];
  const warmUpS = Math.max(2, Math.round(options.durationS / 3));

  // Cold: a fresh server per page and site, the two sites taking turns page by page, so a change in
  // the shared machine's load falls on both alike.
  if (options.parts.includes('server')) {
    for (const [page, pagePath] of pages) {
      for (const site of options.sites) {
        log(`${site}: cold ${page} (a fresh server)…`);
        const server = await sites[site].start();
        try {
          record(site, page).server = {cold: await measureCold(`${sites[site].url}${pagePath}`, emulatorUrl)};
          if (record(site, page).server.cold.status !== 200) {
            failures.push(`${site} ${page}: the cold request answered ${record(site, page).server.cold.status}`);
          }
        } finally {
          await server.stop();
        }
      }
    }
  }

  // Cold cache, warm runtime (ours only: the starter has no switch to turn its cache off, so it is
  // reported with its fresh-server figure alone).
  if (options.parts.includes('server') && options.sites.includes('ours')) {
    log(`ours: cold cache on a warm runtime (no cache; ${options.coldRuns} single requests per page after a warm-up)…`);
    const server = await sites.ours.start({cache: 'none'});
    try {
      for (let round = 0; round < 3; round++) {
        for (const [, pagePath] of pages) await firstRequest(`${sites.ours.url}${pagePath}`);
      }
      for (const [page, pagePath] of pages) {
        const coldCache = await measureColdCache(`${sites.ours.url}${pagePath}`, emulatorUrl, options.coldRuns);
        (record('ours', page).server ??= {}).coldCache = coldCache;
        const waterfall = coldCache.waterfalls[0] ? `, waterfall ${coldCache.waterfalls[0].chain} (${coldCache.waterfalls[0].seen}/${coldCache.runs})` : ', no waterfall';
        log(`ours: cold cache ${page}: TTFB ${coldCache.ttfbMs.toFixed(0)} ms, slowest call ${coldCache.slowestCallMs?.toFixed(0) ?? '—'} ms, overhead ${coldCache.overheadMs.toFixed(0)} ms (medians)${waterfall}`);
      }
    } catch (error) {
      failures.push(`ours: cold-cache runs: ${error.message}`);
    } finally {
      await server.stop();
    }
  }

  // Warm: every server up at once (an idle one costs nothing), each page measured on each site back
  // to back, the limit row right after the articles.
  log('starting one server per site for the warm runs…');
  const servers = [];
  try {
    for (const site of options.sites) servers.push(await sites[site].start());
    const samples = {};
    for (const site of options.sites) {
      samples[site] = {};
      for (const [page, pagePath] of pages) samples[site][page] = await firstRequest(`${sites[site].url}${pagePath}`);
    }
    const articleHtml = samples.ours?.article?.status === 200 ? samples.ours.article.body : null;
    let limitUrl = null;
    if (options.parts.includes('server') && articleHtml) {
      const file = path.join(options.outDir, 'limit-article.html');
      writeFileSync(file, articleHtml);
      limitUrl = `http://localhost:${ports.limit}`;
      log(`limit row: our article's HTML (${(Buffer.byteLength(articleHtml) / 1024).toFixed(1)} KiB) as a static response on MiniOxygen…`);
      servers.push(
        await startServer({
          name: 'limit',
          url: limitUrl,
          readyPath: '/',
          command: process.execPath,
          args: [path.join(ROOT, 'scripts', 'bench', 'limit-server.mjs'), file, String(ports.limit)],
        }),
      );
    }

    if (options.parts.includes('server')) {
      const load = async (url, headers) => {
        // A warm-up of a third of the run: compiled code, filled caches, a grown heap.
        await cannon({url, connections: options.connections, durationS: warmUpS, headers});
        return cannon({url, connections: options.connections, durationS: options.durationS, headers});
      };
      for (const [page, pagePath] of pages) {
        for (const site of options.sites) {
          const warm = await load(`${sites[site].url}${pagePath}`);
          Object.assign((record(site, page).server ??= {}), {warm, htmlBytes: samples[site][page].bytes});
          log(`${site}: warm ${page}: ${warm.rps.toFixed(1)} req/s, p50 ${warm.p50Ms} ms, ${(samples[site][page].bytes / 1024).toFixed(1)} KiB HTML`);
          if (warm.non2xx || warm.errors) failures.push(`${site} ${page}: ${warm.non2xx} non-2xx answers and ${warm.errors} errors under load`);
        }
        if (page === 'article' && sites.ours && options.sites.includes('ours')) {
          // Our worker's own full-page cache answers anonymous readers, and returning readers whose
          // cookies do not make a page personal (decisions 053, 054: a cart is one); a signed-in reader,
          // or any cookie it does not know, gets a page rendered for them. All four are measured.
          const rendered = await load(`${sites.ours.url}${pagePath}`, {cookie: 'trailforge_bench=rendered'});
          record('ours', page).server.rendered = rendered;
          log(`ours: warm ${page} rendered for every request (a cookie skips the page cache): ${rendered.rps.toFixed(1)} req/s, p50 ${rendered.p50Ms} ms`);
          const returning = await load(`${sites.ours.url}${pagePath}`, {cookie: RETURNING_READER_COOKIE});
          record('ours', page).server.returning = returning;
          log(`ours: warm ${page} for a returning reader (form visitor id, analytics choice): ${returning.rps.toFixed(1)} req/s, p50 ${returning.p50Ms} ms`);
          const shopper = await load(`${sites.ours.url}${pagePath}`, {cookie: SHOPPER_COOKIE});
          record('ours', page).server.shopper = shopper;
          log(`ours: warm ${page} for a shopper with a cart: ${shopper.rps.toFixed(1)} req/s, p50 ${shopper.p50Ms} ms`);
        }
        if (page === 'article' && limitUrl) {
          const warm = await load(`${limitUrl}/`);
          results.limit = {htmlBytes: Buffer.byteLength(articleHtml), server: {warm}};
          log(`limit row: ${warm.rps.toFixed(1)} req/s, p50 ${warm.p50Ms} ms`);
        }
      }
    }

    for (const site of options.sites) {
      const {url} = sites[site];
      if (options.parts.includes('lighthouse')) {
        log(`${site}: Lighthouse, ${options.lighthouseRuns} run(s) per page and preset…`);
        const lighthouse = await measureLighthouse({baseUrl: url, pages, runs: options.lighthouseRuns, chromiumPath: options.chromiumPath, port: ports.chromium, log});
        for (const [page, byPreset] of Object.entries(lighthouse)) {
          record(site, page).lighthouse = byPreset;
          for (const [preset, {errors}] of Object.entries(byPreset)) {
            if (errors.length) failures.push(`${site} ${page} Lighthouse ${preset}: ${errors.length} run(s) failed (${errors[0]})`);
          }
        }
      }
      if (options.parts.includes('clientjs')) {
        log(`${site}: client JS…`);
        const rows = await measureClientJs({baseUrl: url, paths: pages.map(([, pagePath]) => pagePath), chromiumPath: options.chromiumPath});
        rows.forEach((row, i) => (record(site, pages[i][0]).clientJs = row));
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }

  await stopAll();
  rmSync(dataDir, {recursive: true, force: true});

  results.targets = evaluateTargets(results);
  writeFileSync(path.join(options.outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(options.outDir, 'report.html'), renderHtml(results));
  console.log(`\n${renderTable(results)}\n`);
  log(`JSON: ${path.relative(process.cwd(), path.join(options.outDir, 'latest.json'))}   report: ${path.relative(process.cwd(), path.join(options.outDir, 'report.html'))}`);
  if (failures.length) {
    log(`something did not run cleanly:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch(async (error) => {
  console.error(`[bench] ${error.message}`);
  await stopAll();
  process.exit(1);
});
