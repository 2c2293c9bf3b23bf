/**
 * URLs for the sitemap index and its child sitemaps (Hydrogen's getSitemapIndex / getSitemap).
 * Shopify's `sitemap(type: ARTICLE)` lists article handles without their blog, so article links
 * are built from a handle → blog lookup loaded beforehand (see article-blogs.server.ts).
 */

/** The resource types our sitemap index lists; metaobjects (promo banners, the home page) have no pages of their own. */
export const SITEMAP_TYPES = ['products', 'collections', 'pages', 'blogs', 'articles'] as const;
export type SitemapType = (typeof SITEMAP_TYPES)[number];

/** Pages the Storefront API's sitemap does not know about: home, listings and policies. */
export const STATIC_SITEMAP_PATH = '/sitemap/static/1.xml';

export function isSitemapType(value: string | undefined): value is SitemapType {
  return (SITEMAP_TYPES as readonly string[]).includes(value ?? '');
}

/** A sitemap page number as Shopify counts them (from 1); anything else is not a sitemap. */
export function sitemapPage(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,4}$/.test(value)) return null;
  return Number(value);
}

/**
 * The `getLink` for Hydrogen's getSitemap. `blogOfArticle` answers the blog handle of an article
 * handle; an article it does not know (published after the lookup was cached) falls back to
 * `fallbackBlog`, the store's journal.
 */
export function sitemapLinkBuilder(blogOfArticle: ReadonlyMap<string, string>, fallbackBlog: string) {
  return ({type, baseUrl, handle = ''}: {type: string; baseUrl: string; handle?: string}): string => {
    const slug = encodeURIComponent(handle);
    switch (type) {
      case 'products':
        return `${baseUrl}/products/${slug}`;
      case 'collections':
        return `${baseUrl}/collections/${slug}`;
      case 'pages':
        return `${baseUrl}/pages/${slug}`;
      case 'blogs':
        return `${baseUrl}/blogs/${slug}`;
      case 'articles': {
        const blog = blogOfArticle.get(handle) ?? fallbackBlog;
        return `${baseUrl}/blogs/${encodeURIComponent(blog)}/${slug}`;
      }
      default:
        return `${baseUrl}/`;
    }
  };
}
