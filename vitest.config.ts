import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Kept separate from vite.config.ts so unit tests don't load the Hydrogen/Remix/Oxygen Vite plugins.
export default defineConfig({
  // The app's `~/` import alias (tsconfig paths), so app helpers can be unit-tested.
  resolve: {alias: {'~': fileURLToPath(new URL('./app', import.meta.url))}},
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Small (2-core) CI runners: keep the pool small.
    pool: 'forks',
    poolOptions: {forks: {maxForks: 2, minForks: 1}},
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    // The JSON report is read by scripts/ci-summary.mjs for the closing "N passed, N failed" line in CI.
    outputFile: {json: 'tests/.artifacts/vitest-results.json'},
  },
});
