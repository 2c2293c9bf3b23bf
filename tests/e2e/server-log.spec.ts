import {existsSync, readFileSync, statSync} from 'node:fs';
import http from 'node:http';
import {CLIENT_LEFT_NOTICE} from '../../scripts/lib/server-log.mjs';
import {test, expect} from './fixtures';

const ARTICLE = '/blogs/news/deload-weeks-explained';
const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';

/** The server's log written since `from` (bytes), as the runner relays it. */
function logSince(file: string, from: number): string {
  return existsSync(file) ? readFileSync(file).subarray(from).toString('utf8') : '';
}

test('a reader who leaves while the article is still streaming leaves no uncaught error in the server log', async ({
  emulator,
  baseURL,
}) => {
  const logFile = process.env.TRAILFORGE_SERVER_LOG!;
  const from = existsSync(logFile) ? statSync(logFile).size : 0;

  // The related articles stream in late for this reader only (their own cookie), after they have left.
  const run = `run-${crypto.randomUUID()}`;
  const armed = await emulator.request.post('/__emulator/faults', {
    data: {operation: 'BlogArticleNeighbours', delayMs: 1500, headerIncludes: {cookie: run}, times: 1},
  });
  expect(armed.status()).toBe(201);

  // The reader gets the article (the whole first part of the page), and leaves while the related
  // articles are still on their way (the emulator has their request and is holding it).
  const {id} = (await armed.json()) as {id: number};
  const stillArmed = async () => {
    const {faults} = (await (await emulator.request.get('/__emulator/faults')).json()) as {faults: Array<{id: number}>};
    return faults.some((fault) => fault.id === id);
  };
  const {request, status} = await new Promise<{request: http.ClientRequest; status: number}>((resolve, reject) => {
    let html = '';
    const request = http.get(
      new URL(ARTICLE, baseURL),
      {headers: {cookie: `trailforge_test_run=${run}`, 'user-agent': BROWSER_UA, accept: 'text/html'}},
      (response) => {
        response.on('data', (chunk: Buffer) => {
          html += chunk.toString('utf8');
          // The footer closes the page's shell; `</html>` itself comes only after the streamed parts.
          if (html.includes('</footer>')) resolve({request, status: response.statusCode ?? 0});
        });
      },
    );
    request.on('error', reject);
  });
  expect(status).toBe(200);
  await expect.poll(stillArmed).toBe(false);
  request.on('error', () => {});
  request.destroy();

  // The late part is written to nobody: the server notices, and says so calmly.
  await expect.poll(() => logSince(logFile, from), {timeout: 15_000}).toContain(CLIENT_LEFT_NOTICE);
  expect(logSince(logFile, from)).not.toContain('Uncaught');
});
