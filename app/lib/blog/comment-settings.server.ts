import {loadCommentFormSettings} from '~/lib/comments/comment-action.server';
import type {CommentFormSettings} from '~/lib/comments/comment-form-state';
import type {AppLoadContext} from '~/lib/shop/context.server';

/**
 * The comment form's settings (the blog's comment policy, from the Admin API by blog id), started
 * as early as the page allows. A blog keeps its id for life, so once this isolate has seen a
 * blog's handle the lookup starts beside the article query instead of after it; a blog recreated
 * under the same handle (a new id) is noticed and asked again. A failure leaves the form out.
 */
const MAX_REMEMBERED_BLOGS = 32;
const blogIds = new Map<string, string>();

function remember(blogHandle: string, blogId: string) {
  blogIds.delete(blogHandle);
  blogIds.set(blogHandle, blogId);
  if (blogIds.size > MAX_REMEMBERED_BLOGS) {
    const oldest = blogIds.keys().next().value;
    if (oldest !== undefined) blogIds.delete(oldest);
  }
}

function load(context: AppLoadContext, blogId: string): Promise<CommentFormSettings | null> {
  return loadCommentFormSettings(context, blogId).catch((error: unknown) => {
    console.error(error);
    return null;
  });
}

/** Starts the lookup now when the blog's id is known; call the result with the id the article query gave. */
export function startCommentFormSettings(
  context: AppLoadContext,
  blogHandle: string,
): (blogId: string) => Promise<CommentFormSettings | null> {
  const knownId = blogIds.get(blogHandle);
  const early = knownId ? load(context, knownId) : null;
  return (blogId) => {
    remember(blogHandle, blogId);
    return early && knownId === blogId ? early : load(context, blogId);
  };
}
