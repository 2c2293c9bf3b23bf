#!/usr/bin/env node
// Prints one closing line with the totals of the vitest and Playwright runs, read from their JSON reports
// (tests/.artifacts/*.json, written by vitest.config.ts and playwright.config.ts):
//
//   unit: 12 passed, 0 failed
//   e2e: 20 passed, 0 failed, 1 skipped
//   tests: 32 passed, 0 failed, 1 skipped
//
// Exits 1 if a report is missing or if it counts no test at all, so CI can't go green on an empty run.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, 'tests', '.artifacts');

function read(name) {
  const file = path.join(artifacts, name);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

const totals = {passed: 0, failed: 0, skipped: 0};
let problems = 0;

const vitest = read('vitest-results.json');
if (vitest) {
  const unit = {
    passed: vitest.numPassedTests ?? 0,
    failed: vitest.numFailedTests ?? 0,
    skipped: (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0),
  };
  console.log(`unit: ${unit.passed} passed, ${unit.failed} failed${unit.skipped ? `, ${unit.skipped} skipped` : ''}`);
  for (const key of Object.keys(totals)) totals[key] += unit[key];
  if (unit.passed + unit.failed === 0) problems++;
} else {
  console.log('unit: no vitest report (tests/.artifacts/vitest-results.json)');
  problems++;
}

const playwright = read('playwright-results.json');
if (playwright) {
  const stats = playwright.stats ?? {};
  const e2e = {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
  const flaky = stats.flaky ? ` (${stats.flaky} flaky: passed on retry)` : '';
  console.log(
    `e2e: ${e2e.passed} passed, ${e2e.failed} failed${e2e.skipped ? `, ${e2e.skipped} skipped` : ''}${flaky}`,
  );
  for (const key of Object.keys(totals)) totals[key] += e2e[key];
  if (e2e.passed + e2e.failed === 0) problems++;
} else {
  console.log('e2e: no Playwright report (tests/.artifacts/playwright-results.json)');
  problems++;
}

console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(problems || totals.failed ? 1 : 0);
