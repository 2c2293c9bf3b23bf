import {decodeEncodedVariant, getAdjacentAndFirstAvailableVariants, getProductOptions} from '@shopify/hydrogen-react';
import sharp from 'sharp';
import {beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

const PRODUCT_QUERY = `query Product($handle: String!, $selectedOptions: [SelectedOptionInput!]!) {
  product(handle: $handle) {
    id title handle vendor descriptionHtml description tags
    encodedVariantExistence encodedVariantAvailability
    options { name optionValues { name firstSelectableVariant { ...Variant } swatch { color } } }
    selectedOrFirstAvailableVariant(selectedOptions: $selectedOptions, ignoreUnknownOptions: true, caseInsensitiveMatch: true) { ...Variant }
    adjacentVariants(selectedOptions: $selectedOptions) { ...Variant }
    priceRange { minVariantPrice { amount } maxVariantPrice { amount } }
    compareAtPriceRange { maxVariantPrice { amount } }
    seo { title description }
  }
}
fragment Variant on ProductVariant {
  id availableForSale title sku requiresShipping
  price { amount currencyCode } compareAtPrice { amount }
  image { url altText width height }
  selectedOptions { name value }
  product { handle title }
}`;

describe('catalog', () => {
  let emu: TestEmulator;
  beforeAll(() => {
    emu = makeEmulator();
  });

  it('echoes requested handles and returns null for unknown ones', async () => {
    const {body} = await emu.gql(`{
      product(handle: "trail-pack") { handle }
      collection(handle: "all-programs") { handle }
      blog(handle: "news") { handle articleByHandle(handle: "hill-repeats") { handle } missing: articleByHandle(handle: "nope") { handle } }
      page(handle: "about") { handle }
      p: product(handle: "Trail-Pack") { handle }
      c: collection(handle: "all") { handle }
      b: blog(handle: "nope") { handle }
      pg: page(handle: "nope") { handle }
    }`);
    expect(body.data).toEqual({
      product: {handle: 'trail-pack'},
      collection: {handle: 'all-programs'},
      blog: {handle: 'news', articleByHandle: {handle: 'hill-repeats'}, missing: null},
      page: {handle: 'about'},
      p: null,
      c: null,
      b: null,
      pg: null,
    });
  });

  it("serves what Hydrogen's getProductOptions needs, with an encoding it decodes", async () => {
    const {body} = await emu.gql(PRODUCT_QUERY, {handle: 'trail-pack', selectedOptions: [{name: 'Size', value: 'M'}, {name: 'Color', value: 'Red'}]});
    expect(body.errors).toBeUndefined();
    const product = body.data.product;
    // Sizes S,M,L × Red,Blue with L/Blue missing; M/Red exists but is sold out.
    expect(decodeEncodedVariant(product.encodedVariantExistence)).toEqual([[0, 0], [0, 1], [1, 0], [1, 1], [2, 0]]);
    expect(decodeEncodedVariant(product.encodedVariantAvailability)).toEqual([[0, 0], [0, 1], [1, 1], [2, 0]]);
    expect(product.selectedOrFirstAvailableVariant).toMatchObject({sku: 'TP-M-R', availableForSale: false});
    expect(product.adjacentVariants.map((v: {sku: string}) => v.sku)).toEqual(['TP-S-R', 'TP-M-B', 'TP-L-R']);

    const options = getProductOptions(product);
    const size = options.find((o) => o.name === 'Size')!;
    const color = options.find((o) => o.name === 'Color')!;
    expect(size.optionValues.map((v) => [v.name, v.selected, v.exists, v.available])).toEqual([
      ['S', false, true, true],
      // M is selectable at the top level because M/Blue is available.
      ['M', true, true, true],
      ['L', false, true, true],
    ]);
    expect(color.optionValues.map((v) => [v.name, v.selected, v.exists, v.available])).toEqual([
      ['Red', true, true, false],
      ['Blue', false, true, true],
    ]);
    expect(getAdjacentAndFirstAvailableVariants(product).length).toBeGreaterThan(0);
    expect(product.priceRange).toEqual({minVariantPrice: {amount: '10.0'}, maxVariantPrice: {amount: '14.0'}});
    expect(product.compareAtPriceRange.maxVariantPrice.amount).toBe('12.5');
    expect(product.description).toBe('A pack of trail sessions.');
  });

  it('falls back to the first available variant and matches options case-insensitively when asked', async () => {
    const {body} = await emu.gql(
      `query($o: [SelectedOptionInput!]!) { product(handle: "trail-pack") {
        none: selectedOrFirstAvailableVariant { sku }
        ci: selectedOrFirstAvailableVariant(selectedOptions: $o, caseInsensitiveMatch: true) { sku }
        exact: variantBySelectedOptions(selectedOptions: [{name: "Size", value: "L"}, {name: "Color", value: "Red"}]) { sku }
        partial: variantBySelectedOptions(selectedOptions: [{name: "Size", value: "L"}]) { sku }
        gone: variantBySelectedOptions(selectedOptions: [{name: "Size", value: "L"}, {name: "Color", value: "Blue"}]) { sku }
      } }`,
      {o: [{name: 'size', value: 'l'}]},
    );
    expect(body.data.product).toEqual({
      none: {sku: 'TP-S-R'},
      ci: {sku: 'TP-L-R'},
      exact: {sku: 'TP-L-R'},
      partial: null,
      gone: null,
    });
  });

  it('gives a single-variant product the Default Title option', async () => {
    const {body} = await emu.gql(`{ product(handle: "simple-plan") { options { name optionValues { name } } encodedVariantExistence
      selectedOrFirstAvailableVariant { title selectedOptions { name value } } } }`);
    expect(body.data.product).toEqual({
      options: [{name: 'Title', optionValues: [{name: 'Default Title'}]}],
      encodedVariantExistence: 'v1_0',
      selectedOrFirstAvailableVariant: {title: 'Default Title', selectedOptions: [{name: 'Title', value: 'Default Title'}]},
    });
  });

  it('sorts and filters collection products', async () => {
    const handles = async (args: string) => {
      const {body} = await emu.gql(`{ collection(handle: "all-programs") { products(first: 10${args}) { nodes { handle } filters { id } } } }`);
      expect(body.errors).toBeUndefined();
      return body.data.collection.products.nodes.map((n: {handle: string}) => n.handle);
    };
    expect(await handles('')).toEqual(['beast-program', 'trail-pack', 'simple-plan']);
    expect(await handles(', sortKey: PRICE')).toEqual(['trail-pack', 'simple-plan', 'beast-program']);
    expect(await handles(', sortKey: TITLE, reverse: true')).toEqual(['trail-pack', 'simple-plan', 'beast-program']);
    expect(await handles(', filters: [{tag: "obstacle"}]')).toEqual(['beast-program', 'trail-pack']);
    expect(await handles(', filters: [{tag: "obstacle"}, {productVendor: "Other Vendor"}]')).toEqual(['beast-program']);
    expect(await handles(', filters: [{price: {min: 15, max: 100}}]')).toEqual(['simple-plan']);
    expect(await handles(', filters: [{variantOption: {name: "Color", value: "blue"}}]')).toEqual(['trail-pack']);
  });

  it('filters and sorts products with the search syntax', async () => {
    const handles = async (args: string) => {
      const {body} = await emu.gql(`{ products(first: 10${args}) { nodes { handle } } }`);
      expect(body.errors).toBeUndefined();
      return body.data.products.nodes.map((n: {handle: string}) => n.handle);
    };
    expect(await handles(', query: "tag:obstacle"')).toEqual(['trail-pack', 'beast-program']);
    expect(await handles(', query: "tag:obstacle -vendor:\\"Other Vendor\\""')).toEqual(['trail-pack']);
    expect(await handles(', query: "product_type:Guide OR title:Beast*"')).toEqual(['simple-plan', 'beast-program']);
    expect(await handles(', query: "variants.price:>100"')).toEqual(['beast-program']);
    expect(await handles(', sortKey: CREATED_AT')).toEqual(['beast-program', 'trail-pack', 'simple-plan']);
  });

  it('answers urlRedirects only for defined paths', async () => {
    const q = 'query($q: String) { urlRedirects(first: 1, query: $q) { edges { node { path target } } } }';
    expect((await emu.gql(q, {q: 'path:/blogs/news/dry-needling-explained'})).body.data.urlRedirects.edges).toEqual([
      {node: {path: '/blogs/news/dry-needling-explained', target: '/blogs/news/what-is-dry-needling'}},
    ]);
    expect((await emu.gql(q, {q: 'path:/products/unknown'})).body.data.urlRedirects.edges).toEqual([]);
  });

  it('builds menus with absolute urls on the primary domain and resource ids', async () => {
    const {body} = await emu.gql(`{ menu(handle: "main-menu") { id handle items { id title type url resourceId resource { __typename } items { title url resourceId } } } }`);
    const menu = body.data.menu;
    expect(menu.id).toBe('gid://shopify/Menu/8001');
    expect(menu.items.map((i: {title: string; url: string; resourceId: string | null}) => [i.title, i.url, i.resourceId])).toEqual([
      ['Programs', 'https://fixture.example/collections/all', null],
      ['Journal', 'https://fixture.example/blogs/news', 'gid://shopify/Blog/4001'],
      ['Dry needling', 'https://fixture.example/blogs/news/what-is-dry-needling', 'gid://shopify/Article/5001'],
      ['About', 'https://fixture.example/pages/about', 'gid://shopify/Page/6001'],
      ['Privacy', 'https://fixture.example/policies/privacy-policy', 'gid://shopify/ShopPolicy/9001'],
      ['Home', 'https://fixture.example/', null],
      ['Elsewhere', 'https://example.org/', null],
    ]);
    expect(menu.items[0].items).toEqual([
      {title: 'All programs', url: 'https://fixture.example/collections/all-programs', resourceId: 'gid://shopify/Collection/3001'},
    ]);
    expect(menu.items[1].resource).toEqual({__typename: 'Blog'});
    expect((await emu.gql('{ menu(handle: "nope") { id } }')).body.data.menu).toBeNull();
  });

  it('searches products, pages and articles', async () => {
    const {body} = await emu.gql(`{
      search(query: "hills", first: 10) { totalCount productFilters { id } nodes { __typename ... on Product { handle } ... on Article { handle } ... on Page { handle } } }
      products: search(query: "obstacle", first: 10, types: [PRODUCT]) { totalCount nodes { ... on Product { handle } } }
      predictiveSearch(query: "beast", limit: 5) { products { handle } articles { handle } pages { handle } collections { handle } queries { text styledText } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.search.totalCount).toBe(3);
    expect(body.data.search.productFilters.map((f: {id: string}) => f.id)).toContain('filter.v.availability');
    expect(body.data.search.nodes).toEqual(
      expect.arrayContaining([{__typename: 'Product', handle: 'beast-program'}, {__typename: 'Page', handle: 'about'}, {__typename: 'Article', handle: 'hill-repeats'}]),
    );
    // Relevance: beast-program mentions "obstacle" in its tags and description, trail-pack only in its tags.
    expect(body.data.products.nodes.map((n: {handle: string}) => n.handle)).toEqual(['beast-program', 'trail-pack']);
    expect(body.data.predictiveSearch.products).toEqual([{handle: 'beast-program'}]);
    expect(body.data.predictiveSearch.articles).toEqual([{handle: 'first-beast'}]);
    expect(body.data.predictiveSearch.queries[0]).toEqual({text: 'beast program', styledText: '<mark>beast</mark> program'});
  });

  it('serves shop, policies, localization and ACTIVE metaobjects only', async () => {
    const {body} = await emu.gql(`{
      shop { id name primaryDomain { url host } brand { slogan } privacyPolicy { title body url } termsOfService { title } paymentSettings { currencyCode countryCode } }
      localization { country { isoCode currency { isoCode } } language { isoCode } }
      metaobject(handle: {type: "promo_banner", handle: "spring-sale"}) { handle field(key: "product") { value reference { ... on Product { handle } } } }
      draft: metaobject(handle: {type: "promo_banner", handle: "draft-sale"}) { handle }
      metaobjects(type: "promo_banner", first: 10) { nodes { handle } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.shop).toEqual({
      id: 'gid://shopify/Shop/1',
      name: 'Fixture Athletics',
      primaryDomain: {url: 'https://fixture.example', host: 'fixture.example'},
      brand: {slogan: 'Test the terrain.'},
      privacyPolicy: {title: 'Privacy Policy', body: '<p>We keep your data safe.</p>', url: 'https://fixture.example/policies/privacy-policy'},
      termsOfService: null,
      paymentSettings: {currencyCode: 'USD', countryCode: 'US'},
    });
    expect(body.data.localization).toEqual({country: {isoCode: 'US', currency: {isoCode: 'USD'}}, language: {isoCode: 'EN'}});
    expect(body.data.metaobject).toEqual({handle: 'spring-sale', field: {value: 'gid://shopify/Product/1001', reference: {handle: 'trail-pack'}}});
    expect(body.data.draft).toBeNull();
    expect(body.data.metaobjects.nodes).toEqual([{handle: 'spring-sale'}]);
  });

  it('resolves nodes of several types', async () => {
    const {body} = await emu.gql(`{ nodes(ids: ["gid://shopify/Product/1002", "gid://shopify/Collection/3001", "gid://shopify/Page/6001", "gid://shopify/ProductVariant/2004", "gid://shopify/Product/42"]) {
      __typename id ... on Product { handle } ... on ProductVariant { sku }
    } }`);
    expect(body.data.nodes).toEqual([
      {__typename: 'Product', id: 'gid://shopify/Product/1002', handle: 'simple-plan'},
      {__typename: 'Collection', id: 'gid://shopify/Collection/3001'},
      {__typename: 'Page', id: 'gid://shopify/Page/6001'},
      {__typename: 'ProductVariant', id: 'gid://shopify/ProductVariant/2004', sku: 'TP-M-B'},
      null,
    ]);
  });

  it('hands out absolute image urls that honour transforms', async () => {
    const {body} = await emu.gql(`{ product(handle: "trail-pack") { featuredImage {
      url small: url(transform: {maxWidth: 200, maxHeight: 100, crop: TOP}) altText width height
    } } }`);
    expect(body.data.product.featuredImage).toEqual({
      url: 'http://127.0.0.1:4999/cdn/images/hero.svg',
      small: 'http://127.0.0.1:4999/cdn/images/hero.svg?width=200&height=100&crop=top',
      altText: 'Alt for hero.svg',
      width: 1600,
      height: 1600,
    });
  });

  it('rasterises images to the requested size, crop and format', async () => {
    const original = await emu.fetch('/cdn/images/hero.svg');
    expect(original.headers.get('content-type')).toBe('image/svg+xml');

    const webp = await emu.fetch('/cdn/images/hero.svg?width=300', {headers: {accept: 'image/avif,image/webp,*/*'}});
    expect(webp.headers.get('content-type')).toBe('image/webp');
    expect(webp.headers.get('cache-control')).toContain('max-age=31536000');
    expect(webp.headers.get('vary')).toBe('Accept');
    const meta = await sharp(Buffer.from(await webp.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 300, 300]);

    // Hydrogen's <Image> appends its own width to a url that already has one: the last one wins.
    const cropped = await emu.fetch('/cdn/images/hero.svg?width=999&width=200&height=100&crop=top', {headers: {accept: 'image/jpeg'}});
    const cropMeta = await sharp(Buffer.from(await cropped.arrayBuffer())).metadata();
    expect([cropMeta.format, cropMeta.width, cropMeta.height]).toEqual(['jpeg', 200, 100]);
    // The top crop keeps the yellow band at the top of the fixture art.
    const {data} = await sharp(Buffer.from(await (await emu.fetch('/cdn/images/hero.svg?width=200&height=100&crop=top&format=png')).arrayBuffer()))
      .raw()
      .toBuffer({resolveWithObject: true});
    expect([data[0], data[1], data[2]]).toEqual([0xd9, 0xa4, 0x41]);

    // Never larger than the intrinsic size from the content.
    const big = await emu.fetch('/cdn/images/detail.svg?width=5000&format=png');
    const bigMeta = await sharp(Buffer.from(await big.arrayBuffer())).metadata();
    expect([bigMeta.width, bigMeta.height]).toEqual([1600, 900]);

    expect((await emu.fetch('/cdn/images/missing.svg?width=10')).status).toBe(404);
    expect((await emu.fetch('/cdn/images/..%2Fshop.json')).status).toBe(404);
  });

  it('falls back to resized SVGs without sharp', async () => {
    const plain = makeEmulator({rasterizeImages: false});
    const response = await plain.fetch('/cdn/images/detail.svg?width=400&height=400&crop=left');
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/<svg[^>]* width="400" height="400" viewBox="0 0 90 90"/);
  });
});
