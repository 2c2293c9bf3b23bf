import {Link} from '@remix-run/react';
import {blogPath, tagPath} from '~/lib/blog/blog';
import {HIGH_FETCH_PRIORITY} from '~/lib/media/fetch-priority';
import type {ResponsiveImage} from '~/lib/media/responsive-image';
import {ArticleByline} from '~/components/blog/ArticleByline';
import {AuthorMonogram} from '~/components/blog/AuthorBio';
import {Breadcrumbs} from '~/components/blog/Breadcrumbs';
import {blogCopy} from '~/components/blog/copy';

/**
 * The top of an article: breadcrumbs, the first tag, the title (the page's h1, `#article-title`),
 * the standfirst, the byline, and the hero image (the LCP on most screens: eager, high priority,
 * preloaded by the route's meta with the same srcset and sizes).
 */
export function ArticleHeader({
  blog,
  article,
  hero,
}: {
  blog: {handle: string; title: string};
  article: {
    title: string;
    excerpt: string;
    tags: string[];
    publishedAt: string;
    readingMinutes: number;
    author: {name: string} | null;
  };
  hero: ResponsiveImage | null;
}) {
  const [firstTag] = article.tags;
  return (
    <>
      <header className="container-page pt-8 sm:pt-12 lg:pt-16">
        <div className="mx-auto max-w-3xl text-center">
          <Breadcrumbs
            className="flex justify-center"
            items={[
              {label: blogCopy.homeCrumb, to: '/'},
              {label: blog.title, to: blogPath(blog.handle)},
            ]}
          />
          {firstTag ? (
            <p className="eyebrow mt-8">
              <Link to={tagPath(blog.handle, firstTag)} prefetch="intent" className="hover:underline">
                {firstTag}
              </Link>
            </p>
          ) : null}
          <h1 id="article-title" className="mt-3 text-h1 text-balance">
            {article.title}
          </h1>
          {article.excerpt ? (
            <p className="mx-auto mt-5 max-w-2xl text-lead text-pretty text-charcoal-600">{article.excerpt}</p>
          ) : null}
          <div className="mt-8 flex items-center justify-center gap-3 text-left">
            {article.author ? <AuthorMonogram name={article.author.name} size="sm" /> : null}
            <ArticleByline
              authorName={article.author?.name}
              publishedAt={article.publishedAt}
              readingMinutes={article.readingMinutes}
              className="text-[0.9375rem] leading-snug text-charcoal-600"
              authorClassName="font-bold text-forest-950"
            />
          </div>
        </div>
      </header>

      {hero ? (
        <figure className="container-page mt-10 sm:mt-12">
          <img
            src={hero.src}
            srcSet={hero.srcSet}
            sizes={hero.sizes}
            width={hero.width}
            height={hero.height}
            alt={hero.alt}
            loading="eager"
            {...HIGH_FETCH_PRIORITY}
            className="mx-auto block aspect-[16/9] h-auto w-full max-w-6xl rounded-2xl bg-stone-200 object-cover shadow-sm"
          />
        </figure>
      ) : null}
    </>
  );
}
