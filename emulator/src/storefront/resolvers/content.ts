import {absolutizeImageUrls, plainTextToHtml, stripHtml, truncate} from '../../content/html';
import type {ArticleRecord, AuthorSeed, BlogRecord, PageRecord} from '../../content/types';
import {paginate, type PageArgs} from '../connection';
import type {StorefrontContext} from '../context';
import {numericGid} from '../gid';
import {
  compareDate,
  evaluate,
  freeTextTerms,
  parseSearchQuery,
  relevance,
  textEquals,
  textMatches,
  type TermNode,
} from '../search-syntax';
import {byKey, compareDates, compareText, imageObject, sortRecords, storefrontUrl} from './common';
import type {ResolverMap} from './types';
import {commentView, type CommentView} from './views';

type ConnectionArgs = PageArgs & {
  query?: string | null;
  sortKey?: string | null;
  reverse?: boolean | null;
};

// ---- articles -----------------------------------------------------------------------------

export function articlePlainText(a: ArticleRecord): string {
  return stripHtml(a._bodyHtml);
}

function authorMatches(author: AuthorSeed, term: TermNode): boolean {
  return (
    textEquals(author.name, term) ||
    textEquals(`${author.firstName} ${author.lastName}`.trim(), term) ||
    (term.prefix && textEquals(author.lastName, term))
  );
}

export function matchArticleTerm(a: ArticleRecord, term: TermNode): boolean | undefined {
  switch (term.field) {
    case null:
      return textMatches(
        `${a.title} ${a.tags.join(' ')} ${a._author.name} ${stripHtml(a._excerptHtml ?? '')} ${articlePlainText(a)}`,
        term,
      );
    case 'tag':
      return a.tags.some((t) => textEquals(t, term));
    case 'tag_not':
      return !a.tags.some((t) => textEquals(t, term));
    case 'author':
      return authorMatches(a._author, term);
    case 'blog_title':
      return textEquals(a._blog.title, term);
    case 'title':
      return textMatches(a.title, term);
    case 'handle':
      return textEquals(a.handle, term);
    case 'created_at':
    case 'published_at':
      return compareDate(a.publishedAt, term);
    case 'updated_at':
      return compareDate(a._updatedAt, term);
    default:
      return undefined;
  }
}

export function articleRelevance(a: ArticleRecord, terms: string[]): number {
  return relevance([[a.title, 3], [a.tags.join(' '), 2], [articlePlainText(a), 1]], terms);
}

/** Filters with `query` and sorts by an ArticleSortKeys value (default ID). */
export function queryArticles(list: ArticleRecord[], args: ConnectionArgs): ArticleRecord[] {
  const ast = parseSearchQuery(args.query);
  const matched = list.filter((a) => evaluate(ast, a, matchArticleTerm));
  let compare: ((a: ArticleRecord, b: ArticleRecord) => number) | null = null;
  switch (args.sortKey ?? 'ID') {
    case 'AUTHOR':
      compare = (a, b) => compareText(a._author.name, b._author.name);
      break;
    case 'BLOG_TITLE':
      compare = (a, b) => compareText(a._blog.title, b._blog.title);
      break;
    case 'PUBLISHED_AT':
      compare = (a, b) => compareDates(a.publishedAt, b.publishedAt);
      break;
    case 'TITLE':
      compare = (a, b) => compareText(a.title, b.title);
      break;
    case 'UPDATED_AT':
      compare = (a, b) => compareDates(a._updatedAt, b._updatedAt);
      break;
    case 'RELEVANCE': {
      const terms = freeTextTerms(ast);
      if (terms.length) compare = (a, b) => articleRelevance(b, terms) - articleRelevance(a, terms);
      break;
    }
    default:
      break;
  }
  return sortRecords(matched, compare, args.reverse);
}

/**
 * The value queryArticles sorts by, for position cursors (a cursor for an article that is gone resumes
 * at its place). Undefined for relevance and id order: the id alone is the position then.
 */
export function articleSortValue(sortKey: string | null | undefined): ((a: ArticleRecord) => string | number) | undefined {
  switch (sortKey ?? 'ID') {
    case 'AUTHOR':
      return (a) => a._author.name;
    case 'BLOG_TITLE':
      return (a) => a._blog.title;
    case 'PUBLISHED_AT':
      return (a) => Date.parse(a.publishedAt);
    case 'TITLE':
      return (a) => a.title;
    case 'UPDATED_AT':
      return (a) => Date.parse(a._updatedAt);
    default:
      return undefined;
  }
}

function authorView(author: AuthorSeed) {
  return {__typename: 'ArticleAuthor', ...author};
}

function publishedComments(ctx: StorefrontContext, a: ArticleRecord): CommentView[] {
  return ctx.comments
    .list({blog: a._blog.handle, article: a.handle, status: 'published'})
    .map(commentView);
}

// ---- pages & blogs --------------------------------------------------------------------------

function matchPageTerm(p: PageRecord, term: TermNode): boolean | undefined {
  switch (term.field) {
    case null:
      return textMatches(`${p.title} ${stripHtml(p._bodyHtml)}`, term);
    case 'title':
      return textMatches(p.title, term);
    case 'handle':
      return textEquals(p.handle, term);
    case 'created_at':
      return compareDate(p.createdAt, term);
    case 'updated_at':
      return compareDate(p.updatedAt, term);
    default:
      return undefined;
  }
}

export function pageBodySummary(p: PageRecord): string {
  return p._bodySummary ?? truncate(stripHtml(p._bodyHtml), 150);
}

export const contentResolvers: ResolverMap = {
  QueryRoot: {
    blog: (_root, args: {handle?: string | null; id?: string | null}, ctx) => {
      if (args.id) return ctx.content.blogsById.get(numericGid(args.id, 'Blog') ?? -1) ?? null;
      if (args.handle != null) return ctx.content.blogsByHandle.get(args.handle) ?? null;
      return null;
    },
    blogByHandle: (_root, args: {handle: string}, ctx) => ctx.content.blogsByHandle.get(args.handle) ?? null,
    blogs: (_root, args: ConnectionArgs, ctx) => {
      const ast = parseSearchQuery(args.query);
      const matched = ctx.content.blogs.filter((b) =>
        evaluate(ast, b, (item: BlogRecord, term) => {
          switch (term.field) {
            case null:
              return textMatches(item.title, term);
            case 'title':
              return textMatches(item.title, term);
            case 'handle':
              return textEquals(item.handle, term);
            default:
              return undefined;
          }
        }),
      );
      const compare =
        args.sortKey === 'TITLE'
          ? (a: BlogRecord, b: BlogRecord) => compareText(a.title, b.title)
          : args.sortKey === 'HANDLE'
            ? (a: BlogRecord, b: BlogRecord) => compareText(a.handle, b.handle)
            : null;
      return paginate(sortRecords(matched, compare, args.reverse), args, byKey, 'blogs');
    },
    article: (_root, args: {id: string}, ctx) =>
      ctx.content.articlesById.get(numericGid(args.id, 'Article') ?? -1) ?? null,
    articles: (_root, args: ConnectionArgs, ctx) =>
      paginate(queryArticles(ctx.content.articles, args), args, byKey, 'articles', {
        sortValue: articleSortValue(args.sortKey),
        descending: args.reverse,
      }),
    page: (_root, args: {handle?: string | null; id?: string | null}, ctx) => {
      if (args.id) return ctx.content.pagesById.get(numericGid(args.id, 'Page') ?? -1) ?? null;
      if (args.handle != null) return ctx.content.pagesByHandle.get(args.handle) ?? null;
      return null;
    },
    pageByHandle: (_root, args: {handle: string}, ctx) => ctx.content.pagesByHandle.get(args.handle) ?? null,
    pages: (_root, args: ConnectionArgs, ctx) => {
      const ast = parseSearchQuery(args.query);
      const matched = ctx.content.pages.filter((p) => evaluate(ast, p, matchPageTerm));
      const compare =
        args.sortKey === 'TITLE'
          ? (a: PageRecord, b: PageRecord) => compareText(a.title, b.title)
          : args.sortKey === 'UPDATED_AT'
            ? (a: PageRecord, b: PageRecord) => compareDates(a.updatedAt, b.updatedAt)
            : null;
      return paginate(sortRecords(matched, compare, args.reverse), args, byKey, 'pages');
    },
  },

  Blog: {
    articleByHandle: (b: BlogRecord, args: {handle: string}) =>
      b._articles.find((a) => a.handle === args.handle) ?? null,
    articles: (b: BlogRecord, args: ConnectionArgs) =>
      paginate(queryArticles(b._articles, args), args, byKey, 'articles', {
        sortValue: articleSortValue(args.sortKey),
        descending: args.reverse,
      }),
    authors: (b: BlogRecord) => {
      const seen = new Map<string, AuthorSeed>();
      for (const a of b._articles) if (!seen.has(a._author.name)) seen.set(a._author.name, a._author);
      return [...seen.values()].map(authorView);
    },
    seo: (b: BlogRecord) => ({__typename: 'SEO', ...b._seo}),
    onlineStoreUrl: (b: BlogRecord, _args, ctx) => storefrontUrl(ctx, `/blogs/${b.handle}`),
  },

  Article: {
    author: (a: ArticleRecord) => authorView(a._author),
    authorV2: (a: ArticleRecord) => authorView(a._author),
    blog: (a: ArticleRecord) => a._blog,
    content: (a: ArticleRecord, args: {truncateAt?: number | null}) => truncate(articlePlainText(a), args.truncateAt),
    contentHtml: (a: ArticleRecord, _args, ctx) => absolutizeImageUrls(a._bodyHtml, ctx.origin),
    excerpt: (a: ArticleRecord, args: {truncateAt?: number | null}) =>
      a._excerptHtml == null ? null : truncate(stripHtml(a._excerptHtml), args.truncateAt),
    excerptHtml: (a: ArticleRecord, _args, ctx) =>
      a._excerptHtml == null ? null : absolutizeImageUrls(a._excerptHtml, ctx.origin),
    image: (a: ArticleRecord) => imageObject(a._image, 'ArticleImage'),
    seo: (a: ArticleRecord) => ({__typename: 'SEO', ...a._seo}),
    onlineStoreUrl: (a: ArticleRecord, _args, ctx) => storefrontUrl(ctx, `/blogs/${a._blog.handle}/${a.handle}`),
    trackingParameters: (item: {_trackingParameters?: string}) => item._trackingParameters ?? null,
    comments: (a: ArticleRecord, args: ConnectionArgs, ctx) => {
      const list = publishedComments(ctx, a);
      // Nested under a nullable article: an unreadable cursor must not null the article itself.
      return paginate(args.reverse ? list.reverse() : list, args, byKey, 'comments', {
        descending: args.reverse,
        invalidCursor: 'empty',
      });
    },
  },

  Comment: {
    author: (c: CommentView) => ({__typename: 'CommentAuthor', name: c._data.author.name, email: c._data.author.email}),
    content: (c: CommentView, args: {truncateAt?: number | null}) =>
      truncate(c._data.body.replace(/\s+/g, ' ').trim(), args.truncateAt),
    contentHtml: (c: CommentView) => plainTextToHtml(c._data.body),
  },

  Page: {
    body: (p: PageRecord, _args, ctx) => absolutizeImageUrls(p._bodyHtml, ctx.origin),
    bodySummary: (p: PageRecord) => pageBodySummary(p),
    seo: (p: PageRecord) => ({__typename: 'SEO', ...p._seo}),
    onlineStoreUrl: (p: PageRecord, _args, ctx) => storefrontUrl(ctx, `/pages/${p.handle}`),
    trackingParameters: (item: {_trackingParameters?: string}) => item._trackingParameters ?? null,
  },
};
