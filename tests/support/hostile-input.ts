/**
 * fast-check arbitraries for what bots and careless links throw at a storefront: huge values, any
 * Unicode (lone surrogates included), control characters and NUL, HTML/JS, SQL-ish and template-ish
 * text, and bytes that are not UTF-8 at all. Shared by the unit properties (tests/unit) and the
 * HTTP fuzzing of the production build (tests/e2e/fuzz.spec.ts).
 *
 * Every property runs from a fixed seed, so a failure is reproducible: FUZZ_SEED overrides it, and
 * fast-check prints the seed and path of any counterexample.
 */
import fc from 'fast-check';

/** The seed every fuzz property starts from (FUZZ_SEED overrides it to explore or to replay). */
export const FUZZ_SEED = parseSeed(process.env.FUZZ_SEED);

function parseSeed(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 20_261_129;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got "${raw}"`);
  return seed;
}

/** fast-check options for one property: its own seed (derived from FUZZ_SEED) and a bounded run count. */
export function fuzzOptions(property: string, numRuns: number): {seed: number; numRuns: number} {
  let hash = 0;
  for (const char of property) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return {seed: (FUZZ_SEED ^ hash) | 0, numRuns};
}

/** Hand-picked classics: markup and script, SQL, templates, traversal, URL tricks, odd whitespace. */
export const HOSTILE_SAMPLES = [
  '',
  ' ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  "' OR '1'='1' --",
  '1; DROP TABLE products; --',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  '//evil.example/x',
  '/\\evil.example',
  'https://evil.example/',
  '\u0000',
  'a\u0000b',
  '\r\nSet-Cookie: pwned=1',
  '\u202e\u200b\ufeff',
  '%',
  '%%',
  '%00',
  '%zz',
  '+',
  '&&==',
  '[]',
  '{"__proto__":{"polluted":true}}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(40),
  '🏃‍♀️🏔️',
  'Ω≈ç√∫˜µ≤≥÷',
  'gid://shopify/ProductVariant/1',
  'gid://shopify/ProductVariant/../../Customer/1',
] as const;

const controlChars = fc
  .array(fc.integer({min: 0, max: 0x1f}), {minLength: 1, maxLength: 8})
  .map((codes) => String.fromCharCode(...codes));

/** Any code point, surrogate halves included (what a broken client can send). */
const anyCodePoints = fc.string({unit: 'binary', maxLength: 24});

const graphemes = fc.string({unit: 'grapheme', maxLength: 24});

/** Long enough to hit every length cap, short enough to stay under the form body limit. */
const huge = fc
  .tuple(fc.constantFrom('x', 'é', '<b>', '💥', 'a '), fc.integer({min: 300, max: 3000}))
  .map(([piece, times]) => piece.repeat(times));

/** One hostile text value (not yet encoded for a URL or a form). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SAMPLES)},
  {weight: 2, arbitrary: anyCodePoints},
  {weight: 2, arbitrary: graphemes},
  {weight: 1, arbitrary: controlChars},
  {weight: 1, arbitrary: huge},
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_SAMPLES), anyCodePoints, controlChars), {maxLength: 4})
      .map((parts) => parts.join('')),
  },
);

/** Percent-encodes every byte of the UTF-8 form except unreserved ASCII (lone surrogates become U+FFFD). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Well-formed percent escapes of bytes that are not valid UTF-8 (stray continuations, overlongs, cut sequences). */
export const invalidUtf8Escapes: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.integer({min: 0x80, max: 0xff}).map((byte) => [byte]),
      fc.constantFrom([0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0xa4], [0xff, 0xfe]),
    ),
    {minLength: 1, maxLength: 4},
  )
  .map((groups) => groups.flat().map((byte) => `%${byte.toString(16).toUpperCase()}`).join(''));

/**
 * A URL path segment or query value, already encoded: hostile text, raw invalid UTF-8 escapes, or
 * both glued together. (Syntactically broken escapes such as `%zz` are left to the unit properties:
 * MiniOxygen's local router fails on them before the app sees the request; Oxygen has no such router.)
 */
export const hostileUrlComponent: fc.Arbitrary<string> = fc
  .oneof(
    {weight: 4, arbitrary: hostileText.map(percentEncode)},
    {weight: 1, arbitrary: invalidUtf8Escapes},
    {
      weight: 1,
      arbitrary: fc.tuple(hostileText, invalidUtf8Escapes).map(([text, bytes]) => `${percentEncode(text)}${bytes}`),
    },
  )
  .map(capUrlComponent);

/**
 * At most 4 KB, cut at an escape boundary: Oxygen's edge refuses URLs over 16 KB with a 414 before
 * the worker runs, so longer ones only test the local server, not the app.
 */
export function capUrlComponent(encoded: string, max = 4096): string {
  return encoded.length <= max ? encoded : encoded.slice(0, max).replace(/%[0-9A-F]?$/, '');
}

/**
 * What a forged JSON field can hold instead of the string or number a form sends: other types, and
 * objects whose own `toString`/`valueOf` make String() and Number() throw.
 */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 3, arbitrary: hostileText},
  {weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null))},
  {
    weight: 2,
    arbitrary: fc.dictionary(
      fc.constantFrom('toString', 'valueOf', '__proto__', 'constructor', 'length', '0'),
      fc.jsonValue({maxDepth: 1}),
      {minKeys: 1, maxKeys: 3},
    ),
  },
  {weight: 1, arbitrary: fc.array(hostileText, {maxLength: 3})},
);

/**
 * The `inputs` of a forged cart change: every field CartForm's actions read, each free to hold hostile
 * JSON instead of what the action expects. `merchandiseId`/`quantity` can be given real-looking values
 * so some changes get as far as the Storefront API.
 */
export function hostileCartInputs({
  merchandiseId = hostileJson,
  quantity = hostileJson,
}: {merchandiseId?: fc.Arbitrary<unknown>; quantity?: fc.Arbitrary<unknown>} = {}) {
  const listOr = (item: fc.Arbitrary<unknown>) => fc.oneof(fc.array(item, {maxLength: 3}), hostileJson);
  return fc.record(
    {
      lines: listOr(fc.record({merchandiseId, id: hostileJson, quantity}, {requiredKeys: []})),
      lineIds: listOr(hostileJson),
      discountCode: hostileJson,
      discountCodes: listOr(hostileJson),
      giftCardCode: hostileJson,
      appliedGiftCardId: hostileJson,
      note: hostileJson,
      quantity: hostileJson,
    },
    {requiredKeys: []},
  );
}
