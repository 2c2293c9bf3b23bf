import {Await, Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Image} from '@shopify/hydrogen';
import {Suspense} from 'react';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {ProductGrid} from '~/components/product/ProductCard';
import {pageMeta} from '~/lib/page-meta';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  pageMeta({
    title: 'Training programs for obstacle racers and trail athletes',
    description: data?.shop.description,
    url: data?.url,
  });

export async function loader({request, context}: LoaderFunctionArgs) {
  const {storefront, cachePolicy} = context;

  // Above the fold: the hero and the featured programs.
  const {shop, featured, fallback} = await storefront.query(HOME_QUERY, {
    cache: cachePolicy.catalog(),
    variables: {featuredHandle: 'featured-programs'},
  });

  // Below the fold: the latest articles stream in.
  const latestArticles = storefront
    .query(LATEST_ARTICLES_QUERY, {cache: cachePolicy.content(), variables: {blogHandle: 'news'}})
    .then((result) => result.blog)
    .catch((error: unknown) => {
      console.error(error);
      return null;
    });

  const url = new URL(request.url);
  return {
    shop,
    products: featured?.products.nodes.length ? featured.products.nodes : fallback.nodes,
    featuredTitle: featured?.title ?? 'Featured programs',
    latestArticles,
    url: `${url.origin}/`,
  };
}

export default function HomePage() {
  const {products, featuredTitle, latestArticles} = useLoaderData<typeof loader>();
  const flagship = products[0];

  return (
    <>
      <section className="relative overflow-hidden bg-forest-950 text-white">
        <HeroArt />
        <div className="container-page relative grid gap-8 py-16 md:py-24 lg:grid-cols-[1.15fr_1fr]">
          <div>
            <p className="eyebrow !text-clay-500">Built for mud, walls and long climbs</p>
            <h1 className="mt-4 max-w-2xl text-[clamp(2.4rem,1.6rem+3.6vw,4.25rem)] leading-[1.02] font-extrabold tracking-tight !text-white">
              Train for the race you actually signed up for.
            </h1>
            <p className="mt-5 max-w-xl text-lead text-stone-200">
              Coach-written programs for Spartan races, trail halves and everything with a wall in it —
              plus the recovery know-how that gets you to the start line healthy.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link to="/products/spartan-race-preparation-program" className="btn-primary text-base" prefetch="intent">
                Start Spartan Race Prep
              </Link>
              <Link to="/collections/all" className="btn-secondary !border-stone-200 !text-white hover:!bg-white hover:!text-forest-950">
                See all programs
              </Link>
            </div>
          </div>
          {flagship?.featuredImage ? (
            <div className="hidden overflow-hidden rounded-3xl shadow-2xl ring-1 ring-white/10 lg:block">
              <Image data={flagship.featuredImage} aspectRatio="1/1" sizes="40vw" loading="eager" fetchPriority="high" />
            </div>
          ) : null}
        </div>
      </section>

      <section className="container-page py-14 md:py-20" aria-labelledby="featured-heading">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <p className="eyebrow">Programs</p>
            <h2 id="featured-heading" className="mt-2 text-h2">{featuredTitle}</h2>
          </div>
          <Link to="/collections/all" className="font-semibold text-forest-800 underline underline-offset-4">
            View all programs
          </Link>
        </div>
        <div className="mt-8">
          <ProductGrid products={products.slice(0, 4)} />
        </div>
      </section>

      <section className="bg-stone-100 py-14 md:py-20" aria-labelledby="journal-heading">
        <div className="container-page">
          <p className="eyebrow">Training &amp; recovery journal</p>
          <h2 id="journal-heading" className="mt-2 text-h2">Latest from the journal</h2>
          <Suspense fallback={<div className="mt-8 min-h-80" />}>
            <Await resolve={latestArticles} errorElement={null}>
              {(blog) =>
                blog ? (
                  <ul className="mt-8 grid gap-6 md:grid-cols-3">
                    {blog.articles.nodes.map((article) => (
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
                              <Link to={`/blogs/${blog.handle}/${article.handle}`} className="after:absolute after:inset-0">
                                {article.title}
                              </Link>
                            </h3>
                            <p className="mt-2 line-clamp-3 text-charcoal-600">{article.excerpt}</p>
                          </div>
                        </article>
                      </li>
                    ))}
                  </ul>
                ) : null
              }
            </Await>
          </Suspense>
        </div>
      </section>
    </>
  );
}

function formatDate(iso: string) {
  return new Intl.DateTimeFormat('en-US', {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(iso));
}

/** Contour lines behind the hero: decorative, drawn in CSS-sized SVG so it costs no request. */
function HeroArt() {
  return (
    <svg aria-hidden="true" className="absolute inset-0 h-full w-full opacity-20" preserveAspectRatio="xMidYMid slice" viewBox="0 0 1200 600">
      {Array.from({length: 9}, (_, index) => (
        <path
          key={index}
          d={`M-50 ${420 - index * 34} C 200 ${330 - index * 30}, 380 ${470 - index * 36}, 620 ${360 - index * 30} S 1000 ${260 - index * 24}, 1250 ${330 - index * 30}`}
          fill="none"
          stroke="#d9773f"
          strokeWidth="1.5"
        />
      ))}
    </svg>
  );
}

const HOME_QUERY = `#graphql
  query HomePage($featuredHandle: String!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    shop {
      name
      description
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
  }
  ${PRODUCT_CARD_FRAGMENT}
` as const;

const LATEST_ARTICLES_QUERY = `#graphql
  query HomeLatestArticles($blogHandle: String!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      handle
      articles(first: 3, sortKey: PUBLISHED_AT, reverse: true) {
        nodes {
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
      }
    }
  }
` as const;
