// Shared plumbing for scripts/dev.mjs and scripts/preview.mjs.
//
// Two modes:
//   - "store":    .env defines PUBLIC_STORE_DOMAIN and PUBLIC_STOREFRONT_API_TOKEN, so the app talks to a
//                 real Shopify store and no emulator is started.
//   - "emulator": (the embedded default) the local Storefront API emulator is started and the app gets a
//                 generated env file pointing at it.
//
// Children are spawned in our own process group (not detached), so a process-group kill from a parent
// (Playwright's webServer teardown, a terminal's Ctrl-C) reaches them too. When either child exits we stop
// the other one, and a SIGINT/SIGTERM sent to this script alone is forwarded to the whole child tree.

import {spawn, execFileSync} from 'node:child_process';
import {relayOutput} from './server-log.mjs';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const EMULATOR_PUBLIC_TOKEN = 'trailforge-emulator-public-token';
export const EMULATOR_PRIVATE_TOKEN = 'trailforge-emulator-private-token';
// The emulator's Admin API app (client-credentials grant), as in emulator/src/config.ts.
export const EMULATOR_ADMIN_CLIENT_ID = 'trailforge-emulator-admin-client';
export const EMULATOR_ADMIN_CLIENT_SECRET = 'trailforge-emulator-admin-secret';
// Signs the session cookie in local development and tests only. Never use this value for a deployed store.
export const DEV_ONLY_SESSION_SECRET = 'trailforge-dev-only-session-secret-not-for-production';

const BIN = path.join(ROOT, 'node_modules', '.bin');

/** Minimal dotenv parser: KEY=VALUE, optional `export `, quotes, # comments. */
export function parseDotEnv(text) {
  const out = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2].trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    out[match[1]] = value;
  }
  return out;
}

export function readDotEnv(file = path.join(ROOT, '.env')) {
  return existsSync(file) ? parseDotEnv(readFileSync(file, 'utf8')) : {};
}

function serializeDotEnv(vars) {
  return (
    Object.entries(vars)
      .map(([key, value]) => `${key}=${JSON.stringify(String(value))}`)
      .join('\n') + '\n'
  );
}

/**
 * Decide which mode to run in.
 * `forceEmulator` (flag --emulator / env TRAILFORGE_FORCE_EMULATOR=1) ignores a real store in .env;
 * the Playwright web server uses it so tests never hit a real store.
 */
export function resolveMode({forceEmulator = false} = {}) {
  const dotEnv = readDotEnv();
  const hasStore = Boolean(dotEnv.PUBLIC_STORE_DOMAIN && dotEnv.PUBLIC_STOREFRONT_API_TOKEN);
  if (hasStore && !forceEmulator) {
    return {mode: 'store', dotEnv, storeDomain: dotEnv.PUBLIC_STORE_DOMAIN};
  }
  return {mode: 'emulator', dotEnv};
}

export function parsePort(value, fallback, name) {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`${name} must be a TCP port number, got "${value}".`);
  }
  return port;
}

export function fail(message) {
  console.error(`\n[trailforge] ERROR: ${message}\n`);
  process.exit(1);
}

export function log(message) {
  console.log(`[trailforge] ${message}`);
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({port, host});
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export async function assertPortFree(port, what, envName) {
  if (await isPortInUse(port)) {
    fail(
      `port ${port} (${what}) is already in use. Stop whatever is listening there, or pick another port, e.g. ${envName}=${port + 1}.`,
    );
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `url` until it answers (any status if `anyStatus`, otherwise 2xx), or reject after timeoutMs. */
export async function waitForUrl(url, {timeoutMs = 60_000, anyStatus = false, isAlive = () => true} = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no response';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process exited before ${url} became ready`);
    try {
      const res = await fetch(url, {redirect: 'manual', signal: AbortSignal.timeout(5_000)});
      await res.arrayBuffer().catch(() => {});
      if (anyStatus || res.ok) return res.status;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = error?.cause?.code ?? error?.message ?? String(error);
    }
    await sleep(250);
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000}s (last: ${lastError})`);
}

/** Wait until something accepts TCP connections on 127.0.0.1:port (no HTTP request, so no page render). */
export async function waitForPort(port, {timeoutMs = 60_000, isAlive = () => true} = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process exited before port ${port} opened`);
    if (await isPortInUse(port)) return;
    await sleep(250);
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs / 1000}s`);
}

function pick(source, keys) {
  return Object.fromEntries(keys.filter((key) => source[key]).map((key) => [key, source[key]]));
}

/** Write the env file that points the app at the emulator; returns its path relative to ROOT. */
export function writeEmulatorEnvFile({emulatorPort, dotEnv}) {
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  // Keep any other variables from .env (e.g. feature flags), but the store connection always points at the
  // emulator. SESSION_SECRET from the environment or .env wins over the dev-only default.
  const vars = {
    ...dotEnv,
    PUBLIC_STORE_DOMAIN: emulatorUrl,
    PUBLIC_STOREFRONT_API_TOKEN: process.env.EMULATOR_PUBLIC_TOKEN || EMULATOR_PUBLIC_TOKEN,
    PRIVATE_STOREFRONT_API_TOKEN: process.env.EMULATOR_PRIVATE_TOKEN || EMULATOR_PRIVATE_TOKEN,
    PUBLIC_STOREFRONT_ID: 'emulator',
    PUBLIC_CHECKOUT_DOMAIN: `127.0.0.1:${emulatorPort}`,
    SESSION_SECRET: process.env.SESSION_SECRET || dotEnv.SESSION_SECRET || DEV_ONLY_SESSION_SECRET,
    // The emulator's Admin API (comments, newsletter): its own well-known dev credentials.
    SHOPIFY_ADMIN_CLIENT_ID: process.env.EMULATOR_ADMIN_CLIENT_ID || EMULATOR_ADMIN_CLIENT_ID,
    SHOPIFY_ADMIN_CLIENT_SECRET: process.env.EMULATOR_ADMIN_CLIENT_SECRET || EMULATOR_ADMIN_CLIENT_SECRET,
    SHOPIFY_ADMIN_DOMAIN: emulatorUrl,
    // Settings the browser tests (playwright.config.ts) and the benchmark (STOREFRONT_CACHE) pass in.
    ...pick(process.env, ['FORM_MIN_FILL_MS', 'PUBLIC_ANALYTICS_DEBUG', 'STOREFRONT_CACHE']),
  };
  const rel = path.join('.cache', `emulator-${emulatorPort}.env`);
  mkdirSync(path.join(ROOT, '.cache'), {recursive: true});
  writeFileSync(
    path.join(ROOT, rel),
    `# Generated by scripts/${path.basename(process.argv[1] ?? 'dev.mjs')} — do not edit; regenerated on every run.\n` +
      serializeDotEnv(vars),
  );
  return rel;
}

/** All descendant pids of `pid` (children first-level ordering not guaranteed). */
function descendantsOf(pid) {
  let table;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], {encoding: 'utf8'});
  } catch {
    return [];
  }
  const children = new Map();
  for (const line of table.trim().split('\n')) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    if (!children.has(pp)) children.set(pp, []);
    children.get(pp).push(p);
  }
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop();
    for (const child of children.get(current) ?? []) {
      out.push(child);
      stack.push(child);
    }
  }
  return out;
}

function signalTree(pid, signal) {
  const pids = [...descendantsOf(pid), pid];
  for (const p of pids) {
    try {
      process.kill(p, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Runs a set of named child processes. If any exits, or we get SIGINT/SIGTERM/SIGHUP, all others are stopped
 * (SIGTERM to the child's whole process tree, then SIGKILL after a grace period) and this process exits.
 */
export class Supervisor {
  constructor() {
    this.children = new Map();
    this.stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(signal, () => {
        if (this.stopping) return;
        log(`received ${signal}, shutting down…`);
        this.shutdown(signal === 'SIGINT' ? 130 : 143);
      });
    }
    process.on('exit', () => {
      // Last resort if we exit without a clean shutdown.
      for (const child of this.children.values()) {
        if (child.exitCode === null && child.signalCode === null) signalTree(child.pid, 'SIGKILL');
      }
    });
  }

  /** `relay`: pass the child's output through relayOutput (server-log.mjs) instead of inheriting it. */
  spawn(name, command, args, {env = {}, cwd = ROOT, relay = false} = {}) {
    const child = spawn(command, args, {
      cwd,
      stdio: ['inherit', relay ? 'pipe' : 'inherit', relay ? 'pipe' : 'inherit'],
      env: {...process.env, ...env},
    });
    if (relay) {
      const logFile = process.env.TRAILFORGE_SERVER_LOG || undefined;
      relayOutput(child.stdout, process.stdout, logFile);
      relayOutput(child.stderr, process.stderr, logFile);
    }
    this.children.set(name, child);
    child.on('error', (error) => {
      console.error(`[trailforge] could not start ${name}: ${error.message}`);
      this.shutdown(1);
    });
    child.on('exit', (code, signal) => {
      this.children.delete(name);
      if (this.stopping) {
        if (this.children.size === 0) process.exit(this.exitCode);
        return;
      }
      const how = signal ? `signal ${signal}` : `code ${code}`;
      log(`${name} exited (${how}); stopping the rest.`);
      this.shutdown(code === 0 && !signal ? 0 : code || 1);
    });
    return child;
  }

  isAlive(name) {
    const child = this.children.get(name);
    return Boolean(child && child.exitCode === null && child.signalCode === null);
  }

  shutdown(exitCode) {
    if (this.stopping) return;
    this.stopping = true;
    this.exitCode = exitCode;
    if (this.children.size === 0) process.exit(exitCode);
    for (const child of this.children.values()) signalTree(child.pid, 'SIGTERM');
    setTimeout(() => {
      for (const child of this.children.values()) signalTree(child.pid, 'SIGKILL');
      setTimeout(() => process.exit(exitCode), 500).unref();
    }, 8_000).unref();
  }
}

export function shopifyCommand(args) {
  return {command: path.join(BIN, 'shopify'), args, env: {SHOPIFY_CLI_NO_ANALYTICS: '1'}};
}

/**
 * Start the emulator (tsx emulator/server.ts) under the supervisor and wait for GET /healthz.
 * Set EMULATOR_URL to use an emulator that is already running instead (nothing is spawned then).
 */
export async function startEmulator(supervisor, {port, dataDir}) {
  if (process.env.EMULATOR_URL) {
    const url = process.env.EMULATOR_URL.replace(/\/$/, '');
    await waitForUrl(`${url}/healthz`, {timeoutMs: 10_000}).catch((error) =>
      fail(`EMULATOR_URL=${url} is not healthy: ${error.message}`),
    );
    const urlPort = Number(new URL(url).port || 80);
    return {url, port: urlPort, external: true};
  }
  if (!existsSync(path.join(ROOT, 'emulator', 'server.ts'))) {
    fail('emulator/server.ts does not exist yet, so the embedded emulator cannot start.');
  }
  await assertPortFree(port, 'emulator', 'EMULATOR_PORT');
  const env = {EMULATOR_PORT: String(port)};
  if (dataDir) env.EMULATOR_DATA_DIR = dataDir;
  // Relayed like the storefront, so the server log (TRAILFORGE_SERVER_LOG) holds the emulator's output too.
  supervisor.spawn('emulator', path.join(BIN, 'tsx'), ['emulator/server.ts'], {env, relay: true});
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${url}/healthz`, {timeoutMs: 60_000, isAlive: () => supervisor.isAlive('emulator')});
  } catch (error) {
    console.error(`[trailforge] emulator did not become healthy: ${error.message}`);
    supervisor.shutdown(1);
    await new Promise(() => {});
  }
  return {url, port, external: false};
}

export function banner({title, mode, appUrl, emulatorUrl, storeDomain, envFile, dataDir}) {
  const lines = [
    title,
    '',
    `Storefront:  ${appUrl}`,
    mode === 'emulator'
      ? `Mode:        embedded Storefront API emulator (no Shopify store needed)`
      : `Mode:        real Shopify store (${storeDomain}) from .env`,
  ];
  if (mode === 'emulator') {
    lines.push(`Emulator:    ${emulatorUrl}  (health: ${emulatorUrl}/healthz)`);
    if (dataDir) lines.push(`Data dir:    ${dataDir}`);
    lines.push(`Env file:    ${envFile} (generated)`);
  } else {
    lines.push(`Emulator:    not started`);
  }
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const bar = '═'.repeat(width);
  console.log(`\n╔${bar}╗`);
  for (const line of lines) console.log(`║  ${line.padEnd(width - 2)}║`);
  console.log(`╚${bar}╝\n`);
}

export function hasFlag(name) {
  return process.argv.slice(2).includes(name);
}

export function envFlag(name) {
  const value = process.env[name];
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * What `npm run dev` and `npm run preview` share: pick the mode (real store in .env, or the
 * emulator), start the emulator when needed, run one `shopify hydrogen …` command against the
 * matching env file, and print the banner once the storefront answers.
 *
 * @param {object} options
 * @param {string} options.title       banner title
 * @param {string} options.name        the child's name in logs
 * @param {number} options.timeoutMs   how long the storefront may take to come up
 * @param {(run: {envFile: string, appPort: number}) => string[]} options.hydrogenArgs  CLI args after `shopify`
 * @param {string} [options.startMessage]  logged just before the command starts
 */
export async function runStorefront({title, name, timeoutMs, hydrogenArgs, startMessage}) {
  const appPort = parsePort(process.env.PORT, 3000, 'PORT');
  const emulatorPort = parsePort(process.env.EMULATOR_PORT, 4010, 'EMULATOR_PORT');
  const forceEmulator = hasFlag('--emulator') || envFlag('TRAILFORGE_FORCE_EMULATOR');
  const {mode, dotEnv, storeDomain} = resolveMode({forceEmulator});
  const appUrl = `http://localhost:${appPort}`;

  await assertPortFree(appPort, 'storefront', 'PORT');

  const supervisor = new Supervisor();
  let emulator;
  let envFile = '.env';
  if (mode === 'emulator') {
    log(
      process.env.EMULATOR_URL
        ? `using the already running emulator at ${process.env.EMULATOR_URL}…`
        : `starting the Storefront API emulator on port ${emulatorPort}…`,
    );
    emulator = await startEmulator(supervisor, {port: emulatorPort, dataDir: process.env.EMULATOR_DATA_DIR});
    log(`emulator ready at ${emulator.url}${emulator.external ? ' (external, not managed here)' : ''}`);
    envFile = writeEmulatorEnvFile({emulatorPort: emulator.port, dotEnv});
  } else {
    log(`.env names a real store (${storeDomain}); not starting the emulator.`);
  }

  const shopify = shopifyCommand(hydrogenArgs({envFile, appPort}));
  if (startMessage) log(startMessage);
  supervisor.spawn(name, shopify.command, shopify.args, {env: shopify.env, relay: true});

  try {
    await waitForPort(appPort, {timeoutMs, isAlive: () => supervisor.isAlive(name)});
    banner({
      title,
      mode,
      appUrl,
      emulatorUrl: emulator?.url,
      storeDomain,
      envFile,
      dataDir: process.env.EMULATOR_DATA_DIR || (emulator && !emulator.external ? 'emulator/.data (default)' : undefined),
    });
  } catch (error) {
    if (!supervisor.stopping) log(`storefront not reachable yet: ${error.message}`);
  }
}
