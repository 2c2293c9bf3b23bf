import type {ComponentProps, ReactNode} from 'react';
import {ArticleGrid, type ArticleConnection} from '~/components/blog/ArticleGrid';
import {BlogHeader} from '~/components/blog/BlogHeader';

/**
 * A page that lists a blog's articles (the blog, one of its tags): the header, then the cards, or
 * the page's own empty state when there are none.
 */
export function BlogListing({
  header,
  articles,
  activeTag,
  empty,
}: {
  header: ComponentProps<typeof BlogHeader>;
  articles: ArticleConnection;
  activeTag?: string;
  empty: ReactNode;
}) {
  return (
    <div className="container-page pb-20 pt-10 sm:pt-14">
      <BlogHeader {...header} />
      <div className="mt-12">{articles.nodes.length ? <ArticleGrid articles={articles} activeTag={activeTag} /> : empty}</div>
    </div>
  );
}
