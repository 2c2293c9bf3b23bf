import {useFetcher} from '@remix-run/react';
import {useEffect, useRef, useState, type MouseEvent, type ReactNode} from 'react';
import {articlePath, type CommentData, type CommentPageData} from '~/lib/blog/blog';
import {blogCopy} from '~/components/blog/copy';
import {AuthorMonogram} from '~/components/blog/AuthorBio';

export const COMMENTS_SECTION_ID = 'comments';
/** Query parameter of the no-JS "Show more comments" link on the article page. */
export const COMMENTS_CURSOR_PARAM = 'comments_cursor';

export type CommentsResponse = CommentPageData | {error: string};

/**
 * Approved comments: author name and text only. "Show more comments" is a real link to the article
 * page with `?comments_cursor=…` (readers without JavaScript get the next page there); with
 * JavaScript it loads the next page from the comments resource route and appends it in place.
 */
export function CommentList({
  blogHandle,
  articleHandle,
  firstPage,
  startsAfterCursor,
  children,
}: {
  blogHandle: string;
  articleHandle: string;
  firstPage: CommentPageData;
  /** True when the page was opened on a later comments page (the no-JS link). */
  startsAfterCursor: boolean;
  /** The comment form slot, rendered under the list. */
  children?: ReactNode;
}) {
  const fetcher = useFetcher<CommentsResponse>();
  const [pages, setPages] = useState<CommentPageData[]>([firstPage]);
  const [failed, setFailed] = useState(false);
  const focusIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // A new article (or a new first page after revalidation) starts the list over.
  const [source, setSource] = useState(firstPage);
  if (source !== firstPage) {
    setSource(firstPage);
    setPages([firstPage]);
  }

  useEffect(() => {
    const data = fetcher.data;
    if (fetcher.state !== 'idle' || !data) return;
    if ('error' in data) {
      setFailed(true);
      return;
    }
    setFailed(false);
    setPages((current) => {
      if (current.includes(data)) return current;
      focusIndex.current = current.reduce((total, page) => total + page.comments.length, 0);
      return [...current, data];
    });
  }, [fetcher.state, fetcher.data]);

  // Move focus to the first comment that was just added, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const item = listRef.current?.children[focusIndex.current] as HTMLElement | undefined;
    focusIndex.current = null;
    item?.focus();
  }, [pages]);

  const seen = new Set<string>();
  const comments: CommentData[] = [];
  for (const page of pages) {
    for (const comment of page.comments) {
      if (!seen.has(comment.id)) {
        seen.add(comment.id);
        comments.push(comment);
      }
    }
  }
  const last = pages[pages.length - 1];
  const base = articlePath(blogHandle, articleHandle);
  const loading = fetcher.state !== 'idle';

  function loadMore(event: MouseEvent<HTMLAnchorElement>) {
    if (!last.endCursor || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    fetcher.load(`${base}/comments?cursor=${encodeURIComponent(last.endCursor)}`);
  }

  return (
    <section id={COMMENTS_SECTION_ID} aria-labelledby="comments-title" className="scroll-mt-24">
      <div className="flex flex-wrap items-baseline justify-between gap-3 border-b border-stone-200 pb-4">
        <h2 id="comments-title" className="text-h2">
          {blogCopy.commentsTitle}
        </h2>
        {/* Counted from the pages shown (the Storefront API has no count): "5+ comments" until the last page is in. */}
        {startsAfterCursor ? null : (
          <p className="font-semibold text-charcoal-600" data-comment-count={comments.length}>
            {blogCopy.commentCount(comments.length, last.hasNextPage)}
          </p>
        )}
      </div>

      {comments.length === 0 ? (
        <p className="mt-6 text-charcoal-600">{blogCopy.commentsEmpty}</p>
      ) : (
        <ol ref={listRef} role="list" className="divide-y divide-stone-200" aria-busy={loading || undefined}>
          {comments.map((comment) => (
            <li key={comment.id} tabIndex={-1} className="py-6 focus-visible:outline-offset-4">
              <article aria-label={blogCopy.commentByline(comment.authorName)} className="flex gap-4">
                <AuthorMonogram name={comment.authorName} size="sm" />
                <div className="min-w-0 flex-1">
                  <p className="font-bold text-forest-950">{comment.authorName}</p>
                  <div className="mt-1.5 space-y-3 leading-relaxed break-words text-charcoal-900">
                    {comment.paragraphs.map((paragraph, index) => (
                      <p key={index} className="whitespace-pre-line">
                        {paragraph}
                      </p>
                    ))}
                  </div>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}

      <div className="mt-4 flex flex-wrap items-center gap-4">
        {last.hasNextPage && last.endCursor ? (
          <a
            href={`${base}?${COMMENTS_CURSOR_PARAM}=${encodeURIComponent(last.endCursor)}#${COMMENTS_SECTION_ID}`}
            onClick={loadMore}
            rel="nofollow"
            aria-disabled={loading || undefined}
            className="btn-secondary"
          >
            {loading ? blogCopy.loadingComments : blogCopy.showMoreComments}
          </a>
        ) : null}
        {startsAfterCursor ? (
          <a href={`${base}#${COMMENTS_SECTION_ID}`} className="font-semibold text-forest-700 underline underline-offset-4">
            {blogCopy.firstComments}
          </a>
        ) : null}
      </div>
      <p role="status" className="mt-2 text-sm font-semibold text-clay-700">
        {failed ? blogCopy.commentsLoadFailed : ''}
      </p>

      {children}
    </section>
  );
}
