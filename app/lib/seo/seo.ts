/**
 * Search and social metadata. Loaders build a `PageSeo` from the request (absolute URLs come from
 * the request's origin); `meta` turns it into Remix descriptors with Hydrogen's getSeoMeta (title,
 * description, image, robots, JSON-LD) plus the few tags getSeoMeta has no field for. The JSON-LD
 * builders below produce data for getSeoMeta's `jsonLd`; Remix's <Meta> escapes it.
 */
import type {MetaDescriptor} from '@remix-run/react';
import {getSeoMeta, type SeoConfig} from '@shopify/hydrogen';
import type {ResponsiveImage} from '~/lib/media/responsive-image';

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

/* ---------------------------------------------------------------- JSON-LD */

export type JsonLd = Record<string, unknown>;

export interface BreadcrumbItem {
  name: string;
  url: string;
}

export function breadcrumbJsonLd(items: BreadcrumbItem[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  image?: SeoImage | null;
  author?: {name: string; bio?: string | null} | null;
  publisher: {name: string; url: string};
  keywords: string[];
  section?: string;
  wordCount?: number;
}

export function blogPostingJsonLd(input: BlogPostingInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${input.url}#article`,
    mainEntityOfPage: {'@type': 'WebPage', '@id': input.url},
    url: input.url,
    // Google shows at most 110 characters of a headline.
    headline: summarize(input.headline, 110),
    description: input.description,
    datePublished: input.datePublished,
    // The Storefront API has no updatedAt for articles.
    dateModified: input.datePublished,
    ...(input.image
      ? {
          image: {
            '@type': 'ImageObject',
            url: input.image.url,
            ...(input.image.width ? {width: input.image.width} : {}),
            ...(input.image.height ? {height: input.image.height} : {}),
          },
        }
      : {}),
    ...(input.author
      ? {
          author: {
            '@type': 'Person',
            name: input.author.name,
            ...(input.author.bio ? {description: input.author.bio} : {}),
          },
        }
      : {}),
    publisher: {'@type': 'Organization', name: input.publisher.name, url: input.publisher.url},
    ...(input.keywords.length ? {keywords: input.keywords.join(', ')} : {}),
    ...(input.section ? {articleSection: input.section} : {}),
    ...(input.wordCount ? {wordCount: input.wordCount} : {}),
  };
}

export interface BlogInput {
  url: string;
  name: string;
  description: string;
  posts: Array<{url: string; headline: string; datePublished: string}>;
}

export function blogJsonLd(input: BlogInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    '@id': `${input.url}#blog`,
    url: input.url,
    name: input.name,
    description: input.description,
    blogPost: input.posts.map((post) => ({
      '@type': 'BlogPosting',
      url: post.url,
      headline: summarize(post.headline, 110),
      datePublished: post.datePublished,
    })),
  };
}
