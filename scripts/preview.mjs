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
//   PREVIEW_INSPECTOR_PORT                    open workerd's V8 inspector on this port (`--debug`; the load
//                                              test reads the isolate's heap through it)
//   TRAILFORGE_SERVER_LOG                      also append the storefront's and the emulator's output to this file
//   SESSION_SECRET, EMULATOR_PRIVATE_TOKEN, EMULATOR_ADMIN_CLIENT_SECRET   the secrets to run with (the
//                                              emulator and the app get the same values; the tests use sentinels)

import {existsSync} from 'node:fs';
import path from 'node:path';
import {ROOT, envFlag, fail, hasFlag, parsePort, runStorefront} from './lib/stack.mjs';

const inspectorPort = process.env.PREVIEW_INSPECTOR_PORT
  ? parsePort(process.env.PREVIEW_INSPECTOR_PORT, 9229, 'PREVIEW_INSPECTOR_PORT')
  : undefined;
const noBuild = hasFlag('--no-build') || envFlag('PREVIEW_NO_BUILD');
if (noBuild && !existsSync(path.join(ROOT, 'dist', 'server', 'index.js'))) {
  fail('--no-build was given but there is no production build in dist/. Run `npm run build` first.');
}

await runStorefront({
  title: 'Trailforge storefront — production preview (MiniOxygen)',
  name: 'hydrogen preview',
  timeoutMs: 600_000,
  startMessage: noBuild ? 'serving the existing production build (no rebuild)…' : 'building for production, then serving…',
  hydrogenArgs: ({envFile, appPort}) => [
    'hydrogen',
    'preview',
    '--env-file',
    envFile,
    '--port',
    String(appPort),
    ...(noBuild ? [] : ['--build']),
    ...(inspectorPort ? ['--debug', '--inspector-port', String(inspectorPort)] : []),
  ],
});
