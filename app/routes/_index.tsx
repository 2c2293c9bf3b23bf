import {Await, Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Image} from '@shopify/hydrogen';
import {Suspense} from 'react';
import type {HomeArticleFragment, HomePageQuery} from 'storefrontapi.generated';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {PROMO_BANNER_FRAGMENT} from '~/graphql/marketing/promo-banner';
import {ProductGrid} from '~/components/product/ProductCard';
import {ContourArt} from '~/components/marketing/ContourArt';
import {NewsletterForm} from '~/components/marketing/NewsletterForm';
import {PromoCard} from '~/components/marketing/PromoCard';
import {PromoLinkTo} from '~/components/marketing/PromoLinkTo';
import {marketingCopy} from '~/components/marketing/copy';
import {readDismissed} from '~/lib/marketing/dismissals';
import {featuredArticleHandles, toHomeContent, type HomeHero, type HomeSection} from '~/lib/marketing/home-page';
import {activePromos, type PromoBanner} from '~/lib/marketing/promo-banner';
import type {NewsletterRouteHandle} from '~/lib/marketing/newsletter-state';
import {pageMeta} from '~/lib/page-meta';
import {homeStructuredData} from '~/lib/seo/home-structured-data';
import {JsonLd} from '~/components/blog/JsonLd';

const copy = marketingCopy.home;
const BLOG_HANDLE = 'news';
const ARTICLES_SHOWN = 3;

/** With a newsletter section on the page, the footer leaves its sign-up form out. */
export const handle: NewsletterRouteHandle = {
  ownNewsletter: (data) => Boolean((data as {sections?: string[]} | undefined)?.sections?.includes('newsletter')),
};

export const meta: MetaFunction<typeof loader> = ({data}) =>
  pageMeta({
    title: 'Training programs for obstacle racers and trail athletes',
    description: data?.shop.description,
    url: data?.url,
  });

type HomeReference = NonNullable<NonNullable<HomePageQuery['home']>['fields'][number]['reference']>;
type FeaturedCollection = Extract<HomeReference, {__typename: 'Collection'}>;

export async function loader({request, context}: LoaderFunctionArgs) {
  const {storefront, cachePolicy} = context;
  const url = new URL(request.url);

  // Above the fold, one request: the home_page metaobject (hero, section order, the collection it
  // features with its programs), the default programs, and the home promos. Content cache policy:
  // an edit in admin shows within 60 s (at once on the emulator).
  const {shop, home, featured, fallback, promoBanners} = await storefront.query(HOME_QUERY, {
    cache: cachePolicy.content(),
    variables: {featuredHandle: 'featured-programs'},
  });

  const ownDomains = [shop.primaryDomain.url, url.origin];
  const defaultProducts = featured?.products.nodes.length ? featured.products.nodes : fallback.nodes;
  const content = toHomeContent<FeaturedCollection>(home?.fields, {
    defaults: {
      heading: copy.heroHeading,
      text: copy.heroText,
      image: defaultProducts[0]?.featuredImage ?? null,
      ctaLabel: copy.heroCta,
      ctaLink: copy.heroCtaLink,
    },
    isCollection: (reference): reference is FeaturedCollection => reference.__typename === 'Collection',
    ownDomains,
  });
  const picked = content.featuredCollection;
  const promos = activePromos(promoBanners.nodes, {
    placement: 'home',
    now: Date.now(),
    dismissed: readDismissed(request.headers.get('Cookie')),
    ownDomains,
  });

  // Below the fold, streamed: the journal cards (marketing's picks first, then the latest).
  const articles = loadHomeArticles(context, featuredArticleHandles(
    home?.fields.find((field) => field.key === 'featured_articles')?.value,
  ));

  return {
    shop,
    hero: content.hero,
    sections: content.sections.filter((section) => section !== 'promo' || promos.length > 0),
    promos,
    collection: {
      title: picked?.title || featured?.title || copy.featuredTitle,
      href: picked ? `/collections/${picked.handle}` : '/collections/all',
      products: (picked?.products.nodes.length ? picked.products.nodes : defaultProducts).slice(0, 4),
    },
    articles,
    url: `${url.origin}/`,
    structuredData: homeStructuredData({
      origin: url.origin,
      name: shop.name,
      description: shop.description,
      logoUrl: shop.brand?.logo?.image?.url,
    }),
  };
}

async function loadHomeArticles(
  {storefront, cachePolicy}: LoaderFunctionArgs['context'],
  handles: string[],
): Promise<{blogHandle: string; featured: boolean; articles: HomeArticleFragment[]} | null> {
  try {
    const [h0, h1, h2] = handles;
    const {blog} = await storefront.query(HOME_ARTICLES_QUERY, {
      cache: cachePolicy.content(),
      variables: {
        blogHandle: BLOG_HANDLE,
        h0: h0 ?? '',
        h1: h1 ?? '',
        h2: h2 ?? '',
        w0: Boolean(h0),
        w1: Boolean(h1),
        w2: Boolean(h2),
      },
    });
    if (!blog) return null;
    const picks = [blog.a0, blog.a1, blog.a2].filter((article): article is HomeArticleFragment => Boolean(article));
    const rest = blog.latest.nodes.filter((article) => !picks.some((pick) => pick.id === article.id));
    return {
      blogHandle: blog.handle,
      featured: picks.length > 0,
      articles: [...picks, ...rest].slice(0, ARTICLES_SHOWN),
    };
  } catch (error) {
    console.error(error);
    return null;
  }
}

export default function HomePage() {
  const {hero, sections, promos, collection, articles, structuredData} = useLoaderData<typeof loader>();
  return (
    <>
      <JsonLd data={structuredData} />
      {/* Every page keeps one h1, even if marketing leaves the hero out. */}
      {sections.includes('hero') ? null : <h1 className="sr-only">{hero.heading}</h1>}
      {sections.map((section) => (
        <HomeSectionView key={section} section={section} hero={hero} promos={promos} collection={collection} articles={articles} />
      ))}
    </>
  );
}

function HomeSectionView({
  section,
  hero,
  promos,
  collection,
  articles,
}: {section: HomeSection; hero: HomeHero; promos: PromoBanner[]} & Pick<
  ReturnType<typeof useLoaderData<typeof loader>>,
  'collection' | 'articles'
>) {
  switch (section) {
    case 'hero':
      return <HeroSection hero={hero} />;
    case 'promo':
      return (
        <section aria-label={marketingCopy.promo.label} className="container-page mt-10 space-y-4 md:mt-14" data-section="promo">
          {promos.map((banner) => (
            <PromoCard key={banner.dismissKey} banner={banner} />
          ))}
        </section>
      );
    case 'featured_collection':
      return (
        <section className="container-page py-14 md:py-20" aria-labelledby="featured-heading" data-section="featured_collection">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <p className="eyebrow">{copy.programsEyebrow}</p>
              <h2 id="featured-heading" className="mt-2 text-h2">
                {collection.title}
              </h2>
            </div>
            <Link to={collection.href} prefetch="intent" className="font-semibold text-forest-800 underline underline-offset-4">
              {copy.viewAll}
            </Link>
          </div>
          <div className="mt-8">
            <ProductGrid products={collection.products} />
          </div>
        </section>
      );
    case 'latest_articles':
      return <JournalSection articles={articles} />;
    case 'newsletter':
      return (
        <div className="container-page py-14 md:py-20" data-section="newsletter">
          <NewsletterForm variant="band" />
        </div>
      );
  }
}

/** fetchpriority is unknown to React 18's types and props: passed through as a plain attribute. */
const HIGH_PRIORITY = {fetchpriority: 'high'} as Record<string, string>;

function HeroSection({hero}: {hero: HomeHero}) {
  return (
    <section className="relative overflow-hidden bg-forest-950 text-white" data-section="hero">
      <ContourArt className="opacity-20" />
      <div className="container-page relative grid gap-8 py-16 md:py-24 lg:grid-cols-[1.15fr_1fr] lg:items-center">
        <div>
          <p className="eyebrow !text-clay-500">{copy.heroEyebrow}</p>
          <h1 className="mt-4 max-w-2xl text-[clamp(2.4rem,1.6rem+3.6vw,4.25rem)] leading-[1.02] font-extrabold tracking-tight text-balance !text-white">
            {hero.heading}
          </h1>
          <p className="mt-5 max-w-xl text-lead whitespace-pre-line text-stone-200">{hero.text}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <PromoLinkTo link={hero.cta.link} className="btn-primary text-base">
              {hero.cta.label}
            </PromoLinkTo>
            <Link to="/collections/all" className="btn-secondary !border-stone-200 !text-white hover:!bg-white hover:!text-forest-950">
              {copy.heroSecondary}
            </Link>
          </div>
        </div>
        {hero.image ? (
          <div className="hidden overflow-hidden rounded-3xl shadow-2xl ring-1 ring-white/10 lg:block">
            {/* The LCP image on wide screens: eager, high priority, its frame sized from the image. */}
            <Image
              data={hero.image}
              aspectRatio={hero.image.width && hero.image.height ? `${hero.image.width}/${hero.image.height}` : '1/1'}
              sizes="(min-width: 1280px) 36rem, 40vw"
              loading="eager"
              {...HIGH_PRIORITY}
              className="h-full w-full object-cover"
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}

function JournalSection({articles}: {articles: Promise<{blogHandle: string; featured: boolean; articles: HomeArticleFragment[]} | null>}) {
  return (
    <section className="bg-stone-100 py-14 md:py-20" aria-labelledby="journal-heading" data-section="latest_articles">
      <div className="container-page">
        <p className="eyebrow">{copy.journalEyebrow}</p>
        <Suspense
          fallback={
            <>
              <h2 id="journal-heading" className="mt-2 text-h2">
                {copy.latestTitle}
              </h2>
              <div className="mt-8 min-h-80" />
            </>
          }
        >
          <Await resolve={articles} errorElement={null}>
            {(journal) => (
              <>
                <h2 id="journal-heading" className="mt-2 text-h2">
                  {journal?.featured ? copy.featuredArticlesTitle : copy.latestTitle}
                </h2>
                {journal ? (
                  <ul className="mt-8 grid gap-6 md:grid-cols-3">
                    {journal.articles.map((article) => (
                      <li key={article.id}>
                        <article className="card relative flex h-full flex-col">
                          {article.image ? (
                            <Image data={article.image} aspectRatio="16/9" sizes="(min-width: 768px) 33vw, 100vw" className="w-full" />
                          ) : null}
                          <div className="flex flex-1 flex-col p-5">
                            <p className="text-sm text-charcoal-600">
                              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                            </p>
                            <h3 className="mt-2 text-lg font-extrabold leading-snug">
                              <Link to={`/blogs/${journal.blogHandle}/${article.handle}`} className="after:absolute after:inset-0">
                                {article.title}
                              </Link>
                            </h3>
                            <p className="mt-2 line-clamp-3 text-charcoal-600">{article.excerpt}</p>
                          </div>
                        </article>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
          </Await>
        </Suspense>
      </div>
    </section>
  );
}

function formatDate(iso: string) {
  return new Intl.DateTimeFormat('en-US', {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(iso));
}

const HOME_QUERY = `#graphql
  query HomePage($featuredHandle: String!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    shop {
      name
      description
      primaryDomain {
        url
      }
      brand {
        logo {
          image {
            url
          }
        }
      }
    }
    home: metaobject(handle: {type: "home_page", handle: "home"}) {
      id
      fields {
        key
        type
        value
        reference {
          __typename
          ... on MediaImage {
            image {
              id
              url
              altText
              width
              height
            }
          }
          ... on Collection {
            id
            handle
            title
            products(first: 4) {
              nodes {
                ...ProductCard
              }
            }
          }
          ... on Product {
            handle
          }
          ... on Page {
            handle
          }
        }
      }
    }
    featured: collection(handle: $featuredHandle) {
      id
      title
      products(first: 4) {
        nodes {
          ...ProductCard
        }
      }
    }
    fallback: products(first: 4, sortKey: BEST_SELLING) {
      nodes {
        ...ProductCard
      }
    }
    promoBanners: metaobjects(type: "promo_banner", first: 50) {
      nodes {
        ...PromoBanner
      }
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
  ${PROMO_BANNER_FRAGMENT}
` as const;

const HOME_ARTICLE_FRAGMENT = `#graphql
  fragment HomeArticle on Article {
    id
    handle
    title
    excerpt
    publishedAt
    image {
      id
      url
      altText
      width
      height
    }
  }
` as const;

/** Marketing's picks (up to three, by handle; fixed aliases) and the latest articles to fill in. */
const HOME_ARTICLES_QUERY = `#graphql
  query HomeArticles(
    $blogHandle: String!
    $h0: String!
    $h1: String!
    $h2: String!
    $w0: Boolean!
    $w1: Boolean!
    $w2: Boolean!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      handle
      a0: articleByHandle(handle: $h0) @include(if: $w0) {
        ...HomeArticle
      }
      a1: articleByHandle(handle: $h1) @include(if: $w1) {
        ...HomeArticle
      }
      a2: articleByHandle(handle: $h2) @include(if: $w2) {
        ...HomeArticle
      }
      latest: articles(first: 3, sortKey: PUBLISHED_AT, reverse: true) {
        nodes {
          ...HomeArticle
        }
      }
    }
  }
  ${HOME_ARTICLE_FRAGMENT}
` as const;
