#!/usr/bin/env node
// `npm run preview` — production build served by MiniOxygen (`shopify hydrogen preview --build`).
//
//   Real store:  .env defines PUBLIC_STORE_DOMAIN and PUBLIC_STOREFRONT_API_TOKEN → preview with that .env.
//   Default:     starts the Storefront API emulator on EMULATOR_PORT (4010) and previews against it.
//
// Flags / env:
//   --no-build (PREVIEW_NO_BUILD=1)           reuse the existing dist/ build (used by the Playwright tests)
//   --emulator (TRAILFORGE_FORCE_EMULATOR=1)  use the emulator even if .env names a real store
//   PORT (3000), EMULATOR_PORT (4010), EMULATOR_DATA_DIR, EMULATOR_URL (use an already running emulator)

import {existsSync} from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  Supervisor,
  assertPortFree,
  banner,
  envFlag,
  fail,
  hasFlag,
  log,
  parsePort,
  resolveMode,
  shopifyCommand,
  startEmulator,
  waitForPort,
  writeEmulatorEnvFile,
} from './lib/stack.mjs';

const appPort = parsePort(process.env.PORT, 3000, 'PORT');
const emulatorPort = parsePort(process.env.EMULATOR_PORT, 4010, 'EMULATOR_PORT');
const noBuild = hasFlag('--no-build') || envFlag('PREVIEW_NO_BUILD');
const forceEmulator = hasFlag('--emulator') || envFlag('TRAILFORGE_FORCE_EMULATOR');
const {mode, dotEnv, storeDomain} = resolveMode({forceEmulator});
const appUrl = `http://localhost:${appPort}`;

if (noBuild && !existsSync(path.join(ROOT, 'dist', 'server', 'index.js'))) {
  fail('--no-build was given but there is no production build in dist/. Run `npm run build` first.');
}
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

const args = ['hydrogen', 'preview', '--env-file', envFile, '--port', String(appPort)];
if (!noBuild) args.push('--build');
const shopify = shopifyCommand(args);
log(noBuild ? 'serving the existing production build (no rebuild)…' : 'building for production, then serving…');
supervisor.spawn('hydrogen preview', shopify.command, shopify.args, {env: shopify.env});

try {
  await waitForPort(appPort, {timeoutMs: 600_000, isAlive: () => supervisor.isAlive('hydrogen preview')});
  banner({
    title: 'Trailforge storefront — production preview (MiniOxygen)',
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
