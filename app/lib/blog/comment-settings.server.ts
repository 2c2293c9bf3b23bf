import {commentPolicyTtlMs, loadCommentFormSettings} from '~/lib/comments/comment-action.server';
import type {CommentFormSettings} from '~/lib/comments/comment-form-state';
import {getCommentPolicyByHandle} from '~/lib/comments/submit-comment.server';
import type {AppLoadContext} from '~/lib/shop/context.server';

/**
 * The comment form's settings (the blog's comment policy, from the Admin API), started beside the
 * article query: the page knows the blog's handle from its URL, so it asks by handle at once instead
 * of waiting for the article query to tell it the blog's id (no waterfall, even on a cold cache).
 * The answer is used only when it is about the blog the article query found; otherwise (no blog by
 * that handle yet, a blog recreated in between) the policy is asked again by that blog's id. A
 * failure leaves the form out.
 */
export function startCommentFormSettings(
  context: AppLoadContext,
  blogHandle: string,
): (blogId: string) => Promise<CommentFormSettings | null> {
  const {admin} = context;
  const byHandle = admin ? getCommentPolicyByHandle(admin, blogHandle, commentPolicyTtlMs(context)).catch(() => null) : null;
  return async (blogId) => {
    try {
      const found = await byHandle;
      // No id: the Admin API could not be reached, and the safe default came back (as by id).
      if (found && (found.blogId === blogId || found.blogId === null)) return {policy: found.policy};
      return await loadCommentFormSettings(context, blogId);
    } catch (error) {
      console.error(error);
      return null;
    }
  };
}
