import {Link} from '@remix-run/react';
import {Image} from '@shopify/hydrogen';
import {wholePixelSrcSetOptions} from '~/lib/media/fluid-image';
import {articlePath, type ArticleCardData, type ArticleTeaser} from '~/lib/blog/blog';
import {ArticleByline} from '~/components/blog/ArticleByline';
import {TagLinks} from '~/components/blog/TagLinks';

/** Image slot width in the 1 / 2 / 3 column grid (container-page padding and 2rem gaps). */
export const CARD_IMAGE_SIZES =
  '(min-width: 1280px) 384px, (min-width: 1024px) calc((100vw - 8rem) / 3), (min-width: 640px) calc((100vw - 5rem) / 2), calc(100vw - 2rem)';

/**
 * A card's slot is 358–480 CSS px wide at most (a phone's column; two columns just under 1024 px),
 * so 480, 960 and 1440 px cover 1x to 3x screens: three candidates instead of Hydrogen's fifteen
 * steps (eight after the image's own width), which were most of a card's markup.
 */
const CARD_IMAGE_WIDTHS = {intervals: 3, startingWidth: 480, incrementSize: 480};

/** A full card (a blog page, the home journal) or a teaser (related articles: no excerpt or author). */
type CardArticle = ArticleTeaser & Partial<Pick<ArticleCardData, 'excerpt' | 'authorName' | 'readingMinutes'>>;

/**
 * The one article card, wherever articles are listed: 16:9 image, tags, title, excerpt and byline,
 * each shown when the card has it. The whole card is clickable through the title link (stretched
 * over the card); tag links sit above it.
 */
export function ArticleCard({
  article,
  headingLevel = 2,
  eager = false,
  activeTag,
  showTags = true,
}: {
  article: CardArticle;
  headingLevel?: 2 | 3;
  eager?: boolean;
  activeTag?: string;
  /** Related articles leave their tags out: the page's own tag links sit just above them. */
  showTags?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = articlePath(article.blogHandle, article.handle);
  return (
    <article className="card group relative flex h-full flex-col focus-within:ring-2 focus-within:ring-clay-600">
      <div className="aspect-[16/9] overflow-hidden bg-stone-200">
        {article.image ? (
          <Image
            data={article.image}
            alt={article.image.altText ?? ''}
            aspectRatio="16/9"
            sizes={CARD_IMAGE_SIZES}
            srcSetOptions={wholePixelSrcSetOptions('16/9', CARD_IMAGE_WIDTHS)}
            loading={eager ? 'eager' : 'lazy'}
            className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col p-5 sm:p-6">
        {showTags ? (
          <TagLinks blogHandle={article.blogHandle} tags={article.tags} activeTag={activeTag} className="mb-3" />
        ) : null}
        <Heading className="text-xl leading-snug font-extrabold tracking-tight text-forest-950">
          <Link
            to={href}
            prefetch="intent"
            className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none group-hover:text-forest-700"
          >
            {article.title}
          </Link>
        </Heading>
        {article.excerpt ? (
          <p className="mt-3 line-clamp-3 text-[0.975rem] leading-relaxed text-charcoal-600">{article.excerpt}</p>
        ) : null}
        <ArticleByline
          authorName={article.authorName}
          publishedAt={article.publishedAt}
          readingMinutes={article.readingMinutes}
          className="mt-auto pt-5 text-sm text-charcoal-600"
        />
      </div>
    </article>
  );
}
