import {AdminApiError, type AdminClient} from '~/lib/admin/admin-client.server';
import type {CommentValues} from '~/lib/comments/comment-input';
import type {CommentPolicy} from '~/lib/comments/comment-policy';
import {BLOG_COMMENT_POLICY_QUERY} from './comments.admin';
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

const policyCache = new Map<string, {policy: CommentPolicy; expiresAt: number}>();
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
