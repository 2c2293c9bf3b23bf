/**
 * Search and social metadata. Loaders build a `PageSeo` from the request (absolute URLs come from
 * the request's origin); `meta` turns it into Remix descriptors with Hydrogen's getSeoMeta (title,
 * description, image, robots, JSON-LD) plus the few tags getSeoMeta has no field for. The JSON-LD
 * itself is built in json-ld.ts.
 */
import type {MetaDescriptor} from '@remix-run/react';
import {getSeoMeta, type SeoConfig} from '@shopify/hydrogen';
import type {ResponsiveImage} from '~/lib/media/responsive-image';
import type {JsonLd} from '~/lib/seo/json-ld';

export const SITE_NAME = 'Trailforge Athletics';

export interface SeoImage {
  url: string;
  width?: number | null;
  height?: number | null;
  altText?: string | null;
}

export interface PageSeo {
  /** The page's own title, without the site name (none: the site name alone). */
  title?: string | null;
  description?: string | null;
  /** Absolute canonical URL. */
  canonical?: string | null;
  siteName?: string;
  type?: 'website' | 'article';
  image?: SeoImage | null;
  article?: {publishedTime: string; tags: string[]; authorName?: string | null; section?: string};
  /** The Atom feed of the blog the page belongs to. */
  feed?: {href: string; title: string};
  robots?: SeoConfig['robots'];
  /** The likely LCP image, preloaded with the same srcset/sizes as its <img>. */
  preloadImage?: ResponsiveImage | null;
  jsonLd?: JsonLd | JsonLd[];
}

/** getSeoMeta warns above 155 characters. */
export const DESCRIPTION_LENGTH = 155;

export function requestOrigin(request: Request): string {
  return new URL(request.url).origin;
}

export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

/**
 * The page's canonical URL: the request's origin and path, keeping only the query parameters that
 * select different content (pagination cursors), never tracking or sorting noise.
 */
export function canonicalUrl(request: Request, keepParams: string[] = []): string {
  const url = new URL(request.url);
  const canonical = new URL(url.pathname, url.origin);
  for (const name of keepParams) {
    const value = url.searchParams.get(name);
    if (value) canonical.searchParams.set(name, value);
  }
  return canonical.toString();
}

/**
 * The one truncation helper: whitespace collapsed, cut at a word boundary (unless that loses too
 * much) with an ellipsis. Meta descriptions, card excerpts and JSON-LD headlines use it.
 */
export function summarize(text: string | null | undefined, max = DESCRIPTION_LENGTH): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.\u2013\u2014-]+$/, '')}\u2026`;
}

/**
 * Remix meta descriptors for a page. getSeoMeta writes the title ("Page | Site"), description,
 * og:/twitter: title and description, og:image with its size and alt, robots and JSON-LD. Added
 * here, as getSeoMeta has no field for them: the canonical link (getSeoMeta's `url` drops the
 * query, and paged lists keep their cursor), og:type, og:site_name, the Twitter card, article:*
 * tags, the Atom feed link and the hero preload.
 */
export function buildMeta(seo: PageSeo): MetaDescriptor[] {
  const siteName = seo.siteName || SITE_NAME;
  const image = seo.image;
  const meta: MetaDescriptor[] = [
    ...(getSeoMeta({
      title: seo.title || siteName,
      titleTemplate: seo.title ? `%s | ${siteName}` : null,
      description: seo.description ? summarize(seo.description) : null,
      // The bare URL gives og:image; the object adds og:image:width/height/alt.
      media: image ? [image.url, {type: 'image', ...image}] : null,
      robots: seo.robots,
      jsonLd: seo.jsonLd as SeoConfig['jsonLd'],
    }) ?? []),
    {property: 'og:type', content: seo.type ?? 'website'},
    {property: 'og:site_name', content: siteName},
    {name: 'twitter:card', content: image ? 'summary_large_image' : 'summary'},
  ];
  if (seo.canonical) {
    meta.push({tagName: 'link', rel: 'canonical', href: seo.canonical}, {property: 'og:url', content: seo.canonical});
  }
  if (image) meta.push({name: 'twitter:image', content: image.url});
  if (image?.altText) meta.push({name: 'twitter:image:alt', content: image.altText});

  if (seo.article) {
    meta.push({property: 'article:published_time', content: seo.article.publishedTime});
    if (seo.article.authorName) meta.push({property: 'article:author', content: seo.article.authorName});
    if (seo.article.section) meta.push({property: 'article:section', content: seo.article.section});
    for (const tag of seo.article.tags) meta.push({property: 'article:tag', content: tag});
  }

  if (seo.feed) {
    meta.push({
      tagName: 'link',
      rel: 'alternate',
      type: 'application/atom+xml',
      title: seo.feed.title,
      href: seo.feed.href,
    });
  }

  if (seo.preloadImage) {
    meta.push({
      tagName: 'link',
      rel: 'preload',
      as: 'image',
      href: seo.preloadImage.src,
      imageSrcSet: seo.preloadImage.srcSet,
      imageSizes: seo.preloadImage.sizes,
      fetchpriority: 'high',
    });
  }

  return meta;
}
