#!/usr/bin/env node
// Prints how much JavaScript each key page makes the browser download (raw and gzip), so the
// "<= 90 KiB of client JS on an article" budget is measured, never asserted in a test.
//
//   npm run build && node scripts/preview.mjs --no-build &   # or any running storefront
//   BASE_URL=http://localhost:3000 node scripts/bench/client-js.mjs
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';

const baseUrl = process.env.BASE_URL ?? 'http://localhost:3000';
const pages = (process.env.PAGES ?? '/,/products/spartan-race-preparation-program,/blogs/news,/blogs/news/what-is-dry-needling,/cart')
  .split(',')
  .map((path) => path.trim())
  .filter(Boolean);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log(`client JS per page on ${baseUrl}`);
console.log(`${'page'.padEnd(48)} ${'files'.padStart(5)} ${'raw KiB'.padStart(8)} ${'gzip KiB'.padStart(8)}`);
for (const path of pages) {
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
  const raw = scripts.reduce((total, body) => total + body.length, 0);
  const gzip = scripts.reduce((total, body) => total + gzipSync(body).length, 0);
  console.log(`${path.padEnd(48)} ${String(scripts.length).padStart(5)} ${kib(raw)}  ${kib(gzip)}`);
  await context.close();
}
await browser.close();
