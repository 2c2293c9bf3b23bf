/**
 * Durability: comments, subscribers and carts survive a `kill -9` of the emulator mid-write. The emulator
 * runs as a real child process on a temp data folder; three clients write as fast as they can (carts over
 * the Storefront API, comments over Admin REST, subscribers over Admin GraphQL), the process is SIGKILLed
 * while requests are in flight, and after a restart every acknowledged write is there and every data file
 * parses (nothing was moved aside as corrupt).
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {makeContent, PUBLIC_TOKEN, tempDir} from './helpers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SERVER = path.join(ROOT, 'emulator', 'server.ts');
const CLIENT_ID = 'durability-client';
const CLIENT_SECRET = 'durability-secret';
/** Acknowledged writes (all kinds) before the kill. */
const KILL_AFTER = 45;

interface Running {
  child: ChildProcess;
  origin: string;
  exited: Promise<unknown>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function start(contentDir: string, dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      EMULATOR_PORT: '0',
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_CONTENT_DIR: contentDir,
      EMULATOR_DATA_DIR: dataDir,
      EMULATOR_PUBLIC_TOKEN: PUBLIC_TOKEN,
      EMULATOR_ADMIN_CLIENT_ID: CLIENT_ID,
      EMULATOR_ADMIN_CLIENT_SECRET: CLIENT_SECRET,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        resolve({child, origin: match[1]!, exited});
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`emulator exited (${code}) before listening:\n${output}`)));
  });
}

async function adminToken(origin: string): Promise<string> {
  const response = await fetch(`${origin}/admin/oauth/access_token`, {
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET}),
  });
  return ((await response.json()) as {access_token: string}).access_token;
}

function storefront(origin: string, query: string, variables?: Record<string, unknown>) {
  return fetch(`${origin}/api/2025-04/graphql.json`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'x-shopify-storefront-access-token': PUBLIC_TOKEN},
    body: JSON.stringify({query, variables}),
  });
}

function admin(origin: string, token: string, pathname: string, body?: unknown) {
  return fetch(`${origin}/admin/api/2025-07/${pathname}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {'content-type': 'application/json', 'x-shopify-access-token': token},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('durability under kill -9', () => {
  it('keeps every acknowledged comment, subscriber and cart, and every data file parses', async () => {
    const contentDir = makeContent();
    const dataDir = tempDir('durability');
    const first = await start(contentDir, dataDir);
    const token = await adminToken(first.origin);

    const acked = {carts: [] as string[], comments: [] as number[], subscribers: [] as string[]};
    const total = () => acked.carts.length + acked.comments.length + acked.subscribers.length;
    let killed = false;
    let inFlightAtKill = 0;
    let inFlight = 0;
    const kill = () => {
      if (killed) return;
      killed = true;
      inFlightAtKill = inFlight;
      first.child.kill('SIGKILL');
    };
    const safety = setTimeout(kill, 8_000);

    /** Runs one kind of write until the kill; records what the server acknowledged (2xx with the new id). */
    const writer = async (write: (n: number) => Promise<void>) => {
      for (let n = 0; !killed; n++) {
        inFlight++;
        try {
          await write(n);
        } catch {
          // The connection died with the process: this write was never acknowledged.
        } finally {
          inFlight--;
        }
        if (total() >= KILL_AFTER) kill();
      }
    };

    await Promise.all([
      writer(async () => {
        const response = await storefront(first.origin, 'mutation { cartCreate(input: {note: "durable"}) { cart { id } } }');
        const body = (await response.json()) as {data?: {cartCreate: {cart: {id: string}}}};
        if (response.ok && body.data) acked.carts.push(body.data.cartCreate.cart.id);
      }),
      writer(async (n) => {
        const response = await admin(first.origin, token, 'comments.json', {
          comment: {body: `Durable comment ${n}`, author: 'Dana Durable', email: 'dana@example.com', blog_id: 4001, article_id: 5001},
        });
        const body = (await response.json()) as {comment?: {id: number}};
        if (response.status === 201 && body.comment) acked.comments.push(body.comment.id);
      }),
      writer(async (n) => {
        const email = `durable-${n}@example.com`;
        const response = await admin(first.origin, token, 'graphql.json', {
          query: 'mutation($input: CustomerInput!) { customerCreate(input: $input) { customer { id } userErrors { message } } }',
          variables: {input: {email}},
        });
        const body = (await response.json()) as {data?: {customerCreate: {customer: {id: string} | null}}};
        if (response.ok && body.data?.customerCreate.customer) acked.subscribers.push(email);
      }),
    ]);
    clearTimeout(safety);
    await first.exited;

    // Killed mid-stream, with writes of every kind acknowledged.
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(acked.carts.length).toBeGreaterThan(0);
    expect(acked.comments.length).toBeGreaterThan(0);
    expect(acked.subscribers.length).toBeGreaterThan(0);

    // Every data file parses as it is on disk, before the restart touches anything.
    const files = fs.readdirSync(dataDir).filter((name) => name.endsWith('.json'));
    expect(files).toEqual(expect.arrayContaining(['carts.json', 'comments.json', 'customers.json']));
    for (const name of files) expect(() => JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8')), name).not.toThrow();

    const second = await start(contentDir, dataDir);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('.corrupt-') || name.endsWith('.tmp'))).toEqual([]);

    for (const id of acked.carts) {
      const response = await storefront(second.origin, 'query($id: ID!) { cart(id: $id) { id note } }', {id});
      const body = (await response.json()) as {data: {cart: {id: string; note: string} | null}};
      expect(body.data.cart, id).toEqual({id, note: 'durable'});
    }
    // The Admin token issued before the kill is still valid: tokens are durable too.
    for (const id of acked.comments) {
      const response = await admin(second.origin, token, `comments/${id}.json`);
      expect(response.status, `comment ${id}`).toBe(200);
    }
    const response = await admin(second.origin, token, 'graphql.json', {
      query: '{ customers(first: 250, query: "email:durable-*") { nodes { email } } }',
    });
    const body = (await response.json()) as {data: {customers: {nodes: {email: string}[]}}};
    const stored = new Set(body.data.customers.nodes.map((c) => c.email));
    for (const email of acked.subscribers) expect(stored.has(email), email).toBe(true);

    second.child.kill('SIGTERM');
    await second.exited;
  }, 20_000);
});
