import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {getPaginationVariables} from '@shopify/hydrogen';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {ProductGrid} from '~/components/product/ProductCard';
import {PaginationLinks} from '~/components/ui/PaginationLinks';
import {pageMeta} from '~/lib/page-meta';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  pageMeta({
    title: 'All training programs',
    description: 'Every Trailforge training program: race preparation, strength, grip, mobility and recovery.',
    url: data?.url,
  });

export async function loader({request, context}: LoaderFunctionArgs) {
  const {products} = await context.storefront.query(ALL_PRODUCTS_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: getPaginationVariables(request, {pageBy: 12}),
  });
  const url = new URL(request.url);
  return {products, url: `${url.origin}${url.pathname}`};
}

export default function AllProductsPage() {
  const {products} = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-10 md:py-14">
      <p className="eyebrow">Shop</p>
      <h1 className="mt-2 text-h1">All training programs</h1>
      <p className="mt-3 max-w-prose text-lead text-charcoal-600">
        Structured plans written by coaches who race. Pick your event, pick your timeline, start Monday.
      </p>
      <div className="mt-10">
        <ProductGrid products={products.nodes} eagerCount={4} />
        <PaginationLinks pageInfo={products.pageInfo} />
      </div>
    </div>
  );
}

const ALL_PRODUCTS_QUERY = `#graphql
  query AllProducts(
    $country: CountryCode
    $language: LanguageCode
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
  ) @inContext(country: $country, language: $language) {
    products(first: $first, last: $last, before: $startCursor, after: $endCursor, sortKey: TITLE) {
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
  ${PRODUCT_CARD_FRAGMENT}
` as const;
