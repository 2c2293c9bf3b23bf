import {Link} from '@remix-run/react';
import {Image} from '@shopify/hydrogen';
import {articlePath, formatPublishedDate, type ArticleTeaser} from '~/lib/blog';
import {blogCopy} from '~/components/blog/copy';
import {CARD_IMAGE_SIZES} from '~/components/blog/ArticleCard';

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
            <article className="card group relative h-full">
              <div className="aspect-[16/9] overflow-hidden bg-stone-200">
                {article.image ? (
                  <Image
                    data={article.image}
                    alt={article.image.altText ?? ''}
                    aspectRatio="16/9"
                    sizes={CARD_IMAGE_SIZES}
                    className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
                  />
                ) : null}
              </div>
              <div className="p-5">
                <h3 className="text-lg leading-snug font-extrabold text-forest-950">
                  <Link
                    to={articlePath(article.blogHandle, article.handle)}
                    prefetch="intent"
                    className="after:absolute after:inset-0 after:content-[''] group-hover:text-forest-700"
                  >
                    {article.title}
                  </Link>
                </h3>
                <p className="mt-2 text-sm text-charcoal-600">
                  <time dateTime={article.publishedAt}>{formatPublishedDate(article.publishedAt)}</time>
                </p>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
