/**
 * The one check for every link an editor or the store's HTML controls (body links and images,
 * menus, banners, the home page): only http(s), mailto and tel URLs and same-site relative URLs
 * survive. `javascript:`, `data:`, `vbscript:` and every other scheme are refused, and so are
 * protocol-relative URLs (`//host`, `/\host`, `\\host`), which a browser reads as another site.
 *
 * Browsers decode character references before reading an attribute, drop tabs and newlines
 * anywhere in a URL and trim spaces and control characters around it, so the check reads the
 * value the same way first: `jav&#x61;script:` and `java\tscript:` are both refused. Redirect
 * targets have their own, stricter rule (same-site paths only): app/lib/cart/safe-redirect.ts.
 */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

// Matching control characters is the point here: browsers skip them inside URLs.
// eslint-disable-next-line no-control-regex
const CONTROL_AND_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const INVISIBLE_IN_URL = /[\t\n\r]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

const NAMED_REFERENCES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  num: '#',
  quest: '?',
  period: '.',
  amp: '&',
  lpar: '(',
  rpar: ')',
};

/**
 * Decodes numeric character references and the named ones that can spell a scheme or a slash.
 * Values from an HTML parser are decoded already; decoding again only makes the check stricter.
 */
function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (match, body: string) => {
    if (body[0] !== '#') return NAMED_REFERENCES[body.toLowerCase()] ?? match;
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** How a browser reads the start of a URL: decoded, lower-cased, every space and control character gone. */
function squeeze(value: string): string {
  return decodeReferences(value).replace(CONTROL_AND_SPACE, '').toLowerCase();
}

/**
 * The URL to put in an `href` or `src`, or null when it must not be linked. A kept URL is trimmed
 * and loses the tabs and newlines a browser would ignore anyway; nothing else about it changes.
 */
export function safeHref(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim().replace(INVISIBLE_IN_URL, '');
  if (!value || value.length > 4096) return null;
  const squeezed = squeeze(value);
  if (!squeezed) return null;
  // `//host`, `/\host`, `\\host`, `\/host`: another site, whatever the scheme of the page.
  if (/^[/\\]{2}/.test(squeezed)) return null;
  const scheme = SCHEME.exec(squeezed)?.[1];
  if (scheme) return SAFE_SCHEMES.has(scheme) ? value : null;
  // A colon before the first `/`, `?` or `#` without a valid scheme is not a relative URL we trust.
  const beforePath = squeezed.split(/[/?#]/, 1)[0];
  if (beforePath.includes(':')) return null;
  // A backslash anywhere before the path turns into a slash in http(s) URLs.
  if (beforePath.includes('\\')) return null;
  return value;
}

/** True when `safeHref` would keep the URL. */
export function isSafeHref(raw: string | null | undefined): boolean {
  return safeHref(raw) !== null;
}

/** True for an http(s) URL (to another site, once our own domains are turned into paths). */
export function isAbsoluteHttpUrl(href: string): boolean {
  return /^https?:\/\//i.test(href);
}
