import {Link} from '@remix-run/react';
import {articlePath, type ArticleTeaser} from '~/lib/blog/blog';
import {blogCopy} from '~/components/blog/copy';

/** Previous (older) and next (newer) article by publication date. */
export function ArticleNeighbours({
  previous,
  next,
  className = '',
}: {
  previous: ArticleTeaser | null;
  next: ArticleTeaser | null;
  className?: string;
}) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={blogCopy.moreArticlesLabel} className={className}>
      <ul role="list" className="grid gap-4 sm:grid-cols-2">
        <li className="sm:col-start-1">
          {previous ? <NeighbourLink article={previous} direction="previous" /> : null}
        </li>
        <li className="sm:col-start-2">
          {next ? <NeighbourLink article={next} direction="next" /> : null}
        </li>
      </ul>
    </nav>
  );
}

function NeighbourLink({article, direction}: {article: ArticleTeaser; direction: 'previous' | 'next'}) {
  const isNext = direction === 'next';
  return (
    <Link
      to={articlePath(article.blogHandle, article.handle)}
      prefetch="intent"
      rel={isNext ? 'next' : 'prev'}
      data-neighbour={direction}
      className={`group flex h-full flex-col rounded-xl border border-stone-200 bg-white p-5 transition-colors hover:border-forest-700 ${
        isNext ? 'sm:items-end sm:text-right' : ''
      }`}
    >
      <span className="eyebrow inline-flex items-center gap-1.5">
        {!isNext ? <span aria-hidden="true">&larr;</span> : null}
        {isNext ? blogCopy.nextArticle : blogCopy.previousArticle}
        {isNext ? <span aria-hidden="true">&rarr;</span> : null}
      </span>
      <span className="mt-2 text-lg leading-snug font-extrabold text-forest-950 group-hover:text-forest-700">
        {article.title}
      </span>
    </Link>
  );
}
