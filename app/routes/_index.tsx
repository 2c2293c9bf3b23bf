import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import type {HomePageQuery} from 'storefrontapi.generated';
import {CONTENT_FIELD_FRAGMENT} from '~/graphql/marketing/content-field';
import {PROMO_BANNER_FRAGMENT} from '~/graphql/marketing/promo-banner';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';
import {SHOP_IDENTITY_FRAGMENT} from '~/graphql/shop/shop-fragment';
import {readDismissed} from '~/lib/marketing/dismissals.server';
import {loadHomeJournal} from '~/lib/marketing/home-articles.server';
import {featuredArticleHandles, toHomeContent} from '~/lib/marketing/home-page';
import type {NewsletterRouteHandle} from '~/lib/newsletter/newsletter-state';
import {activePromos} from '~/lib/marketing/promo-banner';
import {buildMeta} from '~/lib/seo/page-meta';
import {homeStructuredData} from '~/lib/seo/home-structured-data';
import {ownDomains} from '~/lib/shop/own-domains';
import {HomeSections} from '~/components/marketing/HomeSections';
import {marketingCopy} from '~/components/marketing/copy';

const copy = marketingCopy.home;

/** With a newsletter section on the page, the footer leaves its sign-up form out. */
export const handle: NewsletterRouteHandle = {
  ownNewsletter: (data) => Boolean((data as {sections?: string[]} | undefined)?.sections?.includes('newsletter')),
};

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({
    title: copy.metaTitle,
    description: data?.shop.description,
    canonical: data?.url,
    jsonLd: data?.structuredData,
  });

type HomeReference = NonNullable<NonNullable<HomePageQuery['home']>['fields'][number]['reference']>;
type FeaturedCollection = Extract<HomeReference, {__typename: 'Collection'}>;

export async function loader(args: LoaderFunctionArgs) {
  const critical = await loadCriticalData(args);
  return {...critical, journal: loadDeferredData(args, critical.featuredArticles)};
}

/**
 * Above the fold, one request: the home_page metaobject (hero, section order, the collection it
 * features with its programs), the default programs, and the home promos. Content cache policy:
 * an edit in admin shows within 60 s (at once on the emulator).
 */
async function loadCriticalData({request, context}: LoaderFunctionArgs) {
  const [{shop, home, featured, fallback, promoBanners}, dismissed] = await Promise.all([
    context.storefront.query(HOME_QUERY, {
      cache: context.cachePolicy.content(),
      variables: {featuredHandle: 'featured-programs'},
    }),
    readDismissed(request.headers.get('Cookie')),
  ]);
  const origin = new URL(request.url).origin;
  const own = ownDomains({primaryDomainUrl: shop.primaryDomain.url, request, settings: context.settings});
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
    ownDomains: own,
  });
  const picked = content.featuredCollection;
  const promos = activePromos(promoBanners.nodes, {
    placement: 'home',
    now: Date.now(),
    dismissed,
    ownDomains: own,
  });

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
    featuredArticles: featuredArticleHandles(home?.fields.find((field) => field.key === 'featured_articles')?.value),
    url: `${origin}/`,
    structuredData: homeStructuredData({
      origin,
      name: shop.name,
      description: shop.description,
      logoUrl: shop.brand?.logo?.image?.url,
    }),
  };
}

/** Below the fold, streamed: the journal cards. A failure leaves the section without cards. */
function loadDeferredData({context}: LoaderFunctionArgs, featuredArticles: string[]) {
  return loadHomeJournal(context, featuredArticles).catch((error: unknown) => {
    console.error(error);
    return null;
  });
}

export default function HomePage() {
  const {hero, sections, promos, collection, journal} = useLoaderData<typeof loader>();
  return <HomeSections hero={hero} sections={sections} promos={promos} collection={collection} journal={journal} />;
}

const HOME_QUERY = `#graphql
  query HomePage($featuredHandle: String!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    shop {
      ...ShopIdentity
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
        ...ContentField
        # The featured collection comes with its first programs, so the section needs no second request.
        reference {
          ... on Collection {
            id
            title
            products(first: 4) {
              nodes {
                ...ProductCard
              }
            }
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
  ${SHOP_IDENTITY_FRAGMENT}
  ${PRODUCT_CARD_FRAGMENT}
  ${PROMO_BANNER_FRAGMENT}
  ${CONTENT_FIELD_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
