import {Await, Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {ActionFunctionArgs, LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Suspense, type ReactNode} from 'react';
import {ARTICLE_COMMENTS_QUERY, COMMENTS_PER_PAGE, COMMENT_PAGE_FRAGMENT} from '~/graphql/blog/comments';
import {prepareArticleHtml} from '~/lib/content/article-html.server';
import {handleCommentSubmission, loadCommentFormSettings} from '~/lib/comments/comment-action.server';
import {
  articlePath,
  blogPath,
  feedPath,
  findNeighbours,
  rankRelated,
  tagPath,
  toCommentPage,
  type ArticleTeaser,
} from '~/lib/blog';
import {readingTimeMinutes, countWords} from '~/lib/reading-time';
import {HIGH_FETCH_PRIORITY} from '~/lib/fetch-priority';
import {responsiveImage} from '~/lib/responsive-image';
import {
  absoluteUrl,
  blogPostingJsonLd,
  breadcrumbJsonLd,
  buildMeta,
  canonicalUrl,
  requestOrigin,
  summarize,
  type PageSeo,
} from '~/lib/seo';
import {ArticleByline} from '~/components/blog/ArticleByline';
import {ArticleNeighbours} from '~/components/blog/ArticleNeighbours';
import {ArticleSlot} from '~/components/blog/ArticleSlot';
import {AuthorBio, AuthorMonogram} from '~/components/blog/AuthorBio';
import {Breadcrumbs} from '~/components/blog/Breadcrumbs';
import {CommentList, COMMENTS_CURSOR_PARAM, COMMENTS_SECTION_ID} from '~/components/blog/CommentList';
import {JsonLd} from '~/components/blog/JsonLd';
import {RelatedArticles} from '~/components/blog/RelatedArticles';
import {ShareArticle} from '~/components/blog/ShareArticle';
import {TableOfContents} from '~/components/blog/TableOfContents';
import {TagLinks} from '~/components/blog/TagLinks';
import {blogCopy} from '~/components/blog/copy';
import {CommentForm} from '~/components/blog/CommentForm';
import {ArticleBody} from '~/components/marketing/ArticleBody';
import {NewsletterForm} from '~/components/marketing/NewsletterForm';
import {PromoCard} from '~/components/marketing/PromoCard';
import {loadArticlePromo, withInlineProductCards} from '~/lib/marketing/promos.server';

/** Ids the page uses itself; a heading or element in the body never takes them. */
const PAGE_IDS = ['main', 'article-title', 'about-author', 'related-articles', COMMENTS_SECTION_ID, 'comments-title'];

/** The hero spans the page container up to 72rem (container-page padding: 1rem, 1.5rem, 2rem). */
const HERO_SIZES =
  '(min-width: 1216px) 1152px, (min-width: 1024px) calc(100vw - 4rem), (min-width: 640px) calc(100vw - 3rem), calc(100vw - 2rem)';

/** How far back previous/next and related articles look (one Storefront page). */
const NEIGHBOUR_WINDOW = 250;

export const meta: MetaFunction<typeof loader> = ({data}) =>
  data ? buildMeta(data.seo) : [{title: 'Article not found'}];

/** A reader's comment: validated, then sent to Shopify's moderation queue (docs/decisions/021). */
export async function action({params, request, context}: ActionFunctionArgs) {
  const {blogHandle, articleHandle} = params;
  if (!blogHandle || !articleHandle) throw new Response(null, {status: 404});
  return handleCommentSubmission({request, context, blogHandle, articleHandle});
}

export async function loader({params, request, context}: LoaderFunctionArgs) {
  const {blogHandle, articleHandle} = params;
  if (!blogHandle || !articleHandle) throw new Response(null, {status: 404});
  const {storefront, cachePolicy} = context;
  const cache = cachePolicy.content();
  const commentsCursor = new URL(request.url).searchParams.get(COMMENTS_CURSOR_PARAM);

  // Critical, in parallel: the article (with its first comments) and, for the no-JS
  // "Show more comments" link, the requested later page of comments.
  // Marketing: the promo above the body, in parallel (a failure only hides it).
  const [{shop, blog}, laterComments, articlePromo] = await Promise.all([
    storefront.query(ARTICLE_QUERY, {
      cache,
      variables: {blogHandle, articleHandle, commentsFirst: COMMENTS_PER_PAGE},
    }),
    commentsCursor
      ? storefront
          .query(ARTICLE_COMMENTS_QUERY, {
            cache,
            variables: {blogHandle, articleHandle, first: COMMENTS_PER_PAGE, after: commentsCursor},
          })
          .catch(() => null)
      : null,
    loadArticlePromo(context, request, {blogHandle, articleHandle}),
  ]);

  const article = blog?.articleByHandle;
  if (!blog || !article) throw new Response(null, {status: 404});

  const body = prepareArticleHtml(article.contentHtml, {reservedIds: PAGE_IDS});
  // Marketing: product links on their own line become product cards (one query, only if any).
  const bodySegments = withInlineProductCards(context, body.nodes, articlePromo.ownDomains);
  const origin = requestOrigin(request);
  const canonical = canonicalUrl(request);
  const blogUrl = absoluteUrl(origin, blogPath(blog.handle));
  const title = article.seo?.title || article.title;
  const description = summarize(article.seo?.description || article.excerpt || body.text);
  const hero = article.image ? responsiveImage(article.image, {sizes: HERO_SIZES}) : null;
  const wordCount = countWords(body.text);

  const laterPage = laterComments?.blog?.articleByHandle?.comments;
  const comments = toCommentPage(laterPage ?? article.comments);

  const seo: PageSeo = {
    title,
    description,
    canonical,
    siteName: shop.name,
    type: 'article',
    image: article.image,
    article: {
      publishedTime: article.publishedAt,
      tags: article.tags,
      authorName: article.authorV2?.name,
      section: blog.title,
    },
    feed: {href: absoluteUrl(origin, feedPath(blog.handle)), title: blogCopy.feedTitle(blog.title)},
    preloadImage: hero,
  };

  const jsonLd = [
    blogPostingJsonLd({
      url: canonical,
      headline: article.title,
      description,
      datePublished: article.publishedAt,
      image: article.image,
      author: article.authorV2 ? {name: article.authorV2.name, bio: article.authorV2.bio} : null,
      publisher: {name: shop.name, url: `${origin}/`},
      keywords: article.tags,
      section: blog.title,
      wordCount,
    }),
    breadcrumbJsonLd([
      {name: blogCopy.homeCrumb, url: `${origin}/`},
      {name: blog.title, url: blogUrl},
      {name: article.title, url: canonical},
    ]),
  ];

  // Deferred, below the fold: previous/next and related articles come from one light listing of
  // the blog. A failure here only hides those sections.
  const moreArticles = storefront
    .query(ARTICLE_NEIGHBOURS_QUERY, {cache, variables: {blogHandle: blog.handle, first: NEIGHBOUR_WINDOW}})
    .then(({blog: listing}) => {
      const entries: ArticleTeaser[] = (listing?.articles.nodes ?? []).map((entry) => ({
        ...entry,
        blogHandle: blog.handle,
        image: entry.image ?? null,
      }));
      return {...findNeighbours(entries, article.handle), related: rankRelated(entries, article)};
    })
    .catch((error: unknown) => {
      console.error(error);
      return {previous: null, next: null, related: [] as ArticleTeaser[]};
    });

  // Awaited, not deferred: streamed Suspense content needs JavaScript to show, and the comment
  // form must work without it. The policy lookup is cached per isolate (one Admin call a minute).
  const commentFormSettings = await loadCommentFormSettings(context, blog.id).catch((error: unknown) => {
    console.error(error);
    return null;
  });

  return {
    commentFormSettings,
    blog: {id: blog.id, handle: blog.handle, title: blog.title},
    article: {
      id: article.id,
      handle: article.handle,
      title: article.title,
      excerpt: article.excerpt ?? '',
      publishedAt: article.publishedAt,
      tags: article.tags,
      author: article.authorV2 ? {name: article.authorV2.name, bio: article.authorV2.bio ?? null} : null,
      readingMinutes: readingTimeMinutes(body.text),
      body: await bodySegments,
      toc: body.toc,
    },
    promo: articlePromo.promo,
    inlinePromo: articlePromo.inlinePromo,
    hero,
    comments,
    commentsFromCursor: Boolean(laterPage),
    commentCount: {
      value: article.commentCount.nodes.length,
      capped: article.commentCount.pageInfo.hasNextPage,
    },
    canonical,
    seo,
    jsonLd,
    moreArticles,
  };
}


export default function ArticlePage() {
  const {blog, article, hero, comments, commentsFromCursor, commentCount, canonical, jsonLd, moreArticles, commentFormSettings, promo, inlinePromo} =
    useLoaderData<typeof loader>();

  // Slots other features fill; each renders nothing while empty.
  const promoBanner: ReactNode = promo ? <PromoCard banner={promo} /> : null; // Promo banner above the body (marketing banners).
  const newsletter: ReactNode = <NewsletterForm variant="article" />; // Newsletter call to action after the body.
  const commentForm: ReactNode = commentFormSettings ? (
    <CommentForm action={articlePath(blog.handle, article.handle)} settings={commentFormSettings} />
  ) : null;

  return (
    <>
      <JsonLd data={jsonLd} />
      <article aria-labelledby="article-title" className="pb-4">
        <header className="container-page pt-8 sm:pt-12 lg:pt-16">
          <div className="mx-auto max-w-3xl text-center">
            <Breadcrumbs
              className="flex justify-center"
              items={[
                {label: blogCopy.homeCrumb, to: '/'},
                {label: blog.title, to: blogPath(blog.handle)},
              ]}
            />
            {article.tags[0] ? (
              <p className="eyebrow mt-8">
                <Link to={tagPath(blog.handle, article.tags[0])} prefetch="intent" className="hover:underline">
                  {article.tags[0]}
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

        <div className="container-page mt-10 sm:mt-14 lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-10 xl:grid-cols-[15rem_minmax(0,1fr)_15rem]">
          <aside className="hidden lg:block">
            <TableOfContents items={article.toc} variant="sidebar" className="sticky top-24 max-h-[calc(100vh-8rem)] overflow-y-auto pb-4" />
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
                    <TagLinks blogHandle={blog.handle} tags={article.tags} size="md" className="mt-3" />
                  </div>
                ) : null}
                <ShareArticle url={canonical} title={article.title} />
              </div>
              {article.author ? <AuthorBio name={article.author.name} bio={article.author.bio} /> : null}
              <ArticleSlot name="newsletter">{newsletter}</ArticleSlot>
            </footer>
          </div>
        </div>
      </article>

      <Suspense fallback={null}>
        <Await resolve={moreArticles} errorElement={null}>
          {({previous, next, related}) => (
            <div className="container-page mt-16 space-y-16">
              <ArticleNeighbours previous={previous} next={next} className="mx-auto max-w-4xl" />
              <RelatedArticles articles={related} className="border-t border-stone-200 pt-14" />
            </div>
          )}
        </Await>
      </Suspense>

      <div className="container-page mt-16 mb-20">
        <div className="mx-auto max-w-[68ch]">
          <CommentList
            key={article.id}
            blogHandle={blog.handle}
            articleHandle={article.handle}
            count={commentCount}
            firstPage={comments}
            startsAfterCursor={commentsFromCursor}
          >
            {/* The comment form (and a "comments are closed" line for CLOSED blogs) goes in this slot. */}
            <ArticleSlot name="comment-form" className="mt-10">
              {commentForm}
            </ArticleSlot>
          </CommentList>
        </div>
      </div>
    </>
  );
}

const ARTICLE_QUERY = `#graphql
  query BlogArticle(
    $blogHandle: String!
    $articleHandle: String!
    $commentsFirst: Int!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    shop {
      name
    }
    blog(handle: $blogHandle) {
      id
      handle
      title
      articleByHandle(handle: $articleHandle) {
        id
        handle
        title
        publishedAt
        tags
        excerpt
        contentHtml
        seo {
          title
          description
        }
        image {
          id
          url
          altText
          width
          height
        }
        authorV2 {
          name
          bio
        }
        comments(first: $commentsFirst) {
          ...BlogCommentPage
        }
        commentCount: comments(first: 250) {
          nodes {
            id
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
  ${COMMENT_PAGE_FRAGMENT}
` as const;

const ARTICLE_NEIGHBOURS_QUERY = `#graphql
  query BlogArticleNeighbours(
    $blogHandle: String!
    $first: Int!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      articles(first: $first, sortKey: PUBLISHED_AT, reverse: true) {
        nodes {
          id
          handle
          title
          publishedAt
          tags
          image {
            id
            url
            altText
            width
            height
          }
        }
      }
    }
  }
` as const;
