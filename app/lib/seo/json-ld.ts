/**
 * schema.org structured data (JSON-LD) for the blog pages and breadcrumbs. The objects go into a
 * page's `PageSeo.jsonLd`, which getSeoMeta writes as `<script type="application/ld+json">`; Remix's
 * <Meta> escapes it.
 */
import {summarize, type SeoImage} from '~/lib/seo/page-meta';

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
