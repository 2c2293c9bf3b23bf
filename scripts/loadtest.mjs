#!/usr/bin/env node
// `npm run loadtest` — mixed traffic against the production build on MiniOxygen plus the emulator.
//
// Starts its own stack (scripts/preview.mjs on a fresh emulator data dir, on its own ports), warms it
// up, then sends a mix of page views and form posts from N keep-alive connections for D seconds:
//   home, a program, a collection, the blog, an article, a search, add to cart (a form post with this
//   site's Origin), and comment and newsletter posts (these mostly get 429 from the rate limit, which
//   is expected and reported on its own line).
// It prints req/s, p50/p99 latency, the answers by status per kind of request, and the resident memory
// (RSS, from /proc) of the workerd processes before and after.
//
// Memory: "before" is taken after a warm-up at full concurrency (a quarter of the run, 3–15 s), so V8's
// working set for N concurrent renders is already there; the bound is on growth beyond it.
// Exit code: 0 when every answer was below 500, connection errors and timeouts stayed under 1% of the
// requests (a loaded machine stretches the tail; a hang shows as many), and workerd grew by at most the
// bound; 1 otherwise; 2 when the stack could not be started.
//
// Flags / env:
//   --duration <s>       (LOADTEST_DURATION, default 60)      how long to send traffic
//   --connections <n>    (LOADTEST_CONNECTIONS, default 50)   concurrent keep-alive connections
//   --max-growth <MB>    (LOADTEST_MAX_GROWTH_MB, default 150) allowed workerd RSS growth
//   --build              rebuild first (otherwise dist/ is reused when it exists, built when it does not)
//   PORT (3300), EMULATOR_PORT (4300)   where the stack under test listens
//   --help

import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {ROOT, parsePort, waitForUrl} from './lib/stack.mjs';

const HELP = `npm run loadtest -- [--duration 60] [--connections 50] [--max-growth 150] [--build]

Mixed traffic (home, program, collection, blog, article, search, add to cart, comment and newsletter
posts) against the production build on MiniOxygen plus a fresh emulator, on PORT (3300) and
EMULATOR_PORT (4300). Prints req/s, p50/p99 latency, answers by status per kind, and workerd RSS before
and after. Fails (exit 1) on any 5xx, on connection errors and timeouts above 1% of the requests, or
when workerd's RSS grows by more than --max-growth MB (default 150 MB) between the end of a warm-up at
full concurrency and the end of the run.`;

function option(name, envName, fallback) {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  const raw = index >= 0 ? args[index + 1] : process.env[envName];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} must be a positive number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const duration = option('--duration', 'LOADTEST_DURATION', 60);
const connections = Math.round(option('--connections', 'LOADTEST_CONNECTIONS', 50));
const maxGrowthMb = option('--max-growth', 'LOADTEST_MAX_GROWTH_MB', 150);
const appPort = parsePort(process.env.PORT, 3300, 'PORT');
const emulatorPort = parsePort(process.env.EMULATOR_PORT, 4300, 'EMULATOR_PORT');
const base = `http://localhost:${appPort}`;

const ARTICLES = ['/blogs/news/what-is-dry-needling'];
const PROGRAMS = ['/products/spartan-race-preparation-program', '/products/grip-and-hang-strength-block'];
const COLLECTIONS = ['/collections/race-prep', '/collections/all', '/collections/strength-and-grip'];
const SEARCHES = ['spartan', 'grip', 'recovery', 'mobility', 'race'];
const VARIANT = 'gid://shopify/ProductVariant/2001';

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const form = (fields) => new URLSearchParams(fields).toString();

/** Builds the traffic mix; `forms` holds the form tokens and cookies read from the pages. */
function trafficMix(forms) {
  const postHeaders = (cookie) => ({
    'content-type': 'application/x-www-form-urlencoded',
    origin: base,
    ...(cookie ? {cookie} : {}),
  });
  let sequence = 0;
  return [
    {kind: 'home', weight: 14, request: () => ({method: 'GET', path: '/'})},
    {kind: 'program', weight: 14, request: () => ({method: 'GET', path: pick(PROGRAMS)})},
    {kind: 'collection', weight: 14, request: () => ({method: 'GET', path: pick(COLLECTIONS)})},
    {kind: 'blog', weight: 10, request: () => ({method: 'GET', path: '/blogs/news'})},
    {kind: 'article', weight: 14, request: () => ({method: 'GET', path: pick(ARTICLES)})},
    {kind: 'search', weight: 10, request: () => ({method: 'GET', path: `/search?q=${pick(SEARCHES)}`})},
    {
      kind: 'add to cart',
      weight: 12,
      request: () => ({
        method: 'POST',
        path: '/cart',
        headers: postHeaders(),
        body: form({cartFormInput: JSON.stringify({action: 'LinesAdd', inputs: {lines: [{merchandiseId: VARIANT, quantity: 1}]}})}),
      }),
    },
    {
      kind: 'comment post',
      weight: 6,
      request: () => ({
        method: 'POST',
        path: forms.comment.path,
        headers: postHeaders(forms.comment.cookie),
        body: form({
          name: 'Load Test',
          email: `load-${++sequence}@example.com`,
          body: 'A comment sent by the load test.',
          website: '',
          form_token: forms.comment.token,
        }),
      }),
    },
    {
      kind: 'newsletter post',
      weight: 6,
      request: () => ({
        method: 'POST',
        path: '/newsletter',
        headers: postHeaders(forms.newsletter.cookie),
        body: form({email: `load-${++sequence}@example.com`, website: '', form_token: forms.newsletter.token}),
      }),
    },
  ];
}

/**
 * A form token as the page's script gets one (GET /forms/token?form=…, which also sets the visitor
 * cookie the token is bound to): the token and that cookie, for the posts.
 */
async function formToken(formId) {
  const response = await fetch(`${base}/forms/token?form=${encodeURIComponent(formId)}`, {cache: 'no-store'});
  const body = response.ok ? await response.json().catch(() => ({})) : {};
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return {token: typeof body.token === 'string' ? body.token : '', cookie};
}

async function readForms() {
  const [, blog, article] = ARTICLES[0].split('/').filter(Boolean);
  const forms = {
    comment: {path: ARTICLES[0], ...(await formToken(`comment:${blog}/${article}`))},
    newsletter: {path: '/newsletter', ...(await formToken('newsletter'))},
  };
  for (const [name, {token}] of Object.entries(forms)) {
    if (!token) console.warn(`[loadtest] no form token for the ${name} form; those posts will be refused (4xx).`);
  }
  return forms;
}

/** Resident memory of every workerd process started under `rootPid`, in bytes. */
function workerdRss(rootPid) {
  const parents = new Map();
  const names = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parents.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const isUnder = (pid) => {
    for (let current = pid; current > 1; current = parents.get(current) ?? 0) if (current === rootPid) return true;
    return false;
  };
  let total = 0;
  let count = 0;
  for (const [pid, name] of names) {
    if (!name.startsWith('workerd') || !isUnder(pid)) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) {
        total += Number(rss[1]) * 1024;
        count++;
      }
    } catch {
      // gone
    }
  }
  return {bytes: total, processes: count};
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function startStack() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trailforge-loadtest-'));
  const logFile = path.join(ROOT, '.cache', `loadtest-${appPort}.log`);
  spawnSync('mkdir', ['-p', path.dirname(logFile)]);
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['scripts/preview.mjs', '--no-build', '--emulator'], {
    cwd: ROOT,
    // Its own process group, so the whole stack (emulator, MiniOxygen, workerd) stops together.
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      PORT: String(appPort),
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_DATA_DIR: dataDir,
      EMULATOR_URL: '',
      SHOPIFY_CLI_NO_ANALYTICS: '1',
      // Posts are sent as soon as the form is read (the emulator only), so they reach the rate limit.
      FORM_MIN_FILL_MS: '0',
    },
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', resolve);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000).unref();
    }).finally(() => rmSync(dataDir, {recursive: true, force: true}));
  return {child, stop, logFile};
}

async function main() {
  if (process.argv.includes('--build') || !existsSync(path.join(ROOT, 'dist', 'server', 'index.js'))) {
    console.log('[loadtest] building for production…');
    const build = spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit', env: {...process.env, SHOPIFY_CLI_NO_ANALYTICS: '1'}});
    if (build.status !== 0) process.exit(2);
  }

  console.log(`[loadtest] starting the production build on ${base} (emulator on ${emulatorPort})…`);
  const stack = startStack();
  const interrupt = () => stack.stop().then(() => process.exit(130));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await waitForUrl(`${base}/`, {timeoutMs: 180_000, isAlive: () => stack.child.exitCode === null});
  } catch (error) {
    console.error(`[loadtest] the stack did not start: ${error.message} (see ${stack.logFile})`);
    await stack.stop();
    process.exit(2);
  }

  const forms = await readForms();
  const mix = trafficMix(forms);

  // Every kind once, so each route has been compiled and run before anything is measured.
  for (const {request} of mix) {
    const {method, path: url, headers, body} = request();
    await fetch(`${base}${url}`, {method, headers, body, redirect: 'manual'}).then((response) => response.arrayBuffer());
  }
  const cold = workerdRss(stack.child.pid);

  const totalWeight = mix.reduce((sum, entry) => sum + entry.weight, 0);
  const choose = () => {
    let roll = Math.random() * totalWeight;
    for (const entry of mix) if ((roll -= entry.weight) < 0) return entry;
    return mix[0];
  };
  const run = (seconds, byKind, sent) =>
    autocannon({
      url: base,
      connections,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          setupRequest: (request, context) => {
            const entry = choose();
            context.kind = entry.kind;
            sent.set(entry.kind, (sent.get(entry.kind) ?? 0) + 1);
            const {method, path: url, headers = {}, body} = entry.request();
            return {...request, method, path: url, headers, body};
          },
          onResponse: (status, _body, context) => {
            const counts = byKind.get(context.kind);
            counts.set(status, (counts.get(status) ?? 0) + 1);
          },
        },
      ],
    });

  // Warm-up at full concurrency: V8 grows its heap to hold N renders at once, once. "Before" is
  // measured after it, so the bound applies to growth beyond that working set (what a leak adds).
  const warmUp = Math.min(15, Math.max(3, Math.round(duration / 4)));
  console.log(`[loadtest] warming up for ${warmUp} s at ${connections} connections…`);
  const warmKinds = new Map(mix.map(({kind}) => [kind, new Map()]));
  const warm = await run(warmUp, warmKinds, new Map());
  const before = workerdRss(stack.child.pid);

  console.log(`[loadtest] ${duration} s at ${connections} connections…`);
  const byKind = new Map(mix.map(({kind}) => [kind, new Map()]));
  const sent = new Map();
  // A sample every tenth of the run: a leak climbs steadily, a heap that found its size levels off.
  const samples = [];
  const sampler = setInterval(() => samples.push(workerdRss(stack.child.pid).bytes), (duration * 1000) / 10);
  const result = await run(duration, byKind, sent);
  clearInterval(sampler);
  const after = workerdRss(stack.child.pid);
  await stack.stop();

  // Report.
  const statusTotals = new Map();
  for (const counts of byKind.values()) for (const [status, n] of counts) statusTotals.set(status, (statusTotals.get(status) ?? 0) + n);
  const describe = (counts) =>
    [...counts]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
  console.log('');
  console.log(`Trailforge load test — ${duration} s, ${connections} connections, production build on MiniOxygen + emulator`);
  console.log(
    `requests: ${result.requests.total} (${result.requests.average.toFixed(1)} req/s)   latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms   errors: ${result.errors}, timeouts: ${result.timeouts}`,
  );
  console.log('answers by kind:');
  for (const [kind, counts] of byKind) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    // Requests still in flight when the run ended are not counted as unanswered.
    const unanswered = Math.max(0, (sent.get(kind) ?? 0) - total - connections);
    const note = kind.endsWith('post') && counts.has(429) ? '   (429: rate limited, expected)' : '';
    const missing = unanswered ? `   no answer: ≥${unanswered}` : '';
    console.log(`  ${kind.padEnd(16)} ${String(total).padStart(6)}   ${describe(counts)}${note}${missing}`);
  }
  const non2xx = new Map([...statusTotals].filter(([status]) => status < 200 || status > 299));
  const rateLimited = non2xx.get(429) ?? 0;
  non2xx.delete(429);
  console.log(`non-2xx by status: ${describe(non2xx) || 'none'}   rate limited (429, expected on posts): ${rateLimited}`);
  const growth = after.bytes - before.bytes;
  console.log(
    `workerd RSS (${after.processes} process${after.processes === 1 ? '' : 'es'}): cold ${mb(cold.bytes)}; before ${mb(before.bytes)} (after the ${warmUp} s warm-up), after ${mb(after.bytes)} (${growth >= 0 ? '+' : ''}${mb(growth)}; bound +${maxGrowthMb} MB)`,
  );

  console.log(`workerd RSS during the run: ${samples.map((bytes) => (bytes / 1024 / 1024).toFixed(0)).join(', ')} MB`);

  const failures = [];
  const warmServerErrors = [...warmKinds.values()].flatMap((counts) => [...counts]).filter(([status]) => status >= 500);
  for (const [status, n] of warmServerErrors) statusTotals.set(status, (statusTotals.get(status) ?? 0) + n);
  const tooMany = (run) => run.errors > Math.max(1, run.requests.total * 0.01);
  if (tooMany(warm)) failures.push(`warm-up: ${warm.errors} connection errors (${warm.timeouts} of them timeouts)`);
  const serverErrors = [...statusTotals].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  if (serverErrors) failures.push(`${serverErrors} answers were 5xx (server log: ${stack.logFile})`);
  // autocannon counts timeouts among the errors.
  if (tooMany(result)) failures.push(`${result.errors} connection errors (${result.timeouts} of them timeouts), over 1% of the requests`);
  if (!before.processes) failures.push('no workerd process was found to measure');
  if (growth > maxGrowthMb * 1024 * 1024) failures.push(`workerd grew by ${mb(growth)}, more than ${maxGrowthMb} MB`);
  if (!result.requests.total) failures.push('no request was answered');
  console.log(failures.length ? `FAIL: ${failures.join('; ')}` : 'PASS');
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
