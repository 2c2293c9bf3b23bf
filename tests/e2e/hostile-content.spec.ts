/**
 * Hostile store HTML (tests/fixtures/extra-content/, loaded by the emulator through
 * EMULATOR_EXTRA_CONTENT) goes through every route that renders store HTML, and none of it
 * reaches the page live: no script but our own, no event handler, no javascript:/data: link,
 * no link to another site through `//host`, no form, frame, SVG or style, and the flag the
 * payloads try to set is never set. The unit table in tests/unit/app/content-store-html.test.ts
 * pins down the exact output; this proves what a browser makes of it.
 */
import type {Page} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';

const ROUTES = [
  {kind: 'article', path: '/blogs/hostile-fixture/hostile-article'},
  {kind: 'page', path: '/pages/hostile-page'},
  {kind: 'policy', path: '/policies/subscription-policy'},
  {kind: 'product', path: '/products/hostile-product'},
  {kind: 'collection', path: '/collections/hostile-collection'},
];

/** Records every write to `window.__pwned`, from the page or any frame it opens, before any page script runs. */
async function trapPwned(page: Page) {
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, '__pwnedHits', {value: hits});
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => hits.push(String(value)),
    });
  });
}

/** What the DOM holds that should never be there, as readable strings (empty lists when clean). */
function liveHostileContent(page: Page) {
  return page.evaluate(() => {
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    const containers = [...document.querySelectorAll('[data-store-html]')];
    const inStoreHtml = (selector: string) => containers.flatMap((container) => [...container.querySelectorAll(selector)]);
    const allElements = [...document.querySelectorAll('*')];
    const anchors = [...document.querySelectorAll('a[href]')] as HTMLAnchorElement[];
    return {
      storeHtmlBlocks: containers.length,
      // Our own scripts carry the CSP nonce; JSON-LD blocks are data, never run.
      scriptsWithoutNonce: [...document.scripts]
        .filter((script) => !script.nonce && script.type !== 'application/ld+json')
        .map(describe),
      eventHandlers: allElements.filter((element) => [...element.attributes].some((attr) => /^on/i.test(attr.name))).map(describe),
      scriptLinks: anchors.filter((anchor) => /^(javascript|data|vbscript):/i.test(anchor.protocol)).map(describe),
      otherSiteLinks: anchors
        .filter((anchor) => /evil\.example/.test(anchor.href) || /^\s*[/\\]{2}/.test(anchor.getAttribute('href') ?? ''))
        .map(describe),
      forbiddenElements: inStoreHtml(
        'script, style, iframe, frame, object, embed, form, input, button, svg, math, template, base, meta, link, noscript',
      ).map(describe),
      forbiddenAttributes: inStoreHtml('[style], [srcdoc], [class], [id="__pwned"], [formaction]').map(describe),
      unsafeImages: (inStoreHtml('img') as HTMLImageElement[]).filter((image) => !/^https?:$/.test(new URL(image.src).protocol)).map(describe),
      openerLinks: (inStoreHtml('a[target="_blank"]') as HTMLAnchorElement[])
        .filter((anchor) => !/noopener/.test(anchor.rel) || !/noreferrer/.test(anchor.rel))
        .map(describe),
      documentWide: [...document.querySelectorAll('base, iframe[srcdoc], meta[http-equiv="refresh"]')].map(describe),
      pwnedHits: (window as unknown as {__pwnedHits: string[]}).__pwnedHits,
      shadowingElement: document.getElementById('__pwned') ? 'an element with id __pwned' : null,
    };
  });
}

for (const {kind, path} of ROUTES) {
  test(`the hostile fixture on the ${kind} page (${path}) reaches the DOM only as harmless text`, async ({page, pageErrors}) => {
    // The fixture's one image points at a file that does not exist (its onerror handler is the payload).
    pageErrors.allow((issue) => issue.resourceUrl?.includes('hostile-missing-image') ?? false);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await trapPwned(page);

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // The body rendered, as text, with its headings; the script hidden in an attribute is text too.
    await expect(page.getByText('Hostile fixture body, shown as text.')).toBeVisible();
    await expect(page.getByText('Attribute holding a heading and a script')).toBeVisible();
    await expect(page.getByRole('heading', {name: 'Injected'})).toHaveCount(0);
    await expect(page.getByRole('link', {name: 'Safe new-tab link'})).toHaveAttribute('href', 'https://example.org/safe');
    // Links whose URL was refused keep their words but are no longer links.
    await expect(page.getByText('Encoded javascript link')).toBeVisible();
    await expect(page.getByRole('link', {name: /javascript link|Data link|VBScript link|Protocol-relative link|backslash link/})).toHaveCount(0);
    // Every payload had its chance: images settled and the page went quiet.
    await page.waitForLoadState('networkidle');

    const found = await liveHostileContent(page);
    expect(found.storeHtmlBlocks).toBeGreaterThan(0);
    expect(found).toEqual({
      storeHtmlBlocks: found.storeHtmlBlocks,
      scriptsWithoutNonce: [],
      eventHandlers: [],
      scriptLinks: [],
      otherSiteLinks: [],
      forbiddenElements: [],
      forbiddenAttributes: [],
      unsafeImages: [],
      openerLinks: [],
      documentWide: [],
      pwnedHits: [],
      shadowingElement: null,
    });
    expect(dialogs).toEqual([]);
    // The <style> that hid the whole page did not arrive either.
    await expect(page.locator('body')).toBeVisible();
  });
}

test('the hostile article reaches the blog feed cleaned too', async ({request}) => {
  const response = await request.get('/blogs/hostile-fixture.atom');
  expect(response.status()).toBe(200);
  const feed = await response.text();
  // The body travels as escaped HTML inside the feed: what a feed reader would render, decoded once.
  const content = feed.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  expect(content).toContain('Hostile fixture body, shown as text.');
  expect(content).not.toMatch(/<(script|style|iframe|svg|form|object|embed|base|meta)\b/i);
  expect(content).not.toMatch(/<[^>]*\s(on[a-z]+|srcdoc|style|formaction)\s*=/i);
  expect(content).not.toMatch(/<[^>]*\s(href|src)="\s*(javascript|data|vbscript):/i);
  expect(content).not.toMatch(/<[^>]*\s(href|src)="\s*[/\\]{2}/i);
});

type UserError = {field: string[] | null; message: string};

async function saveArticleBanner(emulator: EmulatorClient, handle: string, linkUrl: string) {
  const data = await emulator.admin<{metaobjectUpsert: {metaobject: {id: string} | null; userErrors: UserError[]}}>(
    `mutation SaveBanner($handle: MetaobjectHandleInput!, $metaobject: MetaobjectUpsertInput!) {
      metaobjectUpsert(handle: $handle, metaobject: $metaobject) { metaobject { id } userErrors { field message } }
    }`,
    {
      handle: {type: 'promo_banner', handle},
      metaobject: {
        fields: [
          {key: 'heading', value: 'A banner with a bad link'},
          {key: 'message', value: 'Its link leaves the site.'},
          {key: 'cta_label', value: 'Follow the bad link'},
          {key: 'link_url', value: linkUrl},
          {key: 'placement', value: 'article_top'},
        ],
        capabilities: {publishable: {status: 'ACTIVE'}},
      },
    },
  );
  expect(data.metaobjectUpsert.userErrors).toEqual([]);
  return data.metaobjectUpsert.metaobject!.id;
}

test('a banner whose link would leave the site through `//host` is shown without a link', async ({page, emulator, baseURL, pageErrors}) => {
  pageErrors.allow((issue) => issue.resourceUrl?.includes('hostile-missing-image') ?? false);
  // Admin only accepts http(s), mailto, sms and tel URLs; an address on our own site whose path
  // starts with `//` passes that check and used to become the protocol-relative link `//evil.example/…`.
  const handle = `bad-link-${Date.now().toString(36)}`;
  const bannerId = await saveArticleBanner(emulator, handle, `${baseURL}//evil.example/phish`);
  const set = await emulator.admin<{metafieldsSet: {userErrors: UserError[]}}>(
    `mutation Link($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { userErrors { field message } } }`,
    {metafields: [{ownerId: 'gid://shopify/Article/5901', namespace: 'custom', key: 'promo_banner', type: 'metaobject_reference', value: bannerId}]},
  );
  expect(set.metafieldsSet.userErrors).toEqual([]);
  try {
    await page.goto('/blogs/hostile-fixture/hostile-article');
    await expect(page.getByText('A banner with a bad link')).toBeVisible();
    await expect(page.getByRole('link', {name: 'Follow the bad link'})).toHaveCount(0);
    expect(await page.locator('a[href*="evil.example"]').count()).toBe(0);
  } finally {
    await emulator.admin(`mutation Delete($id: ID!) { metaobjectDelete(id: $id) { deletedId } }`, {id: bannerId});
  }
});
