import {formatPublishedDate} from '~/lib/blog/blog';
import {blogCopy} from '~/components/blog/copy';

/**
 * Who wrote it, then when and how long it takes to read: two short lines that wrap cleanly on a
 * phone, on cards and under an article's title.
 */
export function ArticleByline({
  authorName,
  publishedAt,
  readingMinutes,
  className = '',
  authorClassName = 'font-semibold text-charcoal-900',
}: {
  authorName?: string | null;
  publishedAt: string;
  readingMinutes?: number;
  className?: string;
  authorClassName?: string;
}) {
  return (
    <div className={className}>
      {authorName ? <p className={authorClassName}>{blogCopy.byAuthor(authorName)}</p> : null}
      <p className="flex flex-wrap items-center gap-x-2">
        <time dateTime={publishedAt}>{formatPublishedDate(publishedAt)}</time>
        {readingMinutes ? (
          <>
            <span aria-hidden="true" className="text-stone-300">
              &bull;
            </span>
            <span>{blogCopy.readingTime(readingMinutes)}</span>
          </>
        ) : null}
      </p>
    </div>
  );
}
