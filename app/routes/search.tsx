import {useLoaderData, type MetaFunction} from '@remix-run/react';
import {redirect, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Analytics} from '@shopify/hydrogen';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {SearchForm} from '~/components/search/SearchForm';
import {SearchEmpty, SearchResults, SearchStart} from '~/components/search/SearchResults';
import {searchCopy as copy} from '~/components/search/copy';
import {buildMeta} from '~/lib/seo/page-meta';
import {searchTerm, sectionPageVariables, spellingStem, withoutSectionCursors} from '~/lib/search/search-params';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';
import {PAGE_INFO_FRAGMENT} from '~/graphql/shop/page-info-fragment';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({
    title: data?.term ? `${copy.title}: ${data.term}` : copy.title,
    description: copy.metaDescription(data?.term ?? null),
    robots: {noIndex: true}, // result pages for any word a crawler could make up are never indexed
  });

const PAGE_SIZE = {products: 8, articles: 6, pages: 6};

export async function loader({request, context}: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const term = searchTerm(url.searchParams);
  if (!term) {
    const suggestions = await loadSuggestions(context, null);
    return {term, results: null, ...suggestions};
  }

  const {errors, ...results} = await context.storefront.query(SEARCH_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: {
      term,
      ...sectionPageVariables(request, 'products', PAGE_SIZE.products),
      ...sectionPageVariables(request, 'articles', PAGE_SIZE.articles),
      ...sectionPageVariables(request, 'pages', PAGE_SIZE.pages),
    },
  });
  if (errors?.length && !(results.products && results.articles && results.pages)) {
    // A stale or hand-edited page cursor: the same search from its first page.
    const clean = withoutSectionCursors(url);
    if (clean !== `${url.pathname}${url.search}`) throw redirect(clean);
    throw new Error(`Search failed: ${errors.map((e) => e.message).join('; ')}`);
  }
  const total = results.products.totalCount + results.articles.totalCount + results.pages.totalCount;
  // Suggestions only when there is nothing else to show: no extra request on a normal search.
  const suggestions = total ? {popular: [], didYouMean: []} : await loadSuggestions(context, spellingStem(term));
  return {term, results: {...results, total}, ...suggestions};
}

/** Popular programs, and completions of the term's stem as "did you mean" links; never fails the page. */
async function loadSuggestions(context: LoaderFunctionArgs['context'], stem: string | null) {
  const data = await context.storefront
    .query(SEARCH_SUGGESTIONS_QUERY, {
      cache: context.cachePolicy.catalog(),
      variables: {stem: stem ?? '', withStem: Boolean(stem)},
    })
    .catch(() => null);
  return {
    popular: data?.products?.nodes ?? [],
    didYouMean: (data?.predictiveSearch?.queries ?? []).map((query) => query.text),
  };
}

export default function SearchPage() {
  const {term, results, popular, didYouMean} = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-10 md:py-14">
      <h1 className="text-h1">{copy.title}</h1>
      <Analytics.SearchView data={{searchTerm: term, searchResults: results}} />
      <SearchForm term={term} />
      {!results ? (
        <SearchStart popular={popular} />
      ) : results.total ? (
        <SearchResults term={term} results={results} />
      ) : (
        <SearchEmpty term={term} popular={popular} didYouMean={didYouMean} />
      )}
    </div>
  );
}

const SEARCH_QUERY = `#graphql
  fragment SearchArticle on Article {
    id
    handle
    title
    excerpt
    content(truncateAt: 180)
    blog {
      handle
    }
    image {
      ...Image
    }
  }
  fragment SearchPage on Page {
    id
    handle
    title
    bodySummary
  }
  query SiteSearch(
    $term: String!
    $productsFirst: Int
    $productsLast: Int
    $productsAfter: String
    $productsBefore: String
    $articlesFirst: Int
    $articlesLast: Int
    $articlesAfter: String
    $articlesBefore: String
    $pagesFirst: Int
    $pagesLast: Int
    $pagesAfter: String
    $pagesBefore: String
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    products: search(
      query: $term
      types: [PRODUCT]
      prefix: LAST
      unavailableProducts: LAST
      first: $productsFirst
      last: $productsLast
      after: $productsAfter
      before: $productsBefore
    ) {
      totalCount
      nodes {
        __typename
        ...ProductCard
      }
      pageInfo {
        ...PageCursors
      }
    }
    articles: search(
      query: $term
      types: [ARTICLE]
      prefix: LAST
      first: $articlesFirst
      last: $articlesLast
      after: $articlesAfter
      before: $articlesBefore
    ) {
      totalCount
      nodes {
        __typename
        ...SearchArticle
      }
      pageInfo {
        ...PageCursors
      }
    }
    pages: search(
      query: $term
      types: [PAGE]
      prefix: LAST
      first: $pagesFirst
      last: $pagesLast
      after: $pagesAfter
      before: $pagesBefore
    ) {
      totalCount
      nodes {
        __typename
        ...SearchPage
      }
      pageInfo {
        ...PageCursors
      }
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
  ${PAGE_INFO_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;

const SEARCH_SUGGESTIONS_QUERY = `#graphql
  query SearchSuggestions($stem: String!, $withStem: Boolean!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    products(first: 4, sortKey: BEST_SELLING) {
      nodes {
        ...ProductCard
      }
    }
    predictiveSearch(query: $stem, limit: 3, types: [QUERY]) @include(if: $withStem) {
      queries {
        text
      }
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
