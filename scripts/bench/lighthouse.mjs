// Lighthouse runs for the benchmark: Debian's Chromium, started once per site with a debugging port,
// and Lighthouse's own mobile (default) and desktop presets, N runs per page, medians per figure.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {lighthouseFigures, medianFigures} from './stats.mjs';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Chromium instances still running, so an interrupted bench can stop them too (stopChromiums). */
const live = new Set();

export async function stopChromiums() {
  await Promise.all([...live].map((stop) => stop()));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startChromium(chromiumPath, port) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'trailforge-bench-chromium-'));
  const child = spawn(chromiumPath, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = async () => {
    live.delete(stop);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await sleep(200);
    rmSync(profile, {recursive: true, force: true});
  };
  live.add(stop);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return {stop};
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`Chromium (${chromiumPath}) did not open its debugging port ${port}`);
}

/**
 * Runs Lighthouse `runs` times per page and preset against `baseUrl`.
 * Returns {[page]: {[preset]: {runs: [figures|null], median: figures|null, errors: string[]}}}.
 */
export async function measureLighthouse({baseUrl, pages, runs, chromiumPath, port, log = console.log}) {
  const {default: lighthouse, desktopConfig} = await import('lighthouse');
  const presets = {mobile: undefined, desktop: desktopConfig};
  const chromium = await startChromium(chromiumPath, port);
  const out = {};
  try {
    for (const [page, pagePath] of pages) {
      out[page] = {};
      for (const [preset, config] of Object.entries(presets)) {
        const figures = [];
        const errors = [];
        for (let run = 0; run < runs; run++) {
          // One retry: a run the shared machine stalled is not a property of the page.
          for (let attempt = 0; attempt < 2; attempt++) {
            try {
              const result = await lighthouse(
                `${baseUrl}${pagePath}`,
                {port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES},
                config,
              );
              const lhr = result?.lhr;
              if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? 'no result');
              figures.push(lighthouseFigures(lhr));
              break;
            } catch (error) {
              if (attempt === 1) {
                errors.push(error.message);
                figures.push(null);
              }
            }
          }
        }
        out[page][preset] = {runs: figures, median: medianFigures(figures), errors};
        const median = out[page][preset].median;
        log(
          `  lighthouse ${page.padEnd(10)} ${preset.padEnd(7)} ${median ? `perf ${median.performance?.toFixed(2)} LCP ${Math.round(median.lcpMs ?? 0)} ms` : 'failed'}${errors.length ? ` (${errors.length} failed runs)` : ''}`,
        );
      }
    }
  } finally {
    await chromium.stop();
  }
  return out;
}
