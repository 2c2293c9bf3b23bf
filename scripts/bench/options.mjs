// `npm run bench` options: flags win over environment variables, which win over the defaults.
// Pure (argv and env in, options out), so tests/unit/bench/options.test.ts covers it.
import os from 'node:os';
import path from 'node:path';

/** The pages measured, by name, with the same URL on our store and on the starter (seed content). */
export const PAGES = {
  home: '/',
  program: '/products/spartan-race-preparation-program',
  collection: '/collections/race-prep',
  blog: '/blogs/news',
  article: '/blogs/news/what-is-dry-needling',
  search: '/search?q=spartan',
};

export const PARTS = ['server', 'lighthouse', 'clientjs'];
export const SITES = ['ours', 'starter'];

export const HELP = `npm run bench -- [options]

Builds our app and Shopify's Hydrogen starter (once, into a cache folder), serves both on MiniOxygen
against one emulator with a fixed per-call latency and the real store's cache strategies, and measures
home, program, collection, blog, article and search on both: autocannon (keep-alive, 10 connections,
cold and warm), Lighthouse (mobile and desktop, median of N runs), client JS (gzip), and the limit
row (our article's HTML as a static file on the same runtime). Writes a terminal table,
bench-results/latest.json and bench-results/report.html. Exits 0 whether targets are met or not;
non-zero only when something could not run.

Options (flag, or environment variable):
  --only=server,lighthouse,clientjs   BENCH_ONLY             parts to run (default: all)
  --pages=article,home,...            BENCH_PAGES            ${Object.keys(PAGES).join(', ')} (default: all)
  --sites=ours,starter                BENCH_SITES            (default: both; the limit row goes with ours)
  --runs=N                            BENCH_LIGHTHOUSE_RUNS  Lighthouse runs per page and preset (default 5)
  --duration=S                        BENCH_DURATION         seconds of warm autocannon per page (default 10)
  --cold-runs=N                       BENCH_COLD_RUNS        single requests per page on a warm server with no cache
                                                             (ours; the cold-cache TTFB is their median; default 10)
  --connections=N                     BENCH_CONNECTIONS      autocannon connections (default 10)
  --latency=MS                        EMULATOR_LATENCY_MS    modelled Storefront API latency (default 50)
  --no-build                          BENCH_NO_BUILD=1       reuse dist/ instead of running npm run build
  --out=DIR                           BENCH_OUT              where the JSON and HTML go (default bench-results)
                                      BENCH_CACHE_DIR        the starter's build folder (default
                                                             $XDG_CACHE_HOME/trailforge-bench or ~/.cache/trailforge-bench)
                                      BENCH_PORT             ours; the starter +1, the limit row +2 (default 3330)
                                      BENCH_EMULATOR_PORT    the emulator (default 4330); Chromium's debugging port +1
                                      CHROMIUM_PATH          (default /usr/bin/chromium)
  --help`;

export class OptionError extends Error {}

function flagValues(argv) {
  const flags = new Map();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new OptionError(`unknown argument "${arg}" (see --help)`);
    flags.set(match[1], match[2] ?? true);
  }
  return flags;
}

function list(raw, allowed, name) {
  if (raw === undefined || raw === '' || raw === true) return [...allowed];
  const items = String(raw)
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item));
  if (unknown.length || !items.length) {
    throw new OptionError(`${name} takes a comma-separated list of ${allowed.join(', ')}; got "${raw}"`);
  }
  // Kept in the canonical order, so the report reads the same whatever order was asked for.
  return allowed.filter((item) => items.includes(item));
}

function number(raw, fallback, name, {min = 1, max = Infinity, integer = true} = {}) {
  if (raw === undefined || raw === '' || raw === true) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new OptionError(`${name} must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

const truthy = (value) => value !== undefined && value !== '' && value !== '0' && String(value).toLowerCase() !== 'false';

export function parseOptions(argv, env = {}, {home = os.homedir(), cwd = process.cwd()} = {}) {
  const flags = flagValues(argv);
  const known = new Set(['only', 'pages', 'sites', 'runs', 'duration', 'cold-runs', 'connections', 'latency', 'no-build', 'out', 'help']);
  for (const name of flags.keys()) if (!known.has(name)) throw new OptionError(`unknown option --${name} (see --help)`);
  const pick = (flag, envName) => (flags.has(flag) ? flags.get(flag) : env[envName]);
  const port = number(env.BENCH_PORT, 3330, 'BENCH_PORT', {max: 65533});
  const emulatorPort = number(env.BENCH_EMULATOR_PORT, 4330, 'BENCH_EMULATOR_PORT', {max: 65534});
  const cacheRoot = env.XDG_CACHE_HOME ? env.XDG_CACHE_HOME : path.join(home, '.cache');
  return {
    help: flags.has('help'),
    parts: list(pick('only', 'BENCH_ONLY'), PARTS, '--only'),
    pages: list(pick('pages', 'BENCH_PAGES'), Object.keys(PAGES), '--pages'),
    sites: list(pick('sites', 'BENCH_SITES'), SITES, '--sites'),
    lighthouseRuns: number(pick('runs', 'BENCH_LIGHTHOUSE_RUNS'), 5, '--runs', {max: 50}),
    durationS: number(pick('duration', 'BENCH_DURATION'), 10, '--duration', {max: 600}),
    coldRuns: number(pick('cold-runs', 'BENCH_COLD_RUNS'), 10, '--cold-runs', {max: 100}),
    connections: number(pick('connections', 'BENCH_CONNECTIONS'), 10, '--connections', {max: 1000}),
    latencyMs: number(pick('latency', 'EMULATOR_LATENCY_MS'), 50, '--latency', {min: 0, max: 2000}),
    build: !(flags.has('no-build') || truthy(env.BENCH_NO_BUILD)),
    outDir: path.resolve(cwd, String(pick('out', 'BENCH_OUT') || 'bench-results')),
    cacheDir: path.resolve(env.BENCH_CACHE_DIR || path.join(cacheRoot, 'trailforge-bench')),
    ports: {ours: port, starter: port + 1, limit: port + 2, emulator: emulatorPort, chromium: emulatorPort + 1},
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
  };
}
