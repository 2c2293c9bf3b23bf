/**
 * Test helpers: a small, deterministic seed-content folder written to a temp dir (so tests never depend
 * on the real content being edited in parallel), and an in-process emulator around it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createEmulator, type CreateEmulatorOptions, type Emulator} from '../../../emulator/src/emulator';

export const PUBLIC_TOKEN = 'test-public-token';
export const PRIVATE_TOKEN = 'test-private-token';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `emulator-${prefix}-`));
}

function write(dir: string, file: string, value: unknown) {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), {recursive: true});
  fs.writeFileSync(full, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

interface FixtureOptions {
  /** Extra generated products (ids 1101+), for pagination and sitemap tests. */
  extraProducts?: number;
}

/** Writes the fixture content folder and returns its path. */
export function makeContent(options: FixtureOptions = {}): string {
  const dir = tempDir('content');
  write(dir, 'shop.json', {
    id: 1,
    name: 'Fixture Athletics',
    description: 'Fixture shop',
    currencyCode: 'USD',
    primaryDomain: 'https://fixture.example',
    brand: {slogan: 'Test the terrain.', shortDescription: 'Fixtures'},
    policies: [
      {id: 9001, type: 'privacyPolicy', handle: 'privacy-policy', title: 'Privacy Policy', bodyFile: 'policies/privacy-policy.html'},
      {id: 9002, type: 'refundPolicy', handle: 'refund-policy', title: 'Refund Policy', bodyFile: 'policies/refund-policy.html'},
    ],
  });
  write(dir, 'policies/privacy-policy.html', '<p>We keep your data safe.</p>');
  write(dir, 'policies/refund-policy.html', '<p>Refunds within 30 days.</p>');
  write(dir, 'menus.json', {
    'main-menu': {
      id: 8001,
      title: 'Main menu',
      items: [
        {title: 'Programs', type: 'COLLECTION', handle: 'all', items: [{title: 'All programs', type: 'COLLECTION', handle: 'all-programs'}]},
        {title: 'Journal', type: 'BLOG', handle: 'news'},
        {title: 'Dry needling', type: 'ARTICLE', blog: 'news', handle: 'what-is-dry-needling'},
        {title: 'About', type: 'PAGE', handle: 'about'},
        {title: 'Privacy', type: 'SHOP_POLICY', handle: 'privacy-policy'},
        {title: 'Home', type: 'FRONTPAGE'},
        {title: 'Elsewhere', type: 'HTTP', url: 'https://example.org/'},
      ],
    },
  });
  write(dir, 'redirects.json', [
    {id: 9901, path: '/blogs/news/dry-needling-explained', target: '/blogs/news/what-is-dry-needling'},
  ]);

  const image = (file: string, w = 1600, h = 900) => ({file, alt: `Alt for ${file}`, width: w, height: h});
  write(dir, 'products/trail-pack.json', {
    id: 1001,
    handle: 'trail-pack',
    title: 'Trail Pack Program',
    vendor: 'Fixture Athletics',
    productType: 'Training program',
    tags: ['flagship', 'obstacle'],
    descriptionHtml: '<p>A <strong>pack</strong> of trail sessions.</p>',
    seo: {title: null, description: null},
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-02-01T00:00:00Z',
    publishedAt: '2026-01-02T00:00:00Z',
    options: [
      {name: 'Size', values: ['S', 'M', 'L']},
      {name: 'Color', values: ['Red', 'Blue']},
    ],
    variants: [
      {id: 2001, sku: 'TP-S-R', options: {Size: 'S', Color: 'Red'}, price: '10.00', compareAtPrice: '12.50', availableForSale: true, requiresShipping: false, image: 'hero.svg'},
      {id: 2002, sku: 'TP-S-B', options: {Size: 'S', Color: 'Blue'}, price: '10.00', compareAtPrice: null, availableForSale: true, requiresShipping: false},
      {id: 2003, sku: 'TP-M-R', options: {Size: 'M', Color: 'Red'}, price: '12.00', compareAtPrice: null, availableForSale: false, requiresShipping: false},
      {id: 2004, sku: 'TP-M-B', options: {Size: 'M', Color: 'Blue'}, price: '12.00', compareAtPrice: null, availableForSale: true, requiresShipping: false},
      {id: 2005, sku: 'TP-L-R', options: {Size: 'L', Color: 'Red'}, price: '14.00', compareAtPrice: null, availableForSale: true, requiresShipping: false},
    ],
    images: [image('hero.svg', 1600, 1600), image('detail.svg', 1600, 900)],
    metafields: [{namespace: 'custom', key: 'level', type: 'single_line_text_field', value: 'Intermediate'}],
  });
  write(dir, 'products/simple-plan.json', {
    id: 1002,
    handle: 'simple-plan',
    title: 'Simple Plan',
    vendor: 'Fixture Athletics',
    productType: 'Guide',
    tags: ['recovery'],
    descriptionHtml: '<p>One plan, one price.</p>',
    seo: {title: 'Simple SEO', description: 'Simple description'},
    createdAt: '2026-03-01T00:00:00Z',
    publishedAt: '2026-03-01T00:00:00Z',
    variants: [{id: 2101, sku: 'SP', price: '19.99', compareAtPrice: '29.99', availableForSale: true, requiresShipping: false}],
    images: [image('detail.svg')],
  });
  write(dir, 'products/beast-program.json', {
    id: 1003,
    handle: 'beast-program',
    title: 'Beast Program',
    vendor: 'Other Vendor',
    productType: 'Training program',
    tags: ['obstacle', 'beast'],
    descriptionHtml: '<p>Long obstacle race preparation with hills.</p>',
    createdAt: '2025-12-01T00:00:00Z',
    publishedAt: '2025-12-01T00:00:00Z',
    options: [{name: 'Length', values: ['12 weeks']}],
    variants: [{id: 2201, options: {Length: '12 weeks'}, price: '149.00', availableForSale: true, requiresShipping: false}],
    images: [],
  });
  for (let i = 0; i < (options.extraProducts ?? 0); i++) {
    const id = 1101 + i;
    write(dir, `products/extra-${id}.json`, {
      id,
      handle: `extra-${id}`,
      title: `Extra ${String(i).padStart(3, '0')}`,
      vendor: 'Bulk',
      productType: 'Bulk',
      tags: [],
      descriptionHtml: '<p>Bulk</p>',
      createdAt: '2026-01-01T00:00:00Z',
      variants: [{id: 10000 + i, price: '1.00'}],
      images: [],
    });
  }
  write(dir, 'collections/all-programs.json', {
    id: 3001,
    handle: 'all-programs',
    title: 'All Programs',
    descriptionHtml: '<p>Every program.</p>',
    image: image('detail.svg'),
    seo: {title: null, description: null},
    updatedAt: '2026-01-01T00:00:00Z',
    products: ['beast-program', 'trail-pack', 'simple-plan'],
  });

  write(dir, 'blogs/news/blog.json', {
    id: 4001,
    handle: 'news',
    title: 'Training & Recovery Journal',
    commentPolicy: 'MODERATED',
    seo: {title: null, description: 'Journal'},
  });
  write(dir, 'blogs/stories/blog.json', {id: 4002, handle: 'stories', title: 'Athlete Stories', commentPolicy: 'CLOSED'});
  const author = (name: string) => {
    const [firstName, lastName] = name.split(' ');
    return {name, firstName, lastName, email: `${firstName!.toLowerCase()}@fixture.example`, bio: `${name} writes here.`};
  };
  const articles: [string, number, string, string, string, string[], string][] = [
    // blog, id, handle, title, author, tags, publishedAt
    ['news', 5001, 'what-is-dry-needling', 'What Is Dry Needling?', 'Maya Okafor', ['recovery', 'mobility'], '2026-09-14T08:00:00Z'],
    ['news', 5002, 'hill-repeats', 'Hill Repeats for Racers', 'Callum Reyes', ['training', 'hills'], '2026-08-01T08:00:00Z'],
    ['news', 5003, 'sleep-and-recovery', 'Sleep, the Recovery Tool', 'Priya Nandakumar', ['recovery', 'news'], '2026-10-06T08:00:00Z'],
    ['news', 5004, 'grip-strength', 'Grip Strength Basics', 'Callum Reyes', ['strength'], '2026-07-10T08:00:00Z'],
    ['stories', 5005, 'first-beast', 'My First Beast', 'Ana Lima', ['recovery', 'story'], '2026-06-01T08:00:00Z'],
  ];
  for (const [blog, id, handle, title, name, tags, publishedAt] of articles) {
    write(dir, `blogs/${blog}/articles/${handle}.json`, {
      id,
      handle,
      title,
      author: author(name),
      publishedAt,
      updatedAt: id === 5004 ? '2026-11-01T00:00:00Z' : publishedAt,
      tags,
      excerptHtml: `<p>Excerpt of <em>${title}</em> &amp; more.</p>`,
      image: image(`${handle}.svg`),
      seo: {title: null, description: null},
      metafields: id === 5001 ? [{namespace: 'custom', key: 'promo_banner', type: 'single_line_text_field', value: 'spring-sale'}] : [],
    });
    write(
      dir,
      `blogs/${blog}/articles/${handle}.html`,
      `<p>Body of ${title}. ${handle === 'hill-repeats' ? 'Hills hills hills and needling.' : ''}</p>\n<p><img src="/cdn/images/hero.svg" alt="Diagram" width="1600" height="1600"></p>`,
    );
  }
  write(dir, 'comments.json', [
    {id: 7001, blog: 'news', article: 'what-is-dry-needling', author: {name: 'Jordan P.', email: 'jordan@example.com'}, body: 'Great read.\n\nThanks!', status: 'published', createdAt: '2026-09-15T10:00:00Z', ip: '203.0.113.7'},
    {id: 7002, blog: 'news', article: 'what-is-dry-needling', author: {name: 'Spammer', email: 'spam@example.com'}, body: 'Buy now', status: 'spam', createdAt: '2026-09-15T11:00:00Z'},
    {id: 7003, blog: 'news', article: 'what-is-dry-needling', author: {name: 'Pending Pat', email: 'pat@example.com'}, body: 'Waiting', status: 'pending', createdAt: '2026-09-15T12:00:00Z'},
    {id: 7004, blog: 'news', article: 'what-is-dry-needling', author: {name: 'Sam R.', email: 'sam@example.com'}, body: 'Second <b>published</b>', status: 'published', createdAt: '2026-09-16T12:00:00Z'},
  ]);
  write(dir, 'pages/about.json', {id: 6001, handle: 'about', title: 'About Fixture', bodySummary: null, seo: {title: null, description: 'About us'}, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-05T00:00:00Z'});
  write(dir, 'pages/about.html', '<h2>Who we are</h2><p>Coaches who love hills.</p>');
  write(dir, 'metaobjects.json', [
    {id: 11001, type: 'promo_banner', handle: 'spring-sale', status: 'ACTIVE', updatedAt: '2026-03-01T00:00:00Z', fields: [{key: 'title', type: 'single_line_text_field', value: 'Spring sale'}, {key: 'product', type: 'product_reference', value: 'gid://shopify/Product/1001'}]},
    {id: 11002, type: 'promo_banner', handle: 'draft-sale', status: 'DRAFT', updatedAt: '2026-03-02T00:00:00Z', fields: [{key: 'title', type: 'single_line_text_field', value: 'Draft'}]},
  ]);
  fs.mkdirSync(path.join(dir, 'images'), {recursive: true});
  for (const file of fs.readdirSync(path.join(FIXTURES, 'images'))) {
    fs.copyFileSync(path.join(FIXTURES, 'images', file), path.join(dir, 'images', file));
  }
  return dir;
}

/** A GraphQL response body as tests read it (loosely typed on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GqlBody = {data?: any; errors?: any};

export interface TestEmulator extends Emulator {
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{
    status: number;
    body: GqlBody;
  }>;
}

export function makeEmulator(options: CreateEmulatorOptions & FixtureOptions = {}): TestEmulator {
  const emulator = createEmulator({
    contentDir: options.contentDir ?? makeContent(options),
    dataDir: options.dataDir ?? tempDir('data'),
    port: 4999,
    publicToken: PUBLIC_TOKEN,
    privateToken: PRIVATE_TOKEN,
    log: () => {},
    ...options,
  });
  return Object.assign(emulator, {
    async gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      const response = await emulator.fetch('/api/2025-04/graphql.json', {
        method: 'POST',
        headers: {'content-type': 'application/json', 'x-shopify-storefront-access-token': PUBLIC_TOKEN, ...headers},
        body: JSON.stringify({query, variables}),
      });
      return {status: response.status, body: (await response.json()) as GqlBody};
    },
  });
}
