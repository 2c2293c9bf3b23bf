/**
 * The home page as marketing edits it: the `home_page` metaobject (handle `home`). Every field is
 * optional — a missing metaobject, an empty field or a broken reference falls back to today's
 * defaults — so the home page never breaks because of an edit in admin. Pure functions,
 * unit-tested in tests/unit/app/marketing-home.test.ts.
 */
import {referencePath, resolveUrl, type PromoImage, type PromoLink, type PromoReference} from '~/lib/marketing/promo-banner';

export const HOME_SECTIONS = ['hero', 'promo', 'featured_collection', 'latest_articles', 'newsletter'] as const;
export type HomeSection = (typeof HOME_SECTIONS)[number];

/** Today's page, in order, when marketing has not chosen one. */
export const DEFAULT_SECTION_ORDER: HomeSection[] = ['hero', 'promo', 'featured_collection', 'latest_articles', 'newsletter'];

/** Words marketing might reasonably type for a section, mapped to the section. */
const SECTION_ALIASES: Record<string, HomeSection> = {
  hero: 'hero',
  promo: 'promo',
  promos: 'promo',
  promo_banner: 'promo',
  promo_banners: 'promo',
  featured_collection: 'featured_collection',
  featured_products: 'featured_collection',
  collection: 'featured_collection',
  products: 'featured_collection',
  programs: 'featured_collection',
  latest_articles: 'latest_articles',
  featured_articles: 'latest_articles',
  articles: 'latest_articles',
  journal: 'latest_articles',
  newsletter: 'newsletter',
};

export interface HomeField<R> {
  key: string;
  type: string;
  value?: string | null;
  reference?: R | null;
}

/** A JSON list field's values (list.single_line_text_field), or one plain value. */
export function listValue(value: string | null | undefined): string[] {
  const text = value?.trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      return Array.isArray(parsed) ? parsed.map((entry) => String(entry).trim()).filter(Boolean) : [];
    } catch {
      return [];
    }
  }
  return text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The sections to render, in marketing's order. Unknown names and repeats are ignored; an empty
 * or unusable list means the default order. A running home promo is shown even when the order
 * leaves `promo` out (right after the hero): scheduling it is already an explicit choice.
 */
export function sectionOrder(value: string | null | undefined): HomeSection[] {
  const chosen: HomeSection[] = [];
  for (const entry of listValue(value)) {
    const section = SECTION_ALIASES[entry.toLowerCase().replace(/[\s-]+/g, '_')];
    if (section && !chosen.includes(section)) chosen.push(section);
  }
  if (chosen.length === 0) return [...DEFAULT_SECTION_ORDER];
  if (!chosen.includes('promo')) chosen.splice(chosen.indexOf('hero') + 1, 0, 'promo');
  return chosen;
}

/** Article handles for the journal section (at most `max`, no repeats, blog prefixes dropped). */
export function featuredArticleHandles(value: string | null | undefined, max = 3): string[] {
  const handles: string[] = [];
  for (const entry of listValue(value)) {
    const handle = entry.split('/').filter(Boolean).pop()?.toLowerCase();
    if (handle && /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(handle) && !handles.includes(handle)) handles.push(handle);
    if (handles.length === max) break;
  }
  return handles;
}

export interface HomeHero {
  heading: string;
  text: string;
  image: PromoImage | null;
  cta: {label: string; link: PromoLink};
}

export interface HomeContent<C> {
  hero: HomeHero;
  sections: HomeSection[];
  /** The collection marketing picked, when it resolved; null means "use the default". */
  featuredCollection: C | null;
  featuredArticles: string[];
}

type Reference = PromoReference & {image?: PromoImage | null};

/**
 * The home page content from the metaobject's fields (or none), with every gap filled from
 * `defaults`.
 */
export function toHomeContent<C>(
  fields: ReadonlyArray<HomeField<Reference>> | null | undefined,
  {
    defaults,
    isCollection,
    ownDomains = [],
  }: {
    defaults: Omit<HomeHero, 'cta'> & {ctaLabel: string; ctaLink: string};
    isCollection: (reference: Reference) => reference is Reference & C;
    ownDomains?: ReadonlyArray<string | null | undefined>;
  },
): HomeContent<C> {
  const field = (key: string) => fields?.find((entry) => entry.key === key);
  const text = (key: string) => field(key)?.value?.trim() || null;

  const ctaField = field('hero_cta_link');
  const ctaLink =
    (referencePath(ctaField?.reference) && {href: referencePath(ctaField?.reference)!, external: false}) ||
    resolveUrl(ctaField?.value, ownDomains) ||
    resolveUrl(defaults.ctaLink)!;

  const imageReference = field('hero_image')?.reference;
  const image = imageReference?.image?.url ? imageReference.image : null;

  const collectionReference = field('featured_collection')?.reference;

  return {
    hero: {
      heading: text('hero_heading') ?? defaults.heading,
      text: text('hero_text') ?? defaults.text,
      image: image ?? defaults.image,
      cta: {label: text('hero_cta_label') ?? defaults.ctaLabel, link: ctaLink},
    },
    sections: sectionOrder(text('section_order')),
    featuredCollection: collectionReference && isCollection(collectionReference) ? collectionReference : null,
    featuredArticles: featuredArticleHandles(text('featured_articles')),
  };
}
