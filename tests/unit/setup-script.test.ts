/**
 * `npm run shopify:setup` against the emulator's Admin API, in-process: the first run creates the
 * content model, the second finds everything and changes nothing.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createEmulator, type Emulator} from '../../emulator/src/emulator';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'shopify-setup.mjs');

let emulator: Emulator;
let scratch: string;

/** The real seed content, minus the definitions the script is meant to create. */
function contentWithoutDefinitions(): string {
  const dir = path.join(scratch, 'content');
  fs.cpSync(path.join(ROOT, 'emulator', 'content'), dir, {recursive: true});
  const metaobjects = JSON.parse(fs.readFileSync(path.join(dir, 'metaobjects.json'), 'utf8')) as {files?: unknown[]};
  fs.writeFileSync(path.join(dir, 'metaobjects.json'), JSON.stringify({files: metaobjects.files ?? []}));
  return dir;
}

async function setup(env: Record<string, string>) {
  const {stdout} = await run(process.execPath, [SCRIPT, `--dotenv=${path.join(scratch, 'no.env')}`], {
    cwd: scratch,
    env: {PATH: process.env.PATH ?? '', ...env},
    timeout: 30_000,
  });
  return stdout;
}

function credentials() {
  return {
    SHOPIFY_ADMIN_DOMAIN: `http://127.0.0.1:${emulator.config.port}`,
    SHOPIFY_ADMIN_CLIENT_ID: emulator.config.adminClientId,
    SHOPIFY_ADMIN_CLIENT_SECRET: emulator.config.adminClientSecret,
  };
}

/** What the run left behind, as the Admin API's repository holds it. */
function model() {
  return JSON.stringify({
    definitions: emulator.metadata.definitions(),
    metafieldDefinitions: emulator.metadata.metafieldDefinitions(),
  });
}

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trailforge-setup-'));
  emulator = createEmulator({
    contentDir: contentWithoutDefinitions(),
    dataDir: path.join(scratch, 'data'),
    port: 0,
    log: () => {},
  });
  await emulator.listen();
});

afterAll(async () => {
  await emulator?.close();
  fs.rmSync(scratch, {recursive: true, force: true});
});

describe('npm run shopify:setup', () => {
  it('creates both metaobject definitions and the promo metafields, then changes nothing on a second run', async () => {
    expect(emulator.metadata.definitionByType('promo_banner')).toBeUndefined();

    const first = await setup(credentials());
    expect(first).toMatch(/created\s+metaobject definition promo_banner/);
    expect(first).toMatch(/created\s+metaobject definition home_page/);
    expect(first).toMatch(/created\s+article metafield custom\.promo_banner/);
    expect(first).toMatch(/created\s+blog metafield custom\.default_promo_banner/);
    expect(first).toMatch(/Done: 4 created, 0 already there\./);

    // Readable by the storefront, drafts kept back, and the article metafield only accepts banners.
    const promo = emulator.metadata.definitionByType('promo_banner')!;
    expect(promo.access.storefront).toBe('PUBLIC_READ');
    expect(promo.capabilities.publishable.enabled).toBe(true);
    expect(promo.fieldDefinitions.map((field) => field.key)).toEqual(
      expect.arrayContaining(['heading', 'message', 'cta_label', 'link_product', 'link_url', 'placement', 'starts_at', 'ends_at', 'style', 'dismissible', 'image']),
    );
    expect(emulator.metadata.definitionByType('home_page')?.access.storefront).toBe('PUBLIC_READ');
    const articlePromo = emulator.metadata.metafieldDefinition('ARTICLE', 'custom', 'promo_banner')!;
    expect(articlePromo.type).toBe('metaobject_reference');
    expect(articlePromo.access.storefront).toBe('PUBLIC_READ');
    expect(articlePromo.validations).toEqual([
      {name: 'metaobject_definition_id', value: `gid://shopify/MetaobjectDefinition/${promo.id}`},
    ]);

    const before = model();
    const second = await setup(credentials());
    expect(second).toMatch(/found\s+metaobject definition promo_banner/);
    expect(second).toMatch(/Done: 0 created, 4 already there\./);
    expect(model()).toBe(before);
  });

  it('says which settings are missing instead of calling Shopify', async () => {
    const failure = await setup({SHOPIFY_ADMIN_CLIENT_ID: 'id'}).catch((error: {stderr: string; code: number}) => error);
    expect(failure).toMatchObject({code: 1});
    expect((failure as {stderr: string}).stderr).toMatch(/missing SHOPIFY_ADMIN_DOMAIN \(or PUBLIC_STORE_DOMAIN\), SHOPIFY_ADMIN_CLIENT_SECRET/);
  });

  it('reports refused credentials clearly', async () => {
    const failure = await setup({...credentials(), SHOPIFY_ADMIN_CLIENT_SECRET: 'wrong'}).catch((error: {stderr: string}) => error);
    expect((failure as {stderr: string}).stderr).toMatch(/token request was refused \(HTTP 401/);
  });
});
