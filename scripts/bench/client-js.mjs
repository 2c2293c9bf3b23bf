#!/usr/bin/env node
// How much JavaScript each key page makes the browser download (raw and gzip), so the "<= 90 KiB of
// client JS on an article" budget is measured, never asserted in a test. `npm run bench` calls
// measureClientJs; run alone, it prints a table for any running storefront:
//
//   npm run build && node scripts/preview.mjs --no-build &   # or any running storefront
//   BASE_URL=http://localhost:3000 node scripts/bench/client-js.mjs
import {gzipSync} from 'node:zlib';
import {pathToFileURL} from 'node:url';
import {chromium} from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/**
 * Loads each path in a fresh browser context and sums the bodies of the scripts it downloaded:
 * [{path, files, rawBytes, gzipBytes}]. gzip is what the wire carries for text on a real CDN.
 */
export async function measureClientJs({baseUrl, paths, chromiumPath = '/usr/bin/chromium'}) {
  const browser = await chromium.launch({executablePath: chromiumPath, args: CHROMIUM_ARGS});
  try {
    const rows = [];
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        try {
          scripts.push(await response.body());
        } catch {
          // A redirect or an aborted request has no body to count.
        }
      });
      await page.goto(`${baseUrl}${path}`, {waitUntil: 'networkidle'});
      rows.push({
        path,
        files: scripts.length,
        rawBytes: scripts.reduce((total, body) => total + body.length, 0),
        gzipBytes: scripts.reduce((total, body) => total + gzipSync(body).length, 0),
      });
      await context.close();
    }
    return rows;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.env.BASE_URL ?? 'http://localhost:3000';
  const paths = (process.env.PAGES ?? '/,/products/spartan-race-preparation-program,/blogs/news,/blogs/news/what-is-dry-needling,/cart')
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
  const rows = await measureClientJs({baseUrl, paths, chromiumPath: process.env.CHROMIUM_PATH});
  console.log(`client JS per page on ${baseUrl}`);
  console.log(`${'page'.padEnd(48)} ${'files'.padStart(5)} ${'raw KiB'.padStart(8)} ${'gzip KiB'.padStart(8)}`);
  for (const row of rows) {
    console.log(`${row.path.padEnd(48)} ${String(row.files).padStart(5)} ${kib(row.rawBytes)}  ${kib(row.gzipBytes)}`);
  }
}
