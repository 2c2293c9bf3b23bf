/**
 * Promo banners (`promo_banner` metaobjects): turning the Storefront API's field list into what
 * the page renders, checking the schedule against the request time, and resolving the link.
 * Pure functions, so the rules are unit-tested (tests/unit/app/marketing-promo.test.ts).
 */
import {safeHref} from '~/lib/links/safe-href';

export const PROMO_PLACEMENTS = ['announcement', 'article_top', 'article_inline', 'home'] as const;
export type PromoPlacement = (typeof PROMO_PLACEMENTS)[number];

export const PROMO_STYLES = ['forest', 'clay', 'stone'] as const;
export type PromoStyle = (typeof PROMO_STYLES)[number];

export interface PromoImage {
  id?: string | null;
  url: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
}

export interface PromoLink {
  href: string;
  /** True for another site: rendered as a plain <a>, never a client-side route. */
  external: boolean;
}

export interface PromoBanner {
  handle: string;
  /** handle + updatedAt: a dismissal is forgotten when marketing edits the banner. */
  dismissKey: string;
  heading: string | null;
  message: string;
  cta: {label: string; link: PromoLink} | null;
  placements: PromoPlacement[];
  startsAt: string | null;
  endsAt: string | null;
  style: PromoStyle;
  dismissible: boolean;
  image: PromoImage | null;
}

/** The shape the PromoBanner fragment returns (kept structural so codegen types fit). */
export interface PromoBannerNode {
  handle: string;
  updatedAt: string;
  fields: ReadonlyArray<{
    key: string;
    type: string;
    value?: string | null;
    reference?: PromoReference | null;
  }>;
}

export type PromoReference =
  | {__typename: 'Product' | 'Collection' | 'Page'; handle: string}
  | {__typename: 'MediaImage'; image?: PromoImage | null}
  | {__typename: string};

const PATH_FOR: Record<string, string> = {
  Product: '/products/',
  Collection: '/collections/',
  Page: '/pages/',
};

/** The storefront path of a referenced product, collection or page; null for anything else. */
export function referencePath(reference: PromoReference | null | undefined): string | null {
  if (!reference || !('handle' in reference)) return null;
  const prefix = PATH_FOR[reference.__typename];
  return prefix && reference.handle ? `${prefix}${encodeURIComponent(reference.handle)}` : null;
}

/**
 * A link typed into admin (a url field or text). Site paths stay paths; an absolute URL on one of
 * our own domains becomes a path; other http(s) URLs are external. Anything else (javascript:,
 * protocol-relative `//host`, garbage) is dropped.
 */
export function resolveUrl(raw: string | null | undefined, ownDomains: ReadonlyArray<string | null | undefined> = []): PromoLink | null {
  // The shared link check first: it reads the value as a browser would (tabs, entities, `/\host`).
  const value = safeHref(raw);
  if (!value) return null;
  if (value.startsWith('/')) return {href: value, external: false};
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const own = ownDomains.some((domain) => domain && hostOf(domain) === url.host);
  if (own) {
    const path = safeHref(`${url.pathname}${url.search}${url.hash}`);
    return path ? {href: path, external: false} : null;
  }
  return {href: url.toString(), external: true};
}

function hostOf(domain: string): string | null {
  try {
    return new URL(domain.includes('://') ? domain : `https://${domain}`).host;
  } catch {
    return null;
  }
}

/** The link fields, in the order they win (promo_banner definition: "the first of product, collection, page, URL"). */
const LINK_REFERENCE_KEYS = ['link_product', 'link_collection', 'link_page', 'link'];

/**
 * The banner's link: a product, collection or page reference wins (its path can't go stale when
 * a handle changes in admin); otherwise the link_url field.
 */
export function resolvePromoLink(
  fields: PromoBannerNode['fields'],
  ownDomains: ReadonlyArray<string | null | undefined> = [],
): PromoLink | null {
  const byKey = (key: string) => fields.find((field) => field.key === key);
  for (const key of LINK_REFERENCE_KEYS) {
    const path = referencePath(byKey(key)?.reference);
    if (path) return {href: path, external: false};
  }
  // Any other product/collection/page reference (a field marketing added later).
  for (const field of fields) {
    const path = referencePath(field.reference);
    if (path) return {href: path, external: false};
  }
  return resolveUrl(byKey('link_url')?.value ?? byKey('link')?.value, ownDomains);
}

/**
 * A date or date_time field as epoch milliseconds. Shopify writes date_time with an offset
 * ("2026-05-01T09:00:00+00:00"); one without an offset is read as UTC. A plain date ("2026-05-01")
 * starts at midnight UTC — and, as an end date, means "through that day" (`endOfDay`).
 */
export function parseScheduleTime(value: string | null | undefined, {endOfDay = false} = {}): number | null | 'invalid' {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = Date.parse(`${text}T00:00:00Z`);
    if (Number.isNaN(start)) return 'invalid';
    return endOfDay ? start + 24 * 60 * 60 * 1000 : start;
  }
  const hasOffset = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(text);
  const time = Date.parse(hasOffset ? text : `${text}Z`);
  return Number.isNaN(time) ? 'invalid' : time;
}

/**
 * Whether a banner runs at `now`: started (or no start) and not yet ended (or no end). The end is
 * exclusive. An unreadable date hides the banner: better no promo than one outside its window.
 */
export function isScheduledAt(banner: Pick<PromoBanner, 'startsAt' | 'endsAt'>, now: number): boolean {
  const start = parseScheduleTime(banner.startsAt);
  const end = parseScheduleTime(banner.endsAt, {endOfDay: true});
  if (start === 'invalid' || end === 'invalid') return false;
  if (start !== null && start > now) return false;
  if (end !== null && end <= now) return false;
  return true;
}

/** Schedule order: the earliest start first (no start counts as earliest), then the soonest end. */
export function compareSchedule(a: PromoBanner, b: PromoBanner): number {
  const start = (banner: PromoBanner) => numeric(parseScheduleTime(banner.startsAt), -Infinity);
  const end = (banner: PromoBanner) => numeric(parseScheduleTime(banner.endsAt, {endOfDay: true}), Infinity);
  return start(a) - start(b) || end(a) - end(b) || a.handle.localeCompare(b.handle);
}

function numeric(value: number | null | 'invalid', fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function placementsOf(value: string | null | undefined): PromoPlacement[] {
  if (!value) return [];
  let values: unknown = value;
  if (value.trim().startsWith('[')) {
    try {
      values = JSON.parse(value);
    } catch {
      values = [];
    }
  }
  const list = Array.isArray(values) ? values : [values];
  return list
    .map((entry) => String(entry).trim().toLowerCase().replace(/[\s-]+/g, '_'))
    .filter((entry): entry is PromoPlacement => (PROMO_PLACEMENTS as readonly string[]).includes(entry));
}

const DEFAULT_CTA_LABEL = 'Learn more';

/** Epoch seconds in base 36: short, and changes whenever the banner is saved. */
export function dismissKeyFor(handle: string, updatedAt: string): string {
  const time = Date.parse(updatedAt);
  return `${handle}:${Number.isNaN(time) ? '0' : Math.floor(time / 1000).toString(36)}`;
}

/**
 * A banner as the page renders it, or null when it has nothing to say (no message and no
 * heading). Missing optional fields get safe defaults: style forest, not dismissible.
 */
export function toPromoBanner(
  node: PromoBannerNode,
  ownDomains: ReadonlyArray<string | null | undefined> = [],
): PromoBanner | null {
  const text = (key: string) => {
    const value = node.fields.find((field) => field.key === key)?.value?.trim();
    return value ? value : null;
  };
  const heading = text('heading');
  const message = text('message') ?? '';
  if (!heading && !message) return null;

  const link = resolvePromoLink(node.fields, ownDomains);
  const style = text('style')?.toLowerCase();
  const imageField = node.fields.find((field) => field.key === 'image')?.reference;
  const image = imageField && 'image' in imageField && imageField.image ? imageField.image : null;

  return {
    handle: node.handle,
    dismissKey: dismissKeyFor(node.handle, node.updatedAt),
    heading,
    message,
    cta: link ? {label: text('cta_label') ?? DEFAULT_CTA_LABEL, link} : null,
    placements: placementsOf(text('placement')),
    startsAt: text('starts_at'),
    endsAt: text('ends_at'),
    style: (PROMO_STYLES as readonly string[]).includes(style ?? '') ? (style as PromoStyle) : 'forest',
    dismissible: text('dismissible') === 'true',
    image: image?.url ? image : null,
  };
}

/**
 * The banners to show in one placement at `now`, in schedule order, leaving out those the
 * reader dismissed (only dismissible ones can be).
 */
export function activePromos(
  nodes: ReadonlyArray<PromoBannerNode>,
  {
    placement,
    now,
    dismissed = new Set<string>(),
    ownDomains = [],
  }: {
    placement: PromoPlacement;
    now: number;
    dismissed?: ReadonlySet<string>;
    ownDomains?: ReadonlyArray<string | null | undefined>;
  },
): PromoBanner[] {
  return nodes
    .map((node) => toPromoBanner(node, ownDomains))
    .filter((banner): banner is PromoBanner => banner !== null)
    .filter((banner) => banner.placements.includes(placement))
    .filter((banner) => isScheduledAt(banner, now))
    .filter((banner) => !(banner.dismissible && dismissed.has(banner.dismissKey)))
    .sort(compareSchedule);
}

/**
 * One banner chosen explicitly (an article's `custom.promo_banner`): shown whatever its placement,
 * but only within its schedule and unless the reader dismissed it.
 */
export function promoIfRunning(
  node: PromoBannerNode | null | undefined,
  {
    now,
    dismissed = new Set<string>(),
    ownDomains = [],
  }: {now: number; dismissed?: ReadonlySet<string>; ownDomains?: ReadonlyArray<string | null | undefined>},
): PromoBanner | null {
  const banner = node ? toPromoBanner(node, ownDomains) : null;
  if (!banner || !isScheduledAt(banner, now)) return null;
  if (banner.dismissible && dismissed.has(banner.dismissKey)) return null;
  return banner;
}
