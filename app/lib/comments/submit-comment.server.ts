import {AdminApiError, type AdminClient} from '~/lib/admin/admin-client.server';
import type {CommentValues} from '~/lib/comments/comment-input';
import type {CommentPolicy} from '~/lib/comments/comment-policy';
import {BLOG_COMMENT_POLICY_BY_HANDLE_QUERY, BLOG_COMMENT_POLICY_QUERY} from './comments.admin';
import {describeFailure} from '~/lib/shop/upstream.server';

export type {CommentPolicy};

export type SubmitCommentResult =
  | {ok: true; status: 'pending' | 'unapproved' | 'published' | 'spam'}
  | {ok: false; reason: 'unavailable' | 'rejected'};

/** Numeric id at the end of a GID: gid://shopify/Article/5001 → 5001. */
export function numericId(gid: string): number {
  const match = /\/(\d+)(?:\?.*)?$/.exec(gid);
  if (!match) throw new Error(`Not a Shopify GID: ${gid}`);
  return Number(match[1]);
}

/**
 * Sends a reader's comment to Shopify's moderation queue. The Storefront API has
 * no comment mutation, so this is the Admin REST endpoint (docs/decisions/021-comments-via-admin-rest.md).
 */
export async function submitComment(
  admin: AdminClient,
  {blogId, articleId, values, ip}: {blogId: string; articleId: string; values: CommentValues; ip: string | null},
): Promise<SubmitCommentResult> {
  try {
    const result = await admin.rest<{comment?: {status?: string}}>('POST', '/comments.json', {
      comment: {
        body: values.body,
        author: values.name,
        email: values.email,
        ip: ip ?? undefined,
        blog_id: numericId(blogId),
        article_id: numericId(articleId),
      },
    });
    const status = result.comment?.status;
    if (status === 'published' || status === 'unapproved' || status === 'spam') return {ok: true, status};
    return {ok: true, status: 'pending'};
  } catch (error) {
    console.error('Comment submission failed:', describeFailure(error));
    if (error instanceof AdminApiError && error.status === 422) return {ok: false, reason: 'rejected'};
    return {ok: false, reason: 'unavailable'};
  }
}

/** By blog id, and by `handle:<handle>` (with the id that handle had). */
const policyCache = new Map<string, {policy: CommentPolicy; blogId?: string; expiresAt: number}>();
const POLICY_TTL_MS = 60_000;

/**
 * The blog's comment policy lives only in the Admin API. Cached for a minute per
 * isolate; when the Admin API is unreachable we assume MODERATED, the safe default.
 */
export async function getCommentPolicy(
  admin: AdminClient,
  blogId: string,
  ttlMs = POLICY_TTL_MS,
): Promise<CommentPolicy> {
  const cached = policyCache.get(blogId);
  if (ttlMs > 0 && cached && cached.expiresAt > Date.now()) return cached.policy;
  try {
    const data = await admin.graphql(BLOG_COMMENT_POLICY_QUERY, {variables: {id: blogId}});
    const policy = data.blog?.commentPolicy ?? 'MODERATED';
    policyCache.set(blogId, {policy, expiresAt: Date.now() + ttlMs});
    return policy;
  } catch (error) {
    console.error('Comment policy lookup failed:', describeFailure(error));
    return 'MODERATED';
  }
}

/**
 * The comment policy by the blog's handle, with the blog's id it belongs to (the caller checks it is
 * the blog it shows). Null when no blog has that handle; MODERATED, with no id, when the Admin API
 * cannot be reached (the safe default, as above). Cached like the lookup by id.
 */
export async function getCommentPolicyByHandle(
  admin: AdminClient,
  blogHandle: string,
  ttlMs = POLICY_TTL_MS,
): Promise<{blogId: string | null; policy: CommentPolicy} | null> {
  const key = `handle:${blogHandle}`;
  const cached = policyCache.get(key);
  if (ttlMs > 0 && cached && cached.expiresAt > Date.now()) return {blogId: cached.blogId ?? null, policy: cached.policy};
  try {
    // Search syntax: the handle quoted, with quotes and backslashes (never in a handle) dropped.
    const query = `handle:"${blogHandle.replace(/["\\]/g, '')}"`;
    const data = await admin.graphql(BLOG_COMMENT_POLICY_BY_HANDLE_QUERY, {variables: {query}});
    const blog = data.blogs.nodes.find((node) => node.handle === blogHandle);
    if (!blog) return null;
    const policy = blog.commentPolicy ?? 'MODERATED';
    const expiresAt = Date.now() + ttlMs;
    policyCache.set(key, {policy, blogId: blog.id, expiresAt});
    policyCache.set(blog.id, {policy, expiresAt});
    return {blogId: blog.id, policy};
  } catch (error) {
    console.error('Comment policy lookup failed:', describeFailure(error));
    return {blogId: null, policy: 'MODERATED'};
  }
}
