import type {ArticleTeaser} from '~/lib/blog/blog';
import {blogCopy} from '~/components/blog/copy';
import {ArticleCard} from '~/components/blog/ArticleCard';

/** Up to three articles that share tags with the one being read. Renders nothing when there are none. */
export function RelatedArticles({articles, className = ''}: {articles: ArticleTeaser[]; className?: string}) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-articles" className={className}>
      <p className="eyebrow">{blogCopy.relatedIntro}</p>
      <h2 id="related-articles" className="mt-2 text-h2">
        {blogCopy.relatedTitle}
      </h2>
      <ul role="list" className="mt-8 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} headingLevel={3} showTags={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
