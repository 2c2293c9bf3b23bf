import {data} from '@shopify/remix-oxygen';
import type {AppLoadContext} from '~/lib/shop/context.server';
import {guardFormPost, guardStatus} from '~/lib/forms/form-guard.server';
import {formIds} from '~/lib/forms/form-guard-fields';
import {createRateLimiter} from '~/lib/forms/rate-limit.server';
import {parseCommentInput, type CommentFieldErrors} from '~/lib/comments/comment-input';
import type {CommentFormSettings, CommentFormState} from '~/lib/comments/comment-form-state';
import {getCommentPolicy, submitComment} from '~/lib/comments/submit-comment.server';
import {commentCopy} from '~/lib/comments/copy';
import {readFormData} from '~/lib/forms/read-form.server';

// Five comments per address per ten minutes is plenty for a person and dull for a bot.
const commentLimiter = createRateLimiter({limit: 5, windowMs: 10 * 60_000});

/**
 * Whether comments are open on this blog. The form's anti-bot token is not part of the page: the
 * form fetches one for its browser after hydration (docs/decisions/020-form-abuse-protection.md).
 */
export async function loadCommentFormSettings(
  context: AppLoadContext,
  blogId: string,
): Promise<CommentFormSettings> {
  if (!context.admin) return {policy: 'UNAVAILABLE'};
  return {policy: await getCommentPolicy(context.admin, blogId, commentPolicyTtlMs(context))};
}

/**
 * How long an isolate keeps a blog's comment policy: a while only when Storefront answers are cached
 * too (STOREFRONT_CACHE=live, a real store's default); otherwise, as on the emulator by default, not
 * at all, so an editor's change shows at once. Undefined: the lookup's own default.
 */
export function commentPolicyTtlMs(context: Pick<AppLoadContext, 'settings'>): number | undefined {
  return context.settings.storefrontCache === 'live' ? undefined : 0;
}

const ARTICLE_IDS_QUERY = `#graphql
  query CommentTarget($blogHandle: String!, $articleHandle: String!) {
    blog(handle: $blogHandle) {
      id
      articleByHandle(handle: $articleHandle) {
        id
      }
    }
  }
` as const;

/**
 * The article page's action: a reader's comment, checked and sent to Shopify's
 * moderation queue. Any failure hands back everything the reader typed.
 */
export async function handleCommentSubmission({
  request,
  context,
  blogHandle,
  articleHandle,
}: {
  request: Request;
  context: AppLoadContext;
  blogHandle: string;
  articleHandle: string;
}) {
  const formData = await readFormData(request);
  const parsed = parseCommentInput(formData);
  const formId = formIds.comment(blogHandle, articleHandle);
  // Every failure hands back the reader's words and a token to send them again with.
  const {guard, formToken, headers} = await guardFormPost({
    request,
    formData,
    formId,
    settings: context.settings,
    limiter: commentLimiter,
  });
  const fail = (status: number, message: string, fieldErrors: CommentFieldErrors = {}) =>
    data<CommentFormState>({status: 'error', message, values: parsed.values, fieldErrors, formToken}, {status, headers});

  if (!guard.ok) return fail(guardStatus(guard.reason), guard.message);
  // A form shown again with field errors is an ordinary answer, not a failed request (a 4xx
  // here would also log a console error in the reader's browser on every typo).
  if (!parsed.ok) return fail(200, commentCopy.fixFields, parsed.fieldErrors);

  // Ids come from the Storefront API, never from the form.
  const {blog} = await context.storefront.query(ARTICLE_IDS_QUERY, {
    cache: context.cachePolicy.content(),
    variables: {blogHandle, articleHandle},
  });
  const articleId = blog?.articleByHandle?.id;
  if (!blog || !articleId) throw new Response(null, {status: 404});

  if (!context.admin) return fail(503, commentCopy.unavailable);
  const policy = await getCommentPolicy(context.admin, blog.id, context.settings.usesEmulator ? 0 : undefined);
  if (policy === 'CLOSED') return fail(403, commentCopy.closedOnSubmit);

  const result = await submitComment(context.admin, {
    blogId: blog.id,
    articleId,
    values: parsed.values,
    ip: guard.ip,
  });
  if (!result.ok) return fail(result.reason === 'rejected' ? 422 : 503, commentCopy.failed);

  // Shopify's REST answer is "pending" while its spam check runs, even on a blog that publishes
  // comments automatically; the blog's policy says what the reader should expect.
  const published = result.status === 'published' || (result.status === 'pending' && policy === 'AUTO_PUBLISHED');
  return data<CommentFormState>({
    status: 'success',
    outcome: published ? 'published' : 'pending',
    message: published ? commentCopy.published : commentCopy.pending,
    // Still valid: a reader without JavaScript can send another comment without a round trip.
    formToken,
  });
}
