import {blogPath, feedPath} from '~/lib/blog/blog';
import type {ResponsiveImage} from '~/lib/media/responsive-image';
import {absoluteUrl, summarize, type PageSeo, type SeoImage} from '~/lib/seo/page-meta';
import {blogPostingJsonLd, breadcrumbJsonLd} from '~/lib/seo/json-ld';

export interface ArticleSeoInput {
  origin: string;
  canonical: string;
  shopName: string;
  blog: {handle: string; title: string};
  article: {
    title: string;
    publishedAt: string;
    tags: string[];
    excerpt?: string | null;
    seo?: {title?: string | null; description?: string | null} | null;
    image?: SeoImage | null;
    authorV2?: {name: string; bio?: string | null} | null;
  };
  /** The body as plain text: the description when the article has no excerpt, and the word count. */
  text: string;
  wordCount: number;
  hero: ResponsiveImage | null;
  /** Words from the blog's copy: the home crumb and the feed's title. */
  labels: {homeCrumb: string; feedTitle: string};
}

/**
 * An article page's search and social data: the editor's SEO title and description (else the
 * title and the excerpt or body), article:* tags, the blog's feed, the hero preload, and the
 * BlogPosting and breadcrumb JSON-LD.
 */
export function articleSeo({origin, canonical, shopName, blog, article, text, wordCount, hero, labels}: ArticleSeoInput): PageSeo {
  const description = summarize(article.seo?.description || article.excerpt || text);
  const home = `${origin}/`;
  return {
    title: article.seo?.title || article.title,
    description,
    canonical,
    siteName: shopName,
    type: 'article',
    image: article.image,
    article: {
      publishedTime: article.publishedAt,
      tags: article.tags,
      authorName: article.authorV2?.name,
      section: blog.title,
    },
    feed: {href: absoluteUrl(origin, feedPath(blog.handle)), title: labels.feedTitle},
    preloadImage: hero,
    jsonLd: [
      blogPostingJsonLd({
        url: canonical,
        headline: article.title,
        description,
        datePublished: article.publishedAt,
        image: article.image,
        author: article.authorV2 ? {name: article.authorV2.name, bio: article.authorV2.bio} : null,
        publisher: {name: shopName, url: home},
        keywords: article.tags,
        section: blog.title,
        wordCount,
      }),
      breadcrumbJsonLd([
        {name: labels.homeCrumb, url: home},
        {name: blog.title, url: absoluteUrl(origin, blogPath(blog.handle))},
        {name: article.title, url: canonical},
      ]),
    ],
  };
}
