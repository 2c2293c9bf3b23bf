import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {toCommentPage} from '~/lib/blog/blog';
import {loadCommentPage} from '~/lib/comments/comment-page.server';
import type {CommentsResponse} from '~/components/blog/CommentList';

/**
 * GET /blogs/:blogHandle/:articleHandle/comments?cursor=… — the next page of approved comments as
 * JSON, for "Show more comments" with JavaScript (readers without it follow the link to the
 * article page instead). Errors come back as `{error}` data, never thrown, so a failed "show more"
 * leaves the article page standing.
 */
export async function loader({params, request, context}: LoaderFunctionArgs) {
  const {blogHandle, articleHandle} = params;
  const cursor = new URL(request.url).searchParams.get('cursor');
  const respond = (body: CommentsResponse, status = 200) =>
    Response.json(body, {status, headers: {'X-Robots-Tag': 'noindex'}});

  if (!blogHandle || !articleHandle) return respond({error: 'not-found'}, 404);
  try {
    const comments = await loadCommentPage(context, {blogHandle, articleHandle, after: cursor || null});
    if (!comments) return respond({error: 'not-found'}, 404);
    return respond(toCommentPage(comments));
  } catch (error) {
    console.error(error);
    return respond({error: 'unavailable'}, 502);
  }
}
