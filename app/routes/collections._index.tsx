import {Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import {getPaginationVariables, Pagination} from '@shopify/hydrogen';
import {redirect, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {CardImage} from '~/components/layout/CardImage';
import {collectionCopy as copy} from '~/components/collection/copy';
import {productCountFromFacets} from '~/lib/catalog/collection-count';
import {PAGE_PARAMS} from '~/lib/catalog/collection-filters';
import {buildMeta, canonicalUrl} from '~/lib/seo/page-meta';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';

const COLLECTIONS_PER_PAGE = 12;

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({title: copy.indexTitle, description: copy.indexDescription, canonical: data?.canonical});

export async function loader({request, context}: LoaderFunctionArgs) {
  const {collections, errors} = await context.storefront.query(COLLECTIONS_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: getPaginationVariables(request, {pageBy: COLLECTIONS_PER_PAGE}),
  });
  if (!collections) {
    const url = new URL(request.url);
    // A stale or hand-edited cursor: back to the first page rather than an error.
    if (url.searchParams.has('cursor')) throw redirect(url.pathname);
    throw new Error(`Collections could not be loaded: ${errors?.map((e) => e.message).join('; ')}`);
  }
  return {
    canonical: canonicalUrl(request, PAGE_PARAMS),
    collections: {
      pageInfo: collections.pageInfo,
      nodes: collections.nodes.map(({products, ...collection}) => ({
        ...collection,
        count: productCountFromFacets(products.filters),
      })),
    },
  };
}

export default function CollectionsIndex() {
  const {collections} = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-10 md:py-14">
      <p className="eyebrow">{copy.indexEyebrow}</p>
      <h1 className="mt-2 text-h1">{copy.indexTitle}</h1>
      <p className="mt-3 max-w-prose text-lead text-charcoal-600">{copy.indexLead}</p>
      {collections.nodes.length ? (
        <Pagination connection={collections}>
          {({nodes, PreviousLink, NextLink, isLoading}) => (
            <div className="mt-10" aria-busy={isLoading}>
              <div className="mb-6 flex justify-center empty:hidden">
                <PreviousLink className="btn-secondary">{copy.loadPrevious}</PreviousLink>
              </div>
              <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
                {(nodes as typeof collections.nodes).map((collection, index) => (
                  <li key={collection.id}>
                    <article className="card group relative h-full">
                      <CardImage
                        image={collection.image}
                        aspectRatio="16/9"
                        sizes="(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw"
                        loading={index < 3 ? 'eager' : 'lazy'}
                        frameClassName="aspect-[16/9]"
                      />
                      <div className="p-5">
                        <h2 className="text-h3">
                          <Link to={`/collections/${collection.handle}`} prefetch="intent" className="after:absolute after:inset-0">
                            {collection.title}
                          </Link>
                        </h2>
                        {collection.count !== null ? (
                          <p className="mt-1 text-sm font-semibold text-charcoal-600" data-testid="collection-count">
                            {copy.programCount(collection.count)}
                          </p>
                        ) : null}
                        {collection.description ? (
                          <p className="mt-2 line-clamp-2 text-charcoal-700">{collection.description}</p>
                        ) : null}
                      </div>
                    </article>
                  </li>
                ))}
              </ul>
              <div className="mt-8 flex justify-center empty:hidden">
                <NextLink className="btn-secondary">{copy.loadMore}</NextLink>
              </div>
            </div>
          )}
        </Pagination>
      ) : (
        <p className="mt-10 text-charcoal-700">
          {copy.indexEmpty}{' '}
          <Link to="/collections/all" className="font-bold text-forest-700 underline">
            {copy.browseAll}
          </Link>
        </p>
      )}
    </div>
  );
}

const COLLECTIONS_QUERY = `#graphql
  query CollectionsIndex(
    $country: CountryCode
    $language: LanguageCode
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
  ) @inContext(country: $country, language: $language) {
    collections(first: $first, last: $last, before: $startCursor, after: $endCursor, sortKey: TITLE) {
      nodes {
        id
        handle
        title
        description(truncateAt: 160)
        image {
          ...Image
        }
        products(first: 1) {
          filters {
            id
            values {
              count
            }
          }
        }
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
    }
  }
  ${IMAGE_FRAGMENT}
` as const;
