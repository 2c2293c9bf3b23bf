import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {defineConfig, devices} from '@playwright/test';

/**
 * Browser tests run against the *production* build (`npm run build` first; `npm test` does) served by
 * MiniOxygen, pointed at a fresh Storefront API emulator with an empty temp data dir — never at a real store.
 * Chromium is Debian's /usr/bin/chromium (scripts/ensure-chromium.sh); `playwright install` is never used.
 *
 * Ports: E2E_PORT (3110) for the storefront, E2E_EMULATOR_PORT (4110) for the emulator, so a running
 * `npm run dev` (3000/4010) does not get in the way.
 */
const isCI = Boolean(process.env.CI);
const appPort = Number(process.env.E2E_PORT ?? 3110);
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
const baseURL = `http://localhost:${appPort}`;

// The config is evaluated in the runner and again in every worker; create the data dir once (in the runner)
// and hand it to workers through the environment, which they inherit.
if (!process.env.E2E_EMULATOR_DATA_DIR) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trailforge-e2e-emulator-'));
  process.env.E2E_EMULATOR_DATA_DIR = dir;
  process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
}
const emulatorDataDir = process.env.E2E_EMULATOR_DATA_DIR;
// Read by tests/e2e/fixtures (the `emulator` fixture) to call the emulator directly.
process.env.E2E_EMULATOR_URL = `http://127.0.0.1:${emulatorPort}`;
// The runner copies the storefront's log here (scripts/lib/server-log.mjs) so tests can read it; one
// file per port, so a reused server (CI unset) keeps writing where the tests look.
process.env.TRAILFORGE_SERVER_LOG ??= path.join(os.tmpdir(), `trailforge-e2e-server-${appPort}.log`);

/**
 * Every secret the stack holds is a known sentinel (the emulator is started with the same values), so
 * tests/e2e/secrets.spec.ts can prove none of them reaches the browser or the logs. Exported here too,
 * so the `emulator` fixture authenticates with the same Admin API client secret.
 */
const SECRET_SENTINELS: Record<string, string> = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'tests/e2e/fixtures/secret-sentinels.json'), 'utf8'),
);
Object.assign(process.env, SECRET_SENTINELS);

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

/** The tag of tests that change store-wide content (see the `store-wide` project). */
const STORE_WIDE = /@store-wide/;

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Small (2-core) CI runners: the server (MiniOxygen + emulator) needs a core too.
  workers: isCI ? 1 : 2,
  timeout: 30_000,
  expect: {timeout: 10_000},
  // The JSON report feeds scripts/ci-summary.mjs (the closing "N passed, N failed" line in CI).
  reporter: [['list'], ['json', {outputFile: 'tests/.artifacts/playwright-results.json'}]],
  use: {
    baseURL,
    // Tracing every test costs time on 2 cores: on CI only the retry of a failed test is traced.
    trace: isCI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {name: 'chromium', use: chromium, grepInvert: STORE_WIDE, teardown: 'store-wide'},
    // Tests tagged @store-wide change content that every visit reads (the one home_page entry that /
    // shows). They run as the `teardown` of the main project: after all its tests have finished (failed
    // or not), so no test running beside them sees a half-edited store. Being a teardown, they also run
    // (a few seconds) when only some files are asked for.
    {name: 'store-wide', use: chromium, grep: STORE_WIDE},
  ],
  webServer: {
    // Emulator + `shopify hydrogen preview` on the existing build, as one supervised process tree.
    command: 'node scripts/preview.mjs --no-build --emulator',
    url: `${baseURL}/`,
    env: {
      PORT: String(appPort),
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_DATA_DIR: emulatorDataDir,
      // Always a fresh emulator for the tests, even if the shell points dev at a running one.
      EMULATOR_URL: '',
      // Test-owned content on its own handles: hostile store HTML (tests/e2e/hostile-content.spec.ts) and
      // blogs that one test each may change; never listed, so no other test sees it.
      EMULATOR_EXTRA_CONTENT: path.resolve('tests/fixtures/extra-content'),
      SHOPIFY_CLI_NO_ANALYTICS: '1',
      // Forms may be sent as soon as they are filled (the emulator only; the timing itself is unit-tested),
      // so journeys wait on what the page shows, never on the clock.
      FORM_MIN_FILL_MS: '0',
      // Every analytics event is recorded on window.__trailforgeAnalytics for the analytics journeys.
      PUBLIC_ANALYTICS_DEBUG: '1',
      ...SECRET_SENTINELS,
      TRAILFORGE_SERVER_LOG: process.env.TRAILFORGE_SERVER_LOG,
    },
    reuseExistingServer: !isCI,
    timeout: 120_000,
    stdout: process.env.E2E_SERVER_LOGS ? 'pipe' : 'ignore',
    stderr: 'pipe',
    gracefulShutdown: {signal: 'SIGTERM', timeout: 10_000},
  },
});
