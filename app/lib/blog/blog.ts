/**
 * Blog helpers shared by the blog routes and components: URLs (Shopify's own URL shapes), the
 * Storefront search query for a tag, date formatting, the card and comment models the loaders
 * send to the page, and previous/next/related article selection.
 */
import type {BlogArticleCardFragment, BlogCommentPageFragment} from 'storefrontapi.generated';
import {readingTimeMinutes} from '~/lib/blog/reading-time';
import {summarize} from '~/lib/seo/page-meta';

export const ARTICLES_PER_PAGE = 9;
export const FEED_ENTRIES = 20;
export const RELATED_ARTICLES = 3;

/* ---------------------------------------------------------------- URLs */

const segment = (value: string) => encodeURIComponent(value);

export const blogsPath = () => '/blogs';
export const blogPath = (blogHandle: string) => `/blogs/${segment(blogHandle)}`;
export const articlePath = (blogHandle: string, articleHandle: string) =>
  `/blogs/${segment(blogHandle)}/${segment(articleHandle)}`;
export const tagPath = (blogHandle: string, tag: string) =>
  `/blogs/${segment(blogHandle)}/tagged/${segment(tag)}`;
export const feedPath = (blogHandle: string) => `/blogs/${segment(blogHandle)}.atom`;

/**
 * `Blog.articles(query:)` filter for one tag. Simple tags go bare (`tag:recovery`); anything else
 * is double-quoted with quotes and backslashes escaped, so a tag can't add search terms.
 */
export function tagQuery(tag: string): string {
  if (/^[\p{L}\p{N}_-]+$/u.test(tag)) return `tag:${tag}`;
  return `tag:"${tag.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/* ---------------------------------------------------------------- dates */

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeZone: 'UTC'});

/** "September 14, 2026": in UTC, so the server and the browser render the same text. */
export function formatPublishedDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : DATE_FORMAT.format(time);
}

/* ---------------------------------------------------------------- models */

export interface CardImage {
  id?: string | null;
  url: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
}

export interface ArticleCardData {
  id: string;
  handle: string;
  blogHandle: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  tags: string[];
  image: CardImage | null;
  authorName: string | null;
  readingMinutes: number;
}

export function toArticleCard(article: BlogArticleCardFragment, blogHandle: string): ArticleCardData {
  return {
    id: article.id,
    handle: article.handle,
    blogHandle,
    title: article.title,
    excerpt: summarize(article.excerpt || article.content, 220),
    publishedAt: article.publishedAt,
    tags: article.tags,
    image: article.image ?? null,
    authorName: article.authorV2?.name ?? null,
    readingMinutes: readingTimeMinutes(article.content),
  };
}

/** A smaller article summary: previous/next links and related articles. */
export interface ArticleTeaser {
  id: string;
  handle: string;
  blogHandle: string;
  title: string;
  publishedAt: string;
  tags: string[];
  image: CardImage | null;
}

export interface CommentData {
  id: string;
  authorName: string;
  /** Plain text, split on blank lines; rendered as text, never as HTML. */
  paragraphs: string[];
}

export interface CommentPageData {
  comments: CommentData[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function toCommentPage(page: BlogCommentPageFragment): CommentPageData {
  return {
    comments: page.nodes.map((comment) => ({
      id: comment.id,
      authorName: comment.author.name.trim() || 'A reader',
      paragraphs: comment.content
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean),
    })),
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
  };
}

/** A table-of-contents entry: an h2 with its h3s, or a lone h3 (ids are set in app/lib/content/headings.ts). */
export interface TocItem {
  id: string;
  text: string;
  level: 2 | 3;
  children: TocItem[];
}

/* ---------------------------------------------------------------- previous / next / related */

interface Dated {
  handle: string;
  publishedAt: string;
}

function newestFirst<T extends Dated>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.handle.localeCompare(b.handle),
  );
}

/** The articles published just before (`previous`, older) and just after (`next`, newer) this one. */
export function findNeighbours<T extends Dated>(
  entries: T[],
  handle: string,
): {previous: T | null; next: T | null} {
  const sorted = newestFirst(entries);
  const index = sorted.findIndex((entry) => entry.handle === handle);
  if (index === -1) return {previous: null, next: null};
  return {previous: sorted[index + 1] ?? null, next: sorted[index - 1] ?? null};
}

/** Other articles sharing tags with this one: most shared tags first, then the newest. */
export function rankRelated<T extends Dated & {tags: string[]}>(
  entries: T[],
  current: {handle: string; tags: string[]},
  limit = RELATED_ARTICLES,
): T[] {
  const tags = new Set(current.tags.map((tag) => tag.toLowerCase()));
  if (tags.size === 0) return [];
  return newestFirst(entries)
    .filter((entry) => entry.handle !== current.handle)
    .map((entry) => ({entry, shared: entry.tags.filter((tag) => tags.has(tag.toLowerCase())).length}))
    .filter(({shared}) => shared > 0)
    .sort((a, b) => b.shared - a.shared) // stable: equal scores stay newest first
    .slice(0, limit)
    .map(({entry}) => entry);
}
