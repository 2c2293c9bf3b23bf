import type {CommentPageData} from '~/lib/blog/blog';
import {articlePath} from '~/lib/blog/blog';
import type {CommentFormSettings} from '~/lib/comments/comment-form-state';
import {ArticleSlot} from '~/components/blog/ArticleSlot';
import {CommentForm} from '~/components/blog/CommentForm';
import {CommentList} from '~/components/blog/CommentList';

/**
 * The comments under an article and, in its slot, the comment form (or a "comments are closed"
 * line for CLOSED blogs; nothing when the policy could not be read).
 */
export function ArticleComments({
  blogHandle,
  article,
  firstPage,
  startsAfterCursor,
  formSettings,
}: {
  blogHandle: string;
  article: {id: string; handle: string};
  firstPage: CommentPageData;
  startsAfterCursor: boolean;
  formSettings: CommentFormSettings | null;
}) {
  return (
    <div className="container-page mt-16 mb-20">
      <div className="mx-auto max-w-[68ch]">
        <CommentList
          key={article.id}
          blogHandle={blogHandle}
          articleHandle={article.handle}
          firstPage={firstPage}
          startsAfterCursor={startsAfterCursor}
        >
          <ArticleSlot name="comment-form" className="mt-10">
            {formSettings ? (
              <CommentForm action={articlePath(blogHandle, article.handle)} settings={formSettings} />
            ) : null}
          </ArticleSlot>
        </CommentList>
      </div>
    </div>
  );
}
