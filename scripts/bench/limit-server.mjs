#!/usr/bin/env node
// The limit row's server: one saved HTML page, answered by a tiny worker on MiniOxygen (workerd), set
// up the way `shopify hydrogen preview` sets up a storefront (a pass-through worker in front of the
// app's worker, and a request-line log), so the only difference from a storefront is the work a page
// costs. No storefront can answer faster on this runtime: it is the ceiling ratios are read against.
//
//   node scripts/bench/limit-server.mjs <file.html> <port>
import {readFileSync} from 'node:fs';
import {createMiniOxygen} from '@shopify/mini-oxygen';

const [file, portArg] = process.argv.slice(2);
const port = Number(portArg);
if (!file || !Number.isInteger(port)) {
  console.error('usage: node scripts/bench/limit-server.mjs <file.html> <port>');
  process.exit(2);
}

const html = readFileSync(file, 'utf8');
const miniOxygen = createMiniOxygen({
  port,
  host: 'localhost',
  requestHook: ({request, response}) => {
    console.log(`${request.method}  ${response.status}  ${new URL(request.url).pathname}`);
  },
  workers: [
    {
      name: 'limit:middleware',
      modules: true,
      script: 'export default {fetch: (request, env) => env.next.fetch(request)};',
      serviceBindings: {next: 'limit'},
    },
    {
      name: 'limit',
      modules: true,
      script: 'export default {fetch: (request, env) => new Response(env.HTML, {headers: {"content-type": "text/html; charset=utf-8"}})};',
      bindings: {HTML: html},
    },
  ],
});
const {workerUrl} = await miniOxygen.ready;
console.log(`limit row: ${html.length} bytes of HTML on ${workerUrl.origin}`);

const stop = () => {
  // A runtime that is already gone cannot be disposed of cleanly: exit anyway, soon.
  setTimeout(() => process.exit(0), 3_000).unref();
  miniOxygen.dispose().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
