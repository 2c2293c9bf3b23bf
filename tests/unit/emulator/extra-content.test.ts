import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

interface Fixture {
  product: {title: string; descriptionHtml: string};
  collection: {products: {nodes: Array<{handle: string}>}};
  page: {title: string};
  blog: {articleByHandle: {contentHtml: string}};
  shop: {subscriptionPolicy: {handle: string; title: string}; privacyPolicy: {handle: string}};
}
type Listing = {products: {nodes: Array<{handle: string}>}};

const EXTRA = path.resolve('tests/fixtures/extra-content');

describe('extra content folder (EMULATOR_EXTRA_CONTENT)', () => {
  let emu: TestEmulator;
  beforeAll(() => {
    emu = makeEmulator({extraContentDir: EXTRA});
  });

  it('serves its product, collection, page, article and policy by handle', async () => {
    const {body} = await emu.gql(`{
      product(handle: "hostile-product") { title descriptionHtml }
      collection(handle: "hostile-collection") { title products(first: 5) { nodes { handle } } }
      page(handle: "hostile-page") { title }
      blog(handle: "hostile-fixture") { articleByHandle(handle: "hostile-article") { title contentHtml } }
      shop { subscriptionPolicy { handle title body } privacyPolicy { handle } }
    }`);
    expect(body.errors).toBeUndefined();
    const data = body.data as unknown as Fixture;
    expect(data.product.title).toBe('Hostile Product');
    expect(data.product.descriptionHtml).toContain('Hostile fixture body');
    expect(data.collection.products.nodes).toEqual([{handle: 'hostile-product'}]);
    expect(data.page.title).toBe('Hostile Page');
    expect(data.blog.articleByHandle.contentHtml).toContain('<script>');
    expect(data.shop.subscriptionPolicy).toMatchObject({handle: 'subscription-policy', title: 'Subscription Policy'});
    expect(data.shop.privacyPolicy).toEqual({handle: 'privacy-policy'});
  });

  it('never lists them, so the rest of the shop looks the same', async () => {
    const {body} = await emu.gql(`{
      products(first: 250) { nodes { handle } }
      collections(first: 250) { nodes { handle } }
      pages(first: 250) { nodes { handle } }
      blogs(first: 250) { nodes { handle } }
      articles(first: 250) { nodes { handle } }
    }`);
    const handles = JSON.stringify(body.data);
    expect(handles).not.toMatch(/hostile/);
    const plain = makeEmulator();
    const {body: before} = await plain.gql('{ products(first: 250) { nodes { handle } } }');
    expect((body.data as unknown as Listing).products).toEqual((before.data as unknown as Listing).products);
  });
});
