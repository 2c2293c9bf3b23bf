import {Pagination} from '@shopify/hydrogen';
import type {ArticleCardData} from '~/lib/blog/blog';
import {ArticleCard} from '~/components/blog/ArticleCard';
import {blogCopy} from '~/components/blog/copy';

export interface ArticleConnection {
  nodes: ArticleCardData[];
  pageInfo: {hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null};
}

/**
 * Article cards with cursor pagination. "Load more" is a real link (`?direction=next&cursor=…`)
 * that crawlers and readers without JavaScript follow to the next page; with JavaScript, Hydrogen's
 * Pagination keeps the cards already shown and appends the next page without a full reload.
 */
export function ArticleGrid({
  articles,
  activeTag,
  eagerCount = 3,
}: {
  articles: ArticleConnection;
  activeTag?: string;
  eagerCount?: number;
}) {
  return (
    <Pagination connection={articles}>
      {({nodes, NextLink, PreviousLink, isLoading, hasPreviousPage, hasNextPage}) => (
        <>
          {hasPreviousPage ? (
            <div className="mb-10 flex justify-center">
              <PreviousLink rel="prev" className="btn-secondary">
                {blogCopy.loadNewer}
              </PreviousLink>
            </div>
          ) : null}
          <ul
            role="list"
            className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3"
            aria-busy={isLoading || undefined}
          >
            {nodes.map((article, index) => (
              <li key={article.id}>
                <ArticleCard article={article} eager={index < eagerCount} activeTag={activeTag} />
              </li>
            ))}
          </ul>
          <p className="sr-only" aria-live="polite">
            {blogCopy.showingCount(nodes.length)}
          </p>
          {hasNextPage ? (
            <div className="mt-12 flex justify-center">
              <NextLink rel="next" className="btn-primary min-w-56" aria-disabled={isLoading || undefined}>
                {isLoading ? blogCopy.loadingMore : blogCopy.loadMore}
              </NextLink>
            </div>
          ) : null}
        </>
      )}
    </Pagination>
  );
}
