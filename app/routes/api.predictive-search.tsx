import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {searchTerm} from '~/lib/search/search-params';
import {toPredictiveGroups, type PredictiveAnswer} from '~/lib/search/predictive';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';

/** Results per kind: four of each keeps the list scannable and within one phone screen. */
const LIMIT_PER_TYPE = 4;

/**
 * GET /api/predictive-search?q=… — the header's suggestions (fetched by `useFetcher`). The answer
 * names the term it is for, so the field shows only the latest query's answer.
 *
 * Cache: the catalog policy (the same freshness as product pages, nothing cached on the emulator).
 * Suggestions are public and many shoppers type the same first letters, so a shared short cache
 * answers most keystrokes without a Storefront round trip; nothing personal is in the answer.
 */
export async function loader({request, context}: LoaderFunctionArgs): Promise<PredictiveAnswer> {
  const term = searchTerm(new URL(request.url).searchParams);
  if (!term) return {term, groups: []};
  const {predictiveSearch, errors} = await context.storefront.query(PREDICTIVE_SEARCH_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: {term, limit: LIMIT_PER_TYPE},
  });
  if (!predictiveSearch) {
    // Suggestions are a convenience: on a failure the field still submits to /search.
    console.error(`Predictive search failed: ${errors?.map((e) => e.message).join('; ')}`);
    return {term, groups: []};
  }
  return {term, groups: toPredictiveGroups(predictiveSearch)};
}

const PREDICTIVE_SEARCH_QUERY = `#graphql
  query PredictiveSearch($term: String!, $limit: Int!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    predictiveSearch(
      query: $term
      limit: $limit
      limitScope: EACH
      types: [PRODUCT, QUERY, COLLECTION, ARTICLE, PAGE]
      unavailableProducts: LAST
    ) {
      products {
        id
        handle
        title
        featuredImage {
          ...Image
        }
        priceRange {
          minVariantPrice {
            ...Money
          }
        }
      }
      queries {
        text
        styledText
      }
      collections {
        id
        handle
        title
        image {
          ...Image
        }
      }
      articles {
        id
        handle
        title
        blog {
          handle
        }
        image {
          ...Image
        }
      }
      pages {
        id
        handle
        title
      }
    }
  }
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
