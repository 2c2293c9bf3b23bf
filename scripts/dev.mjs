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

import {runStorefront} from './lib/stack.mjs';

await runStorefront({
  title: 'Trailforge storefront — development server',
  name: 'hydrogen dev',
  timeoutMs: 180_000,
  hydrogenArgs: ({envFile, appPort}) => [
    'hydrogen',
    'dev',
    '--disable-version-check',
    '--env-file',
    envFile,
    '--port',
    String(appPort),
  ],
});
