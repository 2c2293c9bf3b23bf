/**
 * The real seed content (emulator/content) loads cleanly and serves the pages the storefront links to.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, tempDir, type TestEmulator} from './helpers';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../emulator/content');

describe('seed content', () => {
  let emu: TestEmulator;
  const warnings: string[] = [];
  beforeAll(() => {
    emu = makeEmulator({contentDir: CONTENT, dataDir: tempDir('seed'), log: (m) => warnings.push(m)});
  });

  it('loads without warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('serves the flagship product, the news blog and its dry needling article', async () => {
    const {body} = await emu.gql(`{
      product(handle: "spartan-race-preparation-program") { handle encodedVariantExistence selectedOrFirstAvailableVariant { availableForSale requiresShipping } }
      blog(handle: "news") { handle articleByHandle(handle: "what-is-dry-needling") { handle title contentHtml } }
      menu(handle: "main-menu") { items { url } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.product.handle).toBe('spartan-race-preparation-program');
    expect(body.data.product.selectedOrFirstAvailableVariant).toEqual({availableForSale: true, requiresShipping: false});
    expect(body.data.blog.articleByHandle.handle).toBe('what-is-dry-needling');
    expect(body.data.blog.articleByHandle.contentHtml).not.toMatch(/src="\/cdn\//);
    expect(body.data.menu.items.length).toBeGreaterThan(0);
  });

  it('has an image file for every image the content references', async () => {
    const missing: string[] = [];
    for (const file of emu.content.imagesByFile.keys()) {
      const response = await emu.fetch(`/cdn/images/${file}`);
      if (response.status !== 200) missing.push(file);
    }
    expect(missing).toEqual([]);
  });
});
