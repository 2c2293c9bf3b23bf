import {describe, expect, it} from 'vitest';
import {
  activePromos,
  isScheduledAt,
  parseScheduleTime,
  promoIfRunning,
  resolvePromoLink,
  resolveUrl,
  toPromoBanner,
  type PromoBannerNode,
} from '~/lib/marketing/promo-banner';
import {safeReturnPath} from '~/lib/marketing/dismissals';
import {dismissCookie, readDismissed} from '~/lib/marketing/dismissals.server';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const OWN = ['https://trailforge.example', 'http://localhost:3000'];

type FieldInput = PromoBannerNode['fields'][number];

function banner(handle: string, values: Record<string, string>, extra: FieldInput[] = [], updatedAt = '2026-11-01T00:00:00Z'): PromoBannerNode {
  return {
    handle,
    updatedAt,
    fields: [
      ...Object.entries(values).map(([key, value]) => ({key, type: 'single_line_text_field', value, reference: null})),
      ...extra,
    ],
  };
}

const productLink: FieldInput = {
  key: 'link_product',
  type: 'product_reference',
  value: 'gid://shopify/Product/1001',
  reference: {__typename: 'Product', handle: 'spartan-race-preparation-program'},
};

describe('the schedule', () => {
  it('runs a banner between its start and its end, end excluded', () => {
    const window = {startsAt: '2026-11-01T00:00:00Z', endsAt: '2026-12-01T00:00:00Z'};
    expect(isScheduledAt(window, NOW)).toBe(true);
    expect(isScheduledAt(window, Date.parse('2026-10-31T23:59:59Z'))).toBe(false);
    expect(isScheduledAt(window, Date.parse('2026-12-01T00:00:00Z'))).toBe(false);
  });

  it('treats a missing start or end as open-ended', () => {
    expect(isScheduledAt({startsAt: null, endsAt: null}, NOW)).toBe(true);
    expect(isScheduledAt({startsAt: null, endsAt: '2027-01-01T00:00:00Z'}, NOW)).toBe(true);
    expect(isScheduledAt({startsAt: '2026-01-01T00:00:00Z', endsAt: null}, NOW)).toBe(true);
  });

  it('hides a banner scheduled for the future or already over', () => {
    expect(isScheduledAt({startsAt: '2027-02-01T00:00:00Z', endsAt: null}, NOW)).toBe(false);
    expect(isScheduledAt({startsAt: null, endsAt: '2026-11-26T11:59:59Z'}, NOW)).toBe(false);
  });

  it('reads offsets, offset-less times as UTC, and a plain end date as the whole day', () => {
    expect(parseScheduleTime('2026-11-26T13:00:00+01:00')).toBe(NOW);
    expect(parseScheduleTime('2026-11-26T12:00:00')).toBe(NOW);
    expect(isScheduledAt({startsAt: '2026-11-26', endsAt: '2026-11-26'}, NOW)).toBe(true);
    expect(isScheduledAt({startsAt: null, endsAt: '2026-11-25'}, NOW)).toBe(false);
  });

  it('hides a banner whose dates cannot be read rather than guessing', () => {
    expect(isScheduledAt({startsAt: 'next tuesday', endsAt: null}, NOW)).toBe(false);
    expect(isScheduledAt({startsAt: null, endsAt: '31/12/2026'}, NOW)).toBe(false);
  });
});

describe('activePromos', () => {
  const nodes = [
    banner('later', {message: 'Spring', placement: 'announcement', starts_at: '2027-02-01T00:00:00Z'}),
    banner('second', {message: 'Winter', placement: 'announcement', starts_at: '2026-11-01T00:00:00Z'}),
    banner('first', {message: 'Plans', placement: 'announcement', starts_at: '2026-10-20T00:00:00Z', dismissible: 'true'}),
    banner('over', {message: 'Autumn', placement: 'announcement', ends_at: '2026-11-01T00:00:00Z'}),
    banner('article', {message: 'Program', placement: 'article_top'}),
    banner('empty', {placement: 'announcement'}),
  ];

  it('keeps the running banners of one placement, in schedule order', () => {
    const shown = activePromos(nodes, {placement: 'announcement', now: NOW});
    expect(shown.map((entry) => entry.handle)).toEqual(['first', 'second']);
  });

  it('leaves out what the reader dismissed, but only dismissible banners', () => {
    const first = toPromoBanner(nodes[2])!;
    const second = toPromoBanner(nodes[1])!;
    const dismissed = new Set([first.dismissKey, second.dismissKey]);
    const shown = activePromos(nodes, {placement: 'announcement', now: NOW, dismissed});
    expect(shown.map((entry) => entry.handle)).toEqual(['second']);
  });

  it('shows a dismissed banner again once marketing edits it', () => {
    const before = toPromoBanner(nodes[2])!;
    const edited = {...nodes[2], updatedAt: '2026-11-20T08:00:00Z'};
    const shown = activePromos([edited], {placement: 'announcement', now: NOW, dismissed: new Set([before.dismissKey])});
    expect(shown).toHaveLength(1);
  });

  it('reads a placement list as well as a single placement', () => {
    const both = banner('both', {message: 'Hi', placement: '["home","announcement"]'});
    expect(activePromos([both], {placement: 'home', now: NOW})).toHaveLength(1);
    expect(activePromos([both], {placement: 'announcement', now: NOW})).toHaveLength(1);
  });
});

describe('promoIfRunning (an article’s own promo)', () => {
  it('ignores placement but not the schedule', () => {
    const own = banner('own', {message: 'Program', placement: 'home'}, [productLink]);
    expect(promoIfRunning(own, {now: NOW})?.cta?.link.href).toBe('/products/spartan-race-preparation-program');
    const expired = banner('old', {message: 'Program', ends_at: '2026-01-01T00:00:00Z'});
    expect(promoIfRunning(expired, {now: NOW})).toBeNull();
    expect(promoIfRunning(null, {now: NOW})).toBeNull();
  });
});

describe('link resolution', () => {
  it('turns product, collection and page references into storefront paths', () => {
    const collection: FieldInput = {key: 'link_collection', type: 'collection_reference', value: 'gid://shopify/Collection/3005', reference: {__typename: 'Collection', handle: 'start-here'}};
    const page: FieldInput = {key: 'link_page', type: 'page_reference', value: 'gid://shopify/Page/6002', reference: {__typename: 'Page', handle: 'contact'}};
    expect(resolvePromoLink([collection])).toEqual({href: '/collections/start-here', external: false});
    expect(resolvePromoLink([page])).toEqual({href: '/pages/contact', external: false});
    // Product wins over the others and over a URL.
    const url: FieldInput = {key: 'link_url', type: 'url', value: 'https://example.org/', reference: null};
    expect(resolvePromoLink([url, page, collection, productLink])).toEqual({
      href: '/products/spartan-race-preparation-program',
      external: false,
    });
  });

  it('ignores an image reference and falls back to the URL field', () => {
    const image: FieldInput = {key: 'image', type: 'file_reference', value: 'gid://shopify/MediaImage/1', reference: {__typename: 'MediaImage', image: {url: 'https://cdn.test/a.png'}}};
    const url: FieldInput = {key: 'link_url', type: 'url', value: 'https://example.org/race', reference: null};
    expect(resolvePromoLink([image, url])).toEqual({href: 'https://example.org/race', external: true});
  });

  it('makes links to our own domains relative and refuses unsafe ones', () => {
    expect(resolveUrl('https://trailforge.example/collections/start-here?x=1#top', OWN)).toEqual({
      href: '/collections/start-here?x=1#top',
      external: false,
    });
    expect(resolveUrl('/pages/about')).toEqual({href: '/pages/about', external: false});
    expect(resolveUrl('javascript:alert(1)')).toBeNull();
    expect(resolveUrl('//evil.example/x')).toBeNull();
    expect(resolveUrl('data:text/html,hi')).toBeNull();
    expect(resolveUrl('   ')).toBeNull();
  });

  it('reads a link as a browser would before trusting it', () => {
    // A tab inside `/\t/host` vanishes in the browser, leaving the protocol-relative `//host`.
    expect(resolveUrl('/\t/evil.example/x')).toBeNull();
    expect(resolveUrl('/\\evil.example/x')).toBeNull();
    expect(resolveUrl('java\tscript:alert(1)')).toBeNull();
    expect(resolveUrl('jav&#x61;script:alert(1)')).toBeNull();
    expect(resolveUrl('vbscript:msgbox(1)')).toBeNull();
    // Our own domain with a path that starts `//` would become a protocol-relative link.
    expect(resolveUrl('https://trailforge.example//evil.example/x', OWN)).toBeNull();
  });

  it('has no call to action without a link, and a default label without one', () => {
    expect(toPromoBanner(banner('plain', {message: 'Just news'}))?.cta).toBeNull();
    expect(toPromoBanner(banner('labelless', {message: 'Go'}, [productLink]))?.cta?.label).toBe('Learn more');
  });
});

describe('toPromoBanner defaults', () => {
  it('falls back to the forest style, not dismissible, and drops an empty banner', () => {
    const plain = toPromoBanner(banner('plain', {message: 'Hello', style: 'neon'}))!;
    expect(plain.style).toBe('forest');
    expect(plain.dismissible).toBe(false);
    expect(toPromoBanner(banner('nothing', {placement: 'announcement'}))).toBeNull();
  });
});

describe('the dismissal cookie', () => {
  it('round-trips keys and ignores anything malformed', async () => {
    const cookie = await dismissCookie(new Set(['a:1']), 'winter-base-trail10:t3x1', {secure: true});
    expect(cookie).toMatch(/^tf_dismissed_promos=/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(await dismissCookie(new Set(), 'a:1', {secure: false})).not.toMatch(/Secure/);
    const header = `other=1; ${cookie.split(';')[0]}`;
    expect([...(await readDismissed(header))]).toEqual(['a:1', 'winter-base-trail10:t3x1']);
    expect(await readDismissed('tf_dismissed_promos=garbage')).toEqual(new Set());
    expect(await readDismissed(null)).toEqual(new Set());
  });

  it('still reads a cookie written in the format before createCookie', async () => {
    expect(await readDismissed('tf_dismissed_promos=%3Cscript%3E%7Cok%3A1')).toEqual(new Set(['ok:1']));
    expect(await readDismissed('x=1; tf_dismissed_promos=a%3A1%7Cb%3A2')).toEqual(new Set(['a:1', 'b:2']));
  });

  it('keeps only the most recent thirty', async () => {
    let keys = new Set<string>();
    for (let i = 0; i < 40; i++) {
      keys = await readDismissed((await dismissCookie(keys, `banner-${i}:1`, {secure: false})).split(';')[0]);
    }
    expect(keys.size).toBe(30);
    expect(keys.has('banner-39:1')).toBe(true);
    expect(keys.has('banner-0:1')).toBe(false);
  });

  it('sends a no-JS reader back only to a path on this site', () => {
    expect(safeReturnPath('/blogs/news?x=1')).toBe('/blogs/news?x=1');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/a\r\nSet-Cookie: x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
    // Dot segments that collapse into `//host`, and a tab a browser would drop, are refused too.
    expect(safeReturnPath('/.//evil.example/x')).toBe('/');
    expect(safeReturnPath('/\t/evil.example')).toBe('/');
    expect(safeReturnPath('//evil.example', '')).toBe('');
  });
});
