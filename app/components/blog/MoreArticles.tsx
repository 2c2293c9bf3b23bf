import {Await} from '@remix-run/react';
import {Suspense} from 'react';
import type {MoreArticles as MoreArticlesData} from '~/lib/blog/more-articles.server';
import {ArticleNeighbours} from '~/components/blog/ArticleNeighbours';
import {RelatedArticles} from '~/components/blog/RelatedArticles';

/** Previous/next and related articles below an article: streamed, nothing while loading or on failure. */
export function MoreArticles({articles}: {articles: Promise<MoreArticlesData>}) {
  return (
    <Suspense fallback={null}>
      <Await resolve={articles} errorElement={null}>
        {({previous, next, related}) => (
          <div className="render-when-near container-page mt-16 space-y-16 [--height-estimate:80rem] lg:[--height-estimate:40rem]">
            <ArticleNeighbours previous={previous} next={next} className="mx-auto max-w-4xl" />
            <RelatedArticles articles={related} className="border-t border-stone-200 pt-14" />
          </div>
        )}
      </Await>
    </Suspense>
  );
}
