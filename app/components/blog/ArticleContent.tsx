import type {ReactNode} from 'react';
import type {TocItem} from '~/lib/blog/blog';
import type {PromoBanner} from '~/lib/marketing/promo-banner';
import {ArticleSlot} from '~/components/blog/ArticleSlot';
import {AuthorBio} from '~/components/blog/AuthorBio';
import {ShareArticle} from '~/components/blog/ShareArticle';
import {TableOfContents} from '~/components/blog/TableOfContents';
import {TagLinks} from '~/components/blog/TagLinks';
import {blogCopy} from '~/components/blog/copy';
import {ArticleBody, type ArticleBodyPart} from '~/components/marketing/ArticleBody';
import {NewsletterForm} from '~/components/marketing/NewsletterForm';

/**
 * The reading column: the table of contents (a sticky sidebar on wide screens, inline above the
 * body otherwise), the promo slot, the body, and its footer (tags, sharing, the author, the
 * newsletter call to action). The sidebar stops above the consent banner while that asks, so its last
 * links stay reachable.
 */
export function ArticleContent({
  blogHandle,
  article,
  canonical,
  promoBanner,
  inlinePromo,
}: {
  blogHandle: string;
  article: {
    title: string;
    tags: string[];
    toc: TocItem[];
    body: ArticleBodyPart[];
    author: {name: string; bio: string | null} | null;
  };
  canonical: string;
  promoBanner: ReactNode;
  inlinePromo: PromoBanner | null;
}) {
  return (
    <div className="container-page mt-10 sm:mt-14 lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-10 xl:grid-cols-[15rem_minmax(0,1fr)_15rem]">
      <aside className="hidden lg:block">
        <TableOfContents items={article.toc} variant="sidebar" className="sticky top-24 max-h-[calc(100vh-8rem-var(--consent-banner-height,0px))] overflow-y-auto pb-4" />
      </aside>

      <div className="min-w-0">
        <div className="mx-auto max-w-[68ch]">
          <TableOfContents items={article.toc} variant="inline" className="mb-10 lg:hidden" />
          <ArticleSlot name="promo-banner" className="mb-10">
            {promoBanner}
          </ArticleSlot>
        </div>

        <ArticleBody segments={article.body} inlinePromo={inlinePromo} />

        <footer className="mx-auto mt-14 max-w-[68ch] space-y-10 border-t border-stone-200 pt-10">
          <div className="flex flex-col gap-8 sm:flex-row sm:items-start sm:justify-between">
            {article.tags.length ? (
              <div>
                <h2 className="eyebrow">{blogCopy.taggedLabel}</h2>
                <TagLinks blogHandle={blogHandle} tags={article.tags} size="md" className="mt-3" />
              </div>
            ) : null}
            <ShareArticle url={canonical} title={article.title} />
          </div>
          {article.author ? <AuthorBio name={article.author.name} bio={article.author.bio} /> : null}
          <ArticleSlot name="newsletter">
            <NewsletterForm variant="article" />
          </ArticleSlot>
        </footer>
      </div>
    </div>
  );
}
