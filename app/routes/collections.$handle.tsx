import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Analytics, getPaginationVariables, Image} from '@shopify/hydrogen';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {ProductGrid} from '~/components/product/ProductCard';
import {PaginationLinks} from '~/components/ui/PaginationLinks';
import {pageMeta} from '~/lib/page-meta';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  pageMeta({
    title: data?.collection.seo.title ?? data?.collection.title,
    description: data?.collection.seo.description ?? data?.collection.description,
    url: data?.url,
    image: data?.collection.image?.url,
  });

export async function loader({params, request, context}: LoaderFunctionArgs) {
  const {handle} = params;
  if (!handle) throw new Response('Expected a collection handle', {status: 404});

  const {collection} = await context.storefront.query(COLLECTION_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: {handle, ...getPaginationVariables(request, {pageBy: 12})},
  });
  if (!collection) {
    throw new Response(`Collection ${handle} not found`, {status: 404});
  }
  const url = new URL(request.url);
  return {collection, url: `${url.origin}${url.pathname}`};
}

export default function CollectionPage() {
  const {collection} = useLoaderData<typeof loader>();
  return (
    <div>
      <Analytics.CollectionView data={{collection: {id: collection.id, handle: collection.handle}}} />
      <header className="bg-forest-950 text-white">
        <div className="container-page grid items-center gap-8 py-10 md:grid-cols-[1.2fr_1fr] md:py-14">
          <div>
            <p className="eyebrow !text-clay-500">Collection</p>
            <h1 className="mt-2 text-h1 !text-white">{collection.title}</h1>
            <div
              className="mt-4 max-w-prose text-lead text-stone-200"
              dangerouslySetInnerHTML={{__html: collection.descriptionHtml}}
            />
          </div>
          {collection.image ? (
            <div className="overflow-hidden rounded-2xl">
              <Image data={collection.image} aspectRatio="16/9" sizes="(min-width: 768px) 40vw, 100vw" loading="eager" />
            </div>
          ) : null}
        </div>
      </header>
      <section className="container-page py-10" aria-label="Programs">
        <ProductGrid products={collection.products.nodes} eagerCount={4} />
        <PaginationLinks pageInfo={collection.products.pageInfo} />
      </section>
    </div>
  );
}

const COLLECTION_QUERY = `#graphql
  query CollectionPage(
    $handle: String!
    $country: CountryCode
    $language: LanguageCode
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
  ) @inContext(country: $country, language: $language) {
    collection(handle: $handle) {
      id
      handle
      title
      description
      descriptionHtml
      image {
        id
        url
        altText
        width
        height
      }
      seo {
        title
        description
      }
      products(first: $first, last: $last, before: $startCursor, after: $endCursor) {
        nodes {
          ...ProductCard
        }
        pageInfo {
          hasPreviousPage
          hasNextPage
          startCursor
          endCursor
        }
      }
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
` as const;
