/**
 * Property tests for the pure parsers that read what strangers send (URLs, forms, forged JSON):
 * whatever comes in, they never throw, and what they let through is always within the limits the
 * rest of the app relies on. Seeded and bounded (tests/support/hostile-input.ts; FUZZ_SEED replays).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {CartForm} from '@shopify/hydrogen';
import {GIFT_CARD_REMOVE_ACTION, parseCartAction} from '~/lib/cart/cart-input';
import {parseCartPermalink} from '~/lib/cart/permalink';
import {sameSitePath} from '~/lib/cart/safe-redirect';
import {MAX_QUANTITY} from '~/lib/catalog/quantity';
import {
  PAGE_PARAMS,
  SORT_OPTIONS,
  cleanFormQuery,
  facetPriceBounds,
  facetValueParam,
  parseCollectionQuery,
  productsSearchQuery,
  withoutFilter,
} from '~/lib/catalog/collection-filters';
import {COMMENT_LIMITS, parseCommentInput} from '~/lib/comments/comment-input';
import {safeReturnPath} from '~/lib/marketing/dismissals';
import {MAX_TERM_LENGTH, normalizeTerm, spellingStem, withoutSectionCursors} from '~/lib/search/search-params';
import {fuzzOptions, hostileCartInputs, hostileJson, hostileText, invalidUtf8Escapes} from '../../support/hostile-input';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const options = (name: string) => fuzzOptions(name, RUNS);

/** A raw query string, broken escapes (`%zz`, a cut `%E0%A4%A`) included: URLSearchParams must cope. */
const rawQuery = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('sort', 'cursor', 'direction', 'filter.v.price.gte', 'filter.v.price.lte', 'filter.v.availability', 'filter.p.tag', 'filter.p.vendor', 'filter.p.product_type', 'q'), hostileText.map((slug) => `filter.v.option.${slug}`), hostileText),
      fc.oneof(hostileText, invalidUtf8Escapes, fc.constantFrom('%zz', '%E0%A4%A', '%', '1e309', '-0', '0x10', '12.345')),
    ),
    {maxLength: 30},
  )
  .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponentSafe(key)}=${value}`).join('&'));

/** encodeURIComponent, with lone surrogates (which it throws on) replaced first. */
function encodeURIComponentSafe(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

// eslint-disable-next-line no-control-regex -- control characters are what these paths must never hold
const CONTROL = /[\u0000-\u001f\u007f]/;

function expectSameSite(path: string) {
  expect(path.startsWith('/')).toBe(true);
  expect(path.startsWith('//') || path.startsWith('/\\')).toBe(false);
  expect(CONTROL.test(path)).toBe(false);
  expect(new URL(path, 'https://shop.example').origin).toBe('https://shop.example');
}

describe('cart input (forged CartForm JSON)', () => {
  const actions = fc.constantFrom(...Object.values(CartForm.ACTIONS), GIFT_CARD_REMOVE_ACTION, 'Unknown', '');
  const inputs = fc.oneof(
    hostileJson,
    hostileCartInputs(),
  );

  it('never throws, and only lets through changes within the limits', () => {
    fc.assert(
      fc.property(actions, inputs, (action, forged) => {
        const parsed = parseCartAction({action, inputs: forged});
        if (!parsed.ok) {
          expect(parsed.message).toMatch(/\w/);
          if (parsed.giftCardCode !== undefined) expect(parsed.giftCardCode.length).toBeLessThanOrEqual(40);
          return;
        }
        const change = parsed.action;
        switch (change.type) {
          case 'add':
            for (const line of change.lines) {
              expect(line.merchandiseId).toMatch(/^gid:\/\/shopify\/ProductVariant\/[\w?=&-]+$/);
              expect(Number.isInteger(line.quantity) && line.quantity >= 1 && line.quantity <= MAX_QUANTITY).toBe(true);
            }
            break;
          case 'update':
            for (const line of change.lines) {
              expect(line.id).toMatch(/^gid:\/\/shopify\/CartLine\//);
              expect(Number.isInteger(line.quantity) && line.quantity >= 0 && line.quantity <= MAX_QUANTITY).toBe(true);
            }
            break;
          case 'remove':
            for (const id of change.lineIds) expect(id).toMatch(/^gid:\/\/shopify\/CartLine\/[\w?=&-]+$/);
            break;
          case 'discount':
            for (const code of change.codes) expect(code).toMatch(/^[\w-]{1,64}$/);
            break;
          case 'note':
            expect(change.note.length).toBeLessThanOrEqual(1000);
            break;
          case 'giftCard':
            expect(change.code).toMatch(/^[A-Z0-9]{8,20}$/);
            break;
          case 'giftCardRemove':
            expect(change.appliedGiftCardId).toMatch(/^gid:\/\/shopify\/AppliedGiftCard\/\w+$/);
            break;
        }
      }),
      {
        ...options('cart-input'),
        // Found by the HTTP fuzzer (a 500 on /cart): an object with its own toString made String() throw.
        examples: [
          ['CustomGiftCardRemove', {appliedGiftCardId: {toString: {}}}],
          ['LinesAdd', {lines: [{merchandiseId: {toString: 1}}]}],
          ['LinesAdd', {lines: [{merchandiseId: 'gid://shopify/ProductVariant/2001', quantity: {valueOf: 1, toString: 1}}]}],
          ['DiscountCodesUpdate', {discountCodes: [{toString: 1}]}],
        ],
      },
    );
  });
});

describe('cart permalinks (/cart/:lines)', () => {
  const segment = fc.oneof(
    hostileText,
    fc
      .array(fc.tuple(fc.bigInt({min: -1n, max: 10n ** 22n}), fc.integer({min: -5, max: 100_000})), {minLength: 1, maxLength: 30})
      .map((lines) => lines.map(([id, quantity]) => `${id}:${quantity}`).join(',')),
  );

  it('never throws; accepted links have numeric variants, at most 25 lines and quantities within the cap', () => {
    fc.assert(
      fc.property(segment, (raw) => {
        const parsed = parseCartPermalink(raw);
        if (!parsed.ok) {
          expect(parsed.message).toMatch(/\w/);
          return;
        }
        expect(parsed.lines.length).toBeGreaterThan(0);
        expect(parsed.lines.length).toBeLessThanOrEqual(25);
        for (const line of parsed.lines) {
          expect(line.merchandiseId).toMatch(/^gid:\/\/shopify\/ProductVariant\/\d{1,20}$/);
          expect(line.quantity >= 1 && line.quantity <= MAX_QUANTITY).toBe(true);
        }
      }),
      options('permalink'),
    );
  });

  it('reads back any well-formed link it could have been given', () => {
    const lines = fc.uniqueArray(fc.tuple(fc.integer({min: 1, max: 2 ** 40}), fc.integer({min: 1, max: MAX_QUANTITY})), {
      minLength: 1,
      maxLength: 25,
      selector: ([id]) => id,
    });
    fc.assert(
      fc.property(lines, (wanted) => {
        const parsed = parseCartPermalink(wanted.map(([id, quantity]) => `${id}:${quantity}`).join(','));
        expect(parsed).toEqual({
          ok: true,
          lines: wanted.map(([id, quantity]) => ({merchandiseId: `gid://shopify/ProductVariant/${id}`, quantity})),
        });
      }),
      options('permalink-roundtrip'),
    );
  });
});

describe('same-site redirects (/discount?redirect=, return_to)', () => {
  const target = fc.oneof(
    hostileText,
    fc.tuple(fc.constantFrom('/', '//', '/\\', '/./', '/.//', '/%2F', '\\', 'https://', ' /', '/\t/'), hostileText).map(([head, tail]) => head + tail),
  );

  it('sameSitePath only ever answers a path on this site', () => {
    fc.assert(
      fc.property(target, (value) => expectSameSite(sameSitePath(value))),
      options('same-site-path'),
    );
  });

  it('safeReturnPath only ever answers a path on this site', () => {
    fc.assert(
      fc.property(fc.oneof(target, hostileJson), (value) => expectSameSite(safeReturnPath(value))),
      options('safe-return-path'),
    );
  });

  it('a plain path comes back as it was', () => {
    const plain = fc.stringMatching(/^\/[a-z0-9-]{1,20}(\/[a-z0-9-]{1,20}){0,3}(\?[a-z]{1,5}=[a-z0-9]{1,5})?$/);
    fc.assert(
      fc.property(plain, (path) => {
        expect(sameSitePath(path)).toBe(path);
        expect(safeReturnPath(path)).toBe(path);
      }),
      options('plain-path'),
    );
  });
});

describe('collection filters and sort (?filter.*, ?sort)', () => {
  it('never throws on any query string, and passes on only bounded, valid filters', () => {
    fc.assert(
      fc.property(rawQuery, (query) => {
        const state = parseCollectionQuery(new URLSearchParams(query));
        expect(SORT_OPTIONS).toContain(state.sort);
        expect(state.active.length).toBeLessThanOrEqual(24);
        expect(state.filters.length).toBeLessThanOrEqual(25);
        for (const filter of state.filters) {
          const text = filter.variantOption?.value ?? filter.tag ?? filter.productVendor ?? filter.productType;
          if (typeof text === 'string') {
            expect(text.trim().length).toBeGreaterThan(0);
            expect(text.length).toBeLessThanOrEqual(100);
          }
        }
        const {min, max} = state.price;
        for (const bound of [min, max]) {
          if (bound !== null) expect(Number.isFinite(bound) && bound >= 0 && bound <= 1_000_000).toBe(true);
        }
        if (min !== null && max !== null) expect(min).toBeLessThanOrEqual(max);
        // Shopify's search syntax built from them stays well-formed: every quote is closed.
        const search = productsSearchQuery(state.filters) ?? '';
        expect(search.replace(/\\./g, '').split('"').length % 2).toBe(1);
      }),
      options('collection-query'),
    );
  });

  it('links that change the filters never keep a page cursor', () => {
    fc.assert(
      fc.property(rawQuery, hostileText, hostileText, (query, key, value) => {
        const params = new URLSearchParams(withoutFilter(`?${query}`, {key, value}));
        for (const page of PAGE_PARAMS) expect(params.has(page)).toBe(false);
        const form = new URLSearchParams(cleanFormQuery(new URLSearchParams(query).entries()));
        for (const page of PAGE_PARAMS) expect(form.has(page)).toBe(false);
      }),
      options('collection-links'),
    );
  });

  it('facet inputs that are not the JSON Shopify sends are ignored, not thrown on', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.json(), hostileJson.map((value) => JSON.stringify(value) ?? '')), (input) => {
        const param = facetValueParam(input);
        if (param) expect(typeof param.value).toBe('string');
        const bounds = facetPriceBounds(input);
        if (bounds) expect(Number.isFinite(bounds.min) && Number.isFinite(bounds.max)).toBe(true);
      }),
      options('facet-input'),
    );
  });
});

describe('search terms (?q=) and section cursors', () => {
  it('a term is trimmed, single-spaced and capped', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const term = normalizeTerm(raw);
        expect(term.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
        expect(term).not.toMatch(/\s{2}|[\n\r\t]/);
        expect(term.trimStart()).toBe(term);
        const stem = spellingStem(term);
        // Three whole characters: a letter outside the BMP is never cut in half.
        if (stem !== null) expect(stem).toMatch(/^[\p{L}\p{N}]{3}$/u);
      }),
      // Once cut a character outside the BMP in half.
      {...options('search-term'), examples: [['𐀀¹¹'], ['𐀀𐀀𐀀𐀀 ok']]},
    );
  });

  it('starting the sections over drops every section cursor and keeps the term', () => {
    fc.assert(
      fc.property(rawQuery, hostileText, (query, q) => {
        const url = new URL(`https://shop.example/search?${query}&products_cursor=x&articles_direction=previous`);
        url.searchParams.set('q', q);
        const next = new URL(withoutSectionCursors(url), 'https://shop.example');
        for (const key of next.searchParams.keys()) expect(key).not.toMatch(/^(products|articles|pages)_(cursor|direction)$/);
        expect(next.searchParams.get('q')).toBe(url.searchParams.get('q'));
      }),
      options('search-cursors'),
    );
  });
});

describe('comment form fields', () => {
  const field = fc.oneof(hostileText, fc.constantFrom('Ada', 'ada@example.com', 'A thoughtful comment.'));

  it('never throws; accepted comments are within the limits, refused ones keep what was typed (up to each field’s limit)', () => {
    fc.assert(
      fc.property(field, field, field, (name, email, body) => {
        const form = new FormData();
        form.set('name', name);
        form.set('email', email);
        form.set('body', body);
        // FormData keeps strings as given (lone surrogates included): compare with what it holds.
        const typed = {name: String(form.get('name')).trim(), email: String(form.get('email')).trim(), body: String(form.get('body')).trim()};
        const parsed = parseCommentInput(form);
        if (parsed.ok) {
          expect(parsed.values.name.length).toBeGreaterThan(0);
          expect(parsed.values.name.length).toBeLessThanOrEqual(COMMENT_LIMITS.name);
          expect(parsed.values.email.length).toBeLessThanOrEqual(COMMENT_LIMITS.email);
          expect(parsed.values.body.length).toBeGreaterThanOrEqual(COMMENT_LIMITS.bodyMin);
          expect(parsed.values.body.length).toBeLessThanOrEqual(COMMENT_LIMITS.bodyMax);
          expect(`${parsed.values.name}${parsed.values.body}`).not.toMatch(/<[a-z/!]/i);
        } else {
          // What was typed comes back, cut to what each field accepts (no oversized echo).
          expect(parsed.values).toEqual({
            name: typed.name.slice(0, COMMENT_LIMITS.name),
            email: typed.email.slice(0, COMMENT_LIMITS.email),
            body: typed.body.slice(0, COMMENT_LIMITS.bodyMax),
          });
          expect(Object.keys(parsed.fieldErrors).length).toBeGreaterThan(0);
        }
      }),
      options('comment-input'),
    );
  });
});
