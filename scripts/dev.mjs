#!/usr/bin/env node
// `npm run dev` — Hydrogen dev server (Vite + MiniOxygen, hot reload).
//
//   Real store:  .env defines PUBLIC_STORE_DOMAIN and PUBLIC_STOREFRONT_API_TOKEN
//                → `shopify hydrogen dev` with that .env; no emulator.
//   Default:     starts the Storefront API emulator on EMULATOR_PORT (4010), writes .cache/emulator-<port>.env
//                and runs `shopify hydrogen dev --env-file <that file>` on PORT (3000).
//
// Flags / env:
//   --emulator (TRAILFORGE_FORCE_EMULATOR=1)  use the emulator even if .env names a real store
//   PORT, EMULATOR_PORT, EMULATOR_DATA_DIR    ports and emulator data folder
//   EMULATOR_URL                              use an already running emulator instead of starting one

import {
  Supervisor,
  assertPortFree,
  banner,
  envFlag,
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
const forceEmulator = hasFlag('--emulator') || envFlag('TRAILFORGE_FORCE_EMULATOR');
const {mode, dotEnv, storeDomain} = resolveMode({forceEmulator});
const supervisor = new Supervisor();
const appUrl = `http://localhost:${appPort}`;

await assertPortFree(appPort, 'storefront', 'PORT');

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

const shopify = shopifyCommand([
  'hydrogen',
  'dev',
  '--disable-version-check',
  '--env-file',
  envFile,
  '--port',
  String(appPort),
]);
supervisor.spawn('hydrogen dev', shopify.command, shopify.args, {env: shopify.env});

try {
  await waitForPort(appPort, {timeoutMs: 180_000, isAlive: () => supervisor.isAlive('hydrogen dev')});
  banner({
    title: 'Trailforge storefront — development server',
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
