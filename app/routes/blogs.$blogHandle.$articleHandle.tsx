import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {ActionFunctionArgs, LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {BLOG_SHELL_FRAGMENT} from '~/graphql/blog/blog-shell';
import {COMMENTS_PER_PAGE, COMMENT_PAGE_FRAGMENT} from '~/graphql/blog/comments';
import {SEO_FRAGMENT} from '~/graphql/seo/seo-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {toCommentPage} from '~/lib/blog/blog';
import {loadMoreArticles} from '~/lib/blog/more-articles.server';
import {startCommentFormSettings} from '~/lib/blog/comment-settings.server';
import {handleCommentSubmission} from '~/lib/comments/comment-action.server';
import {loadCommentPage} from '~/lib/comments/comment-page.server';
import {preparedArticleBody} from '~/lib/blog/article-body.server';
import {htmlInMarkupOnly} from '~/lib/blog/markup-only';
import {articleBodyWithCards} from '~/lib/blog/inline-cards.server';
import {loadArticlePromo} from '~/lib/marketing/promos.server';
import {responsiveImage} from '~/lib/media/responsive-image';
import {buildMeta, canonicalUrl, requestOrigin} from '~/lib/seo/page-meta';
import {articleSeo} from '~/lib/seo/article-seo';
import {ArticleComments} from '~/components/blog/ArticleComments';
import {ArticleContent} from '~/components/blog/ArticleContent';
import {ArticleHeader} from '~/components/blog/ArticleHeader';
import {COMMENTS_CURSOR_PARAM, COMMENTS_SECTION_ID} from '~/components/blog/CommentList';
import {MoreArticles} from '~/components/blog/MoreArticles';
import {blogCopy} from '~/components/blog/copy';
import {PromoCard} from '~/components/marketing/PromoCard';

/** Ids the page uses itself; a heading or element in the body never takes them. */
const PAGE_IDS = ['main', 'article-title', 'about-author', 'related-articles', COMMENTS_SECTION_ID, 'comments-title'];

/** The hero spans the page container up to 72rem (container-page padding: 1rem, 1.5rem, 2rem). */
const HERO_SIZES =
  '(min-width: 1216px) 1152px, (min-width: 1024px) calc(100vw - 4rem), (min-width: 640px) calc(100vw - 3rem), calc(100vw - 2rem)';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  data ? buildMeta(data.seo) : [{title: 'Article not found'}];

/** A reader's comment: validated, then sent to Shopify's moderation queue (docs/decisions/021). */
export async function action({params, request, context}: ActionFunctionArgs) {
  const {blogHandle, articleHandle} = params;
  if (!blogHandle || !articleHandle) throw new Response(null, {status: 404});
  return handleCommentSubmission({request, context, blogHandle, articleHandle});
}

export async function loader(args: LoaderFunctionArgs) {
  const critical = await loadCriticalData(args);
  return {...critical, moreArticles: loadDeferredData(args, critical)};
}

/**
 * What the page cannot show without: the article with its first comments (or, for the no-JS "Show
 * more comments" link, the requested later page), its promo and whether comments are open, all
 * asked at once (the policy by the blog's handle). The comment form is awaited, not streamed, so it
 * works without JavaScript. Product cards in the body come with it when their lookup is cached, and
 * stream otherwise (lib/blog/inline-cards.server.ts). A promo, product-card, comment-page or policy
 * failure only leaves that piece out.
 */
async function loadCriticalData({params, request, context}: LoaderFunctionArgs) {
  const {blogHandle, articleHandle} = params;
  if (!blogHandle || !articleHandle) throw new Response(null, {status: 404});
  const cursor = new URL(request.url).searchParams.get(COMMENTS_CURSOR_PARAM);
  // Asked by the blog's handle, beside the article query.
  const commentFormSettingsFor = startCommentFormSettings(context, blogHandle);

  const [{shop, blog}, laterPage, articlePromo] = await Promise.all([
    context.storefront.query(ARTICLE_QUERY, {
      cache: context.cachePolicy.content(),
      variables: {blogHandle, articleHandle, commentsFirst: COMMENTS_PER_PAGE},
    }),
    cursor ? loadCommentPage(context, {blogHandle, articleHandle, after: cursor}).catch(() => null) : null,
    loadArticlePromo(context, request, {blogHandle, articleHandle}),
  ]);
  const article = blog?.articleByHandle;
  if (!blog || !article) throw new Response(null, {status: 404});

  // Sanitising, heading ids, TOC and reading time are done once per version of the article.
  const body = preparedArticleBody(article, PAGE_IDS);
  const [segments, commentFormSettings] = await Promise.all([
    articleBodyWithCards(context, body.segmentsFor(articlePromo.ownDomains)),
    commentFormSettingsFor(blog.id),
  ]);
  const hero = article.image ? responsiveImage(article.image, {sizes: HERO_SIZES}) : null;
  const canonical = canonicalUrl(request);
  const author = article.authorV2 ? {name: article.authorV2.name, bio: article.authorV2.bio ?? null} : null;

  return {
    blog: {id: blog.id, handle: blog.handle, title: blog.title},
    article: {
      id: article.id,
      handle: article.handle,
      title: article.title,
      tags: article.tags,
      author,
      excerpt: article.excerpt ?? '',
      publishedAt: article.publishedAt,
      readingMinutes: body.readingMinutes,
      // A page load has the body in its markup: the page data leaves it out (lib/blog/markup-only.ts).
      body: context.documentRequest ? htmlInMarkupOnly(segments) : segments,
      toc: body.toc,
    },
    promo: articlePromo.promo,
    inlinePromo: articlePromo.inlinePromo,
    hero,
    comments: toCommentPage(laterPage ?? article.comments),
    commentsFromCursor: Boolean(laterPage),
    commentFormSettings,
    canonical,
    seo: articleSeo({
      origin: requestOrigin(request),
      canonical,
      shopName: shop.name,
      blog,
      article,
      hero,
      text: body.text,
      wordCount: body.wordCount,
      labels: {homeCrumb: blogCopy.homeCrumb, feedTitle: blogCopy.feedTitle(blog.title)},
    }),
  };
}

/** Below the fold, streamed: previous/next and related articles (a failure hides them). */
function loadDeferredData({context}: LoaderFunctionArgs, {blog, article}: Awaited<ReturnType<typeof loadCriticalData>>) {
  return loadMoreArticles(context, blog.handle, article);
}

export default function ArticlePage() {
  const data = useLoaderData<typeof loader>();
  const {blog, article, promo} = data;
  return (
    <>
      <article aria-labelledby="article-title" className="pb-4">
        <ArticleHeader blog={blog} article={article} hero={data.hero} />
        <ArticleContent
          blogHandle={blog.handle}
          article={article}
          canonical={data.canonical}
          promoBanner={promo ? <PromoCard banner={promo} /> : null}
          inlinePromo={data.inlinePromo}
        />
      </article>
      <MoreArticles articles={data.moreArticles} />
      <ArticleComments
        blogHandle={blog.handle}
        article={article}
        firstPage={data.comments}
        startsAfterCursor={data.commentsFromCursor}
        formSettings={data.commentFormSettings}
      />
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
    ...BlogShell
    blog(handle: $blogHandle) {
      articleByHandle(handle: $articleHandle) {
        id
        handle
        title
        publishedAt
        tags
        excerpt
        contentHtml
        seo {
          ...Seo
        }
        image {
          ...Image
        }
        authorV2 {
          name
          bio
        }
        comments(first: $commentsFirst) {
          ...BlogCommentPage
        }
      }
    }
  }
  ${BLOG_SHELL_FRAGMENT}
  ${COMMENT_PAGE_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${SEO_FRAGMENT}
` as const;
