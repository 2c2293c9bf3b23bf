import {plainTextToHtml} from '../../content/html';
import type {CommentData, CommentStatus} from '../../content/types';
import {paginate} from '../../storefront/connection';
import {numericGid} from '../../storefront/gid';
import {byKey, compareDates, sortRecords} from '../../storefront/resolvers/common';
import {
  compareDate,
  compareValues,
  evaluate,
  parseSearchQuery,
  textContains,
  type TermNode,
} from '../../storefront/search-syntax';
import type {AdminContext} from '../context';
import {commentNode, type CommentNode} from '../nodes';
import type {AdminResolverMap, ConnectionArgs} from './types';

export function articleOf(ctx: AdminContext, c: CommentData) {
  return ctx.content.blogsByHandle.get(c.blog)?._articles.find((a) => a.handle === c.article) ?? null;
}

function matchComment(ctx: AdminContext) {
  return (c: CommentData, term: TermNode): boolean | undefined => {
    switch (term.field) {
      case null:
        return textContains(`${c.body} ${c.author.name} ${c.author.email}`, term);
      case 'status':
        return c.status === term.value.toLowerCase();
      case 'published_status': {
        const v = term.value.toLowerCase();
        if (v === 'any') return true;
        return v === 'published' ? c.status === 'published' : c.status !== 'published';
      }
      case 'article_id':
        return String(articleOf(ctx, c)?.legacyId ?? '') === term.value;
      case 'blog_id':
        return String(ctx.content.blogsByHandle.get(c.blog)?.legacyId ?? '') === term.value;
      case 'id':
        return /^\d+$/.test(term.value) && compareValues(c.id, term, Number(term.value));
      case 'created_at':
        return compareDate(c.createdAt, term);
      case 'updated_at':
        return compareDate(c.updatedAt ?? c.createdAt, term);
      case 'published_at':
        return c.publishedAt ? compareDate(c.publishedAt, term) : false;
      default:
        return undefined;
    }
  };
}

/** Admin `comments(query:)`: status, published_status, article_id, blog_id, id, dates, free text. */
export function queryComments(ctx: AdminContext, list: CommentData[], args: ConnectionArgs) {
  const ast = parseSearchQuery(args.query);
  const match = matchComment(ctx);
  const nodes = list.filter((c) => evaluate(ast, c, match)).map(commentNode);
  const compare =
    args.sortKey === 'CREATED_AT'
      ? (a: CommentNode, b: CommentNode) => compareDates(a._data.createdAt, b._data.createdAt)
      : null;
  // Moderation moves comments out of a status-filtered list: cursors resume at their position.
  return paginate(sortRecords(nodes, compare, args.reverse), args, byKey, 'comments', {
    sortValue: args.sortKey === 'CREATED_AT' ? (c) => Date.parse(c._data.createdAt) : undefined,
    descending: args.reverse,
  });
}

const NOT_FOUND = [{field: ['id'], message: 'Comment does not exist', code: 'NOT_FOUND'}];

/**
 * Moderation as in Shopify: approve → published, spam → spam, not spam → unapproved,
 * delete → removed (gone from the storefront; no further moderation).
 */
function moderate(ctx: AdminContext, id: string, status: CommentStatus) {
  const n = numericGid(id, 'Comment');
  const current = n == null ? undefined : ctx.comments.get(n);
  if (n == null || !current || current.status === 'removed') return null;
  return ctx.comments.setStatus(n, status, ctx.now()) ?? null;
}

function moderation(status: CommentStatus) {
  return (_root: unknown, args: {id: string}, ctx: AdminContext) => {
    const updated = moderate(ctx, args.id, status);
    return updated ? {comment: commentNode(updated), userErrors: []} : {comment: null, userErrors: NOT_FOUND};
  };
}

export const commentResolvers: AdminResolverMap = {
  QueryRoot: {
    comment: (_root, args: {id: string}, ctx) => {
      const n = numericGid(args.id, 'Comment');
      const c = n == null ? undefined : ctx.comments.get(n);
      return c ? commentNode(c) : null;
    },
    comments: (_root, args: ConnectionArgs, ctx) => queryComments(ctx, ctx.comments.all(), args),
  },
  Mutation: {
    commentApprove: moderation('published'),
    commentSpam: moderation('spam'),
    commentNotSpam: moderation('unapproved'),
    commentDelete: (_root, args: {id: string}, ctx) => {
      const updated = moderate(ctx, args.id, 'removed');
      return updated
        ? {deletedCommentId: args.id, userErrors: []}
        : {deletedCommentId: null, userErrors: NOT_FOUND};
    },
  },
  Comment: {
    article: (c: CommentNode, _args, ctx) => articleOf(ctx, c._data),
    author: (c: CommentNode) => ({name: c._data.author.name, email: c._data.author.email}),
    body: (c: CommentNode) => c._data.body,
    bodyHtml: (c: CommentNode) => plainTextToHtml(c._data.body),
    createdAt: (c: CommentNode) => c._data.createdAt,
    updatedAt: (c: CommentNode) => c._data.updatedAt ?? c._data.createdAt,
    publishedAt: (c: CommentNode) => c._data.publishedAt ?? null,
    isPublished: (c: CommentNode) => c._data.status === 'published',
    status: (c: CommentNode) => c._data.status.toUpperCase(),
    ip: (c: CommentNode) => c._data.ip ?? null,
    userAgent: (c: CommentNode) => c._data.userAgent ?? null,
  },
};
