import {absolutizeImageUrls, stripHtml, truncate} from '../../content/html';
import type {
  ArticleRecord,
  BlogRecord,
  CollectionRecord,
  PageRecord,
  ProductRecord,
} from '../../content/types';
import {paginate} from '../../storefront/connection';
import {StorefrontError} from '../../storefront/errors';
import {numericGid, parseGid} from '../../storefront/gid';
import {byKey, compareDates, compareText, sortRecords, storefrontUrl} from '../../storefront/resolvers/common';
import {queryArticles} from '../../storefront/resolvers/content';
import {evaluate, parseSearchQuery, textContains, textEquals, type TermNode} from '../../storefront/search-syntax';
import type {AdminContext} from '../context';
import {adminImage, adminNode, fileNode, shopNode, type FileNode} from '../nodes';
import {queryComments} from './comments';
import type {AdminResolverMap, ConnectionArgs} from './types';

const COMMENT_POLICIES = new Set(['MODERATED', 'AUTO_PUBLISHED', 'CLOSED']);

/** title / handle / free-text filters shared by products, collections, pages and blogs. */
function matchTitled(item: {id: string; title: string; handle: string; legacyId: number}, term: TermNode): boolean | undefined {
  switch (term.field) {
    case null:
    case 'title':
      return term.prefix ? textEquals(item.title, term) : textContains(item.title, term);
    case 'handle':
      return textEquals(item.handle, term);
    case 'id':
      return String(item.legacyId) === term.value;
    default:
      return undefined;
  }
}

function listTitled<T extends {id: string; title: string; handle: string; legacyId: number}>(
  items: T[],
  args: ConnectionArgs,
  field: string,
  sorters: Record<string, (a: T, b: T) => number> = {},
) {
  const ast = parseSearchQuery(args.query);
  const matched = items.filter((item) => evaluate(ast, item, matchTitled));
  const compare = sorters[args.sortKey ?? 'ID'] ?? (args.sortKey === 'TITLE' ? (a: T, b: T) => compareText(a.title, b.title) : null);
  return paginate(sortRecords(matched, compare, args.reverse), args, byKey, field);
}

function articleComments(ctx: AdminContext, a: ArticleRecord) {
  return ctx.comments.list({blog: a._blog.handle, article: a.handle});
}

export const contentResolvers: AdminResolverMap = {
  QueryRoot: {
    shop: (_root, _args, ctx) => shopNode(ctx),
    node: (_root, args: {id: string}, ctx) => {
      if (!parseGid(args.id)) throw new StorefrontError(`Invalid global id '${args.id}'`, 'BAD_REQUEST');
      return adminNode(ctx, args.id);
    },
    nodes: (_root, args: {ids: string[]}, ctx) =>
      args.ids.map((id) => {
        if (!parseGid(id)) throw new StorefrontError(`Invalid global id '${id}'`, 'BAD_REQUEST');
        return adminNode(ctx, id);
      }),
    blog: (_root, args: {id: string}, ctx) => ctx.content.blogsById.get(numericGid(args.id, 'Blog') ?? -1) ?? null,
    blogs: (_root, args: ConnectionArgs, ctx) =>
      listTitled(ctx.content.blogs, args, 'blogs', {
        HANDLE: (a, b) => compareText(a.handle, b.handle),
      }),
    article: (_root, args: {id: string}, ctx) =>
      ctx.content.articlesById.get(numericGid(args.id, 'Article') ?? -1) ?? null,
    articles: (_root, args: ConnectionArgs, ctx) =>
      paginate(queryArticles(ctx.content.articles, args), args, byKey, 'articles'),
    product: (_root, args: {id: string}, ctx) =>
      ctx.content.productsById.get(numericGid(args.id, 'Product') ?? -1) ?? null,
    products: (_root, args: ConnectionArgs, ctx) =>
      listTitled<ProductRecord>(ctx.content.products, args, 'products', {
        CREATED_AT: (a, b) => compareDates(a.createdAt, b.createdAt),
        UPDATED_AT: (a, b) => compareDates(a.updatedAt, b.updatedAt),
        PUBLISHED_AT: (a, b) => compareDates(a.publishedAt, b.publishedAt),
        VENDOR: (a, b) => compareText(a.vendor, b.vendor),
        PRODUCT_TYPE: (a, b) => compareText(a.productType, b.productType),
      }),
    collection: (_root, args: {id: string}, ctx) =>
      ctx.content.collectionsById.get(numericGid(args.id, 'Collection') ?? -1) ?? null,
    collections: (_root, args: ConnectionArgs, ctx) =>
      listTitled<CollectionRecord>(ctx.content.collections, args, 'collections', {
        UPDATED_AT: (a, b) => compareDates(a.updatedAt, b.updatedAt),
      }),
    page: (_root, args: {id: string}, ctx) => ctx.content.pagesById.get(numericGid(args.id, 'Page') ?? -1) ?? null,
    pages: (_root, args: ConnectionArgs, ctx) =>
      listTitled<PageRecord>(ctx.content.pages, args, 'pages', {
        UPDATED_AT: (a, b) => compareDates(a.updatedAt, b.updatedAt),
        PUBLISHED_AT: (a, b) => compareDates(a.createdAt, b.createdAt),
      }),
    files: (_root, args: ConnectionArgs, ctx) => {
      const ast = parseSearchQuery(args.query);
      const files = ctx.content.files.map(fileNode).filter((f) =>
        evaluate(ast, f, (item: FileNode, term) => {
          switch (term.field) {
            case null:
            case 'filename':
              return textContains(item._data.image.file, term);
            case 'media_type':
              return term.value.toUpperCase() === 'IMAGE';
            default:
              return undefined;
          }
        }),
      );
      const compare =
        args.sortKey === 'FILENAME'
          ? (a: FileNode, b: FileNode) => compareText(a._data.image.file, b._data.image.file)
          : args.sortKey === 'CREATED_AT' || args.sortKey === 'UPDATED_AT'
            ? (a: FileNode, b: FileNode) => compareDates(a._data.createdAt, b._data.createdAt)
            : null;
      return paginate(sortRecords(files, compare, args.reverse), args, byKey, 'files');
    },
  },

  Mutation: {
    blogUpdate: (_root, args: {id: string; blog: {commentPolicy?: string | null; title?: string | null; handle?: string | null; templateSuffix?: string | null}}, ctx) => {
      const blog = ctx.content.blogsById.get(numericGid(args.id, 'Blog') ?? -1);
      if (!blog) {
        return {blog: null, userErrors: [{field: ['id'], message: 'Blog does not exist', code: 'NOT_FOUND'}]};
      }
      const unsupported = (['title', 'handle', 'templateSuffix'] as const).filter((k) => args.blog[k] != null);
      if (unsupported.length) {
        // Titles and handles live in the seed content, which the emulator never writes.
        return {
          blog: null,
          userErrors: unsupported.map((k) => ({
            field: ['blog', k],
            message: `The emulator cannot change a blog's ${k}; edit emulator/content instead.`,
            code: 'INVALID',
          })),
        };
      }
      const policy = args.blog.commentPolicy;
      if (policy && COMMENT_POLICIES.has(policy)) {
        ctx.blogSettings.update(blog, {commentPolicy: policy as BlogRecord['commentPolicy']}, ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z'));
      }
      return {blog, userErrors: []};
    },
  },

  Blog: {
    commentPolicy: (b: BlogRecord, _args, ctx) => ctx.blogSettings.commentPolicy(b),
    updatedAt: (b: BlogRecord, _args, ctx) => ctx.blogSettings.updatedAt(b),
    templateSuffix: () => null,
    articles: (b: BlogRecord, args: ConnectionArgs) => paginate(queryArticles(b._articles, args), args, byKey, 'articles'),
    articlesCount: (b: BlogRecord) => ({count: b._articles.length, precision: 'EXACT'}),
  },

  Article: {
    author: (a: ArticleRecord) => ({name: a._author.name}),
    blog: (a: ArticleRecord) => a._blog,
    body: (a: ArticleRecord, _args, ctx) => absolutizeImageUrls(a._bodyHtml, ctx.origin),
    summary: (a: ArticleRecord, _args, ctx) =>
      a._excerptHtml == null ? null : absolutizeImageUrls(a._excerptHtml, ctx.origin),
    image: (a: ArticleRecord, _args, ctx) => adminImage(ctx, a._image),
    isPublished: () => true,
    createdAt: (a: ArticleRecord) => a.publishedAt,
    updatedAt: (a: ArticleRecord) => a._updatedAt,
    comments: (a: ArticleRecord, args: ConnectionArgs, ctx) => queryComments(ctx, articleComments(ctx, a), args),
    commentsCount: (a: ArticleRecord, _args, ctx) => ({
      count: articleComments(ctx, a).filter((c) => c.status !== 'removed').length,
      precision: 'EXACT',
    }),
  },

  Product: {
    status: () => 'ACTIVE',
    featuredImage: (p: ProductRecord, _args, ctx) => adminImage(ctx, p._images[0]),
    onlineStoreUrl: (p: ProductRecord, _args, ctx) => storefrontUrl(ctx, `/products/${p.handle}`),
  },

  Collection: {
    image: (c: CollectionRecord, _args, ctx) => adminImage(ctx, c._image),
  },

  Page: {
    body: (p: PageRecord, _args, ctx) => absolutizeImageUrls(p._bodyHtml, ctx.origin),
    bodySummary: (p: PageRecord) => p._bodySummary ?? truncate(stripHtml(p._bodyHtml), 150),
    isPublished: () => true,
  },

  MediaImage: {
    alt: (f: FileNode) => f._data.image.alt,
    createdAt: (f: FileNode) => f._data.createdAt,
    updatedAt: (f: FileNode) => f._data.createdAt,
    fileStatus: () => 'READY',
    image: (f: FileNode, _args, ctx) => adminImage(ctx, f._data.image),
    mimeType: (f: FileNode) => (f._data.image.file.endsWith('.svg') ? 'image/svg+xml' : 'image/png'),
  },
};
