import type {BlogCommentPageFragment} from 'storefrontapi.generated';
import {ARTICLE_COMMENTS_QUERY, COMMENTS_PER_PAGE} from '~/graphql/blog/comments';
import type {AppLoadContext} from '~/lib/shop/context.server';

type Context = Pick<AppLoadContext, 'storefront' | 'cachePolicy'>;

/**
 * One page of an article's approved comments after a cursor: the no-JS "Show more comments" link
 * (article page) and the comments resource route share it. Null when the article is gone; a failed
 * query throws, and each caller decides how quietly it degrades.
 */
export async function loadCommentPage(
  context: Context,
  {blogHandle, articleHandle, after}: {blogHandle: string; articleHandle: string; after: string | null},
): Promise<BlogCommentPageFragment | null> {
  const {blog} = await context.storefront.query(ARTICLE_COMMENTS_QUERY, {
    cache: context.cachePolicy.content(),
    variables: {blogHandle, articleHandle, first: COMMENTS_PER_PAGE, after},
  });
  return blog?.articleByHandle?.comments ?? null;
}
