/**
 * Every page's HTML is valid HTML to the Nu HTML Checker (vnu-jar, the W3C validator), both as a
 * shopper's browser gets it (streamed, with deferred data arriving in scripts) and as a crawler gets
 * it (Googlebot is served the whole page at once). Invalid markup is what browsers and crawlers
 * silently repair, each in their own way.
 *
 * The checker is a Java program that is slow to start, so each test saves every page to a file and
 * runs it once over all of them.
 */
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {test, expect} from './fixtures';
import {BROWSER_USER_AGENT, CRAWLER_USER_AGENT, PAGE_ROUTES} from './fixtures/routes';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the checker once over `files` and returns its errors. */
async function nuErrors(files: string[]): Promise<NuMessage[]> {
  // --exit-zero-always: the errors are read from the report; a non-zero exit then means the
  // checker itself failed, which execFile turns into a thrown error.
  const {stderr, stdout} = await promisify(execFile)(
    'java',
    ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
    {maxBuffer: 64 * 1024 * 1024},
  );
  const report = JSON.parse(stderr || stdout) as {messages: NuMessage[]};
  return report.messages
    .filter((message) => message.type === 'error')
    // The checker names files as file:/path; back to the path we gave it.
    .map((message) => ({...message, url: message.url && fileURLToPath(message.url)}));
}

for (const [who, userAgent] of [
  ['a browser', BROWSER_USER_AGENT],
  ['a crawler', CRAWLER_USER_AGENT],
] as const) {
  test(`every page is valid HTML as ${who} gets it`, async ({playwright, baseURL}) => {
    // The checker needs a few seconds to start, then reads every page in one go.
    test.setTimeout(120_000);
    // A context of its own: no cart or session from another test in the pages.
    const request = await playwright.request.newContext({baseURL, extraHTTPHeaders: {'user-agent': userAgent}});
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trailforge-nu-'));
    try {
      const files = new Map<string, string>();
      for (const route of PAGE_ROUTES) {
        const response = await request.get(route.path);
        expect(response.status(), route.path).toBe(route.status);
        const html = await response.text();
        expect(html, route.path).toMatch(/^<!DOCTYPE html>/i);
        const file = path.join(dir, `${route.name.replace(/\W+/g, '-')}.html`);
        writeFileSync(file, html);
        // Reported back by the checker as a file: URL.
        files.set(file, route.path);
      }

      // A page with known errors proves the checker really read the files.
      const canary = path.join(dir, 'canary.html');
      writeFileSync(canary, '<!DOCTYPE html><html lang="en"><title>canary</title><p><span></p>');
      const found = await nuErrors([canary, ...files.keys()]);
      expect(found.filter((error) => error.url === canary).length, 'the known errors in canary.html').toBeGreaterThan(0);

      const errors = found.filter((error) => files.has(error.url ?? ''));
      const report = errors
        .map((error) => {
          const where = files.get(error.url ?? '') ?? error.url ?? '?';
          const extract = error.extract ? `\n      ${error.extract.replace(/\s+/g, ' ').slice(0, 160)}` : '';
          return `  ${where}:${error.lastLine ?? '?'} ${error.message}${extract}`;
        })
        .join('\n');
      expect(errors, `Nu HTML Checker errors:\n${report}`).toHaveLength(0);
    } finally {
      await request.dispose();
      rmSync(dir, {recursive: true, force: true});
    }
  });
}
