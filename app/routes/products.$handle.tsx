import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {
  Analytics,
  getAdjacentAndFirstAvailableVariants,
  getProductOptions,
  getSelectedProductOptions,
  useOptimisticVariant,
  useSelectedOptionInUrlParam,
} from '@shopify/hydrogen';
import {ProductGallery} from '~/components/product/ProductGallery';
import {ProductPrice} from '~/components/product/ProductPrice';
import {ProductForm} from '~/components/product/ProductForm';
import {pageMeta} from '~/lib/page-meta';
import {productViewData} from '~/lib/analytics/view-data';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  pageMeta({
    title: data?.product.seo.title ?? data?.product.title,
    description: data?.product.seo.description ?? data?.product.description,
    url: data?.url,
    image: data?.product.images.nodes[0]?.url,
    type: 'product',
  });

export async function loader({params, request, context}: LoaderFunctionArgs) {
  const {handle} = params;
  if (!handle) throw new Response('Expected a product handle', {status: 404});

  const {product} = await context.storefront.query(PRODUCT_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: {
      handle,
      selectedOptions: getSelectedProductOptions(request),
    },
  });

  if (!product?.id) {
    throw new Response(`Product ${handle} not found`, {status: 404});
  }

  const url = new URL(request.url);
  return {product, url: `${url.origin}${url.pathname}`};
}

export default function ProductPage() {
  const {product} = useLoaderData<typeof loader>();

  // Show the variant the shopper picked at once, before the loader answers.
  const selectedVariant = useOptimisticVariant(
    product.selectedOrFirstAvailableVariant,
    getAdjacentAndFirstAvailableVariants(product),
  );
  // Keep ?Option=Value in the URL so a shared link opens the same variant.
  useSelectedOptionInUrlParam(selectedVariant.selectedOptions);

  const productOptions = getProductOptions({
    ...product,
    selectedOrFirstAvailableVariant: selectedVariant,
  });

  return (
    <div className="container-page py-8 md:py-12">
      <div className="grid gap-8 md:grid-cols-2 lg:gap-14">
        <ProductGallery
          images={product.images.nodes}
          selectedImage={selectedVariant?.image ?? null}
          title={product.title}
        />
        <div className="md:sticky md:top-24 md:self-start">
          <p className="eyebrow">{product.productType}</p>
          <h1 className="mt-2 text-h1">{product.title}</h1>
          <div className="mt-4">
            <ProductPrice
              price={selectedVariant?.price}
              compareAtPrice={selectedVariant?.compareAtPrice}
            />
          </div>
          <p className="mt-2 text-sm text-charcoal-600">
            Digital program — delivered instantly, no shipping.
          </p>
          <div className="mt-6">
            <ProductForm
              productOptions={productOptions}
              selectedVariant={selectedVariant}
            />
          </div>
          <div
            className="prose-trail mt-10 border-t border-stone-200 pt-8"
            dangerouslySetInnerHTML={{__html: product.descriptionHtml}}
          />
        </div>
      </div>
      <Analytics.ProductView data={productViewData(product, selectedVariant)} />
    </div>
  );
}

const PRODUCT_VARIANT_FRAGMENT = `#graphql
  fragment ProductPageVariant on ProductVariant {
    availableForSale
    compareAtPrice {
      amount
      currencyCode
    }
    id
    image {
      __typename
      id
      url
      altText
      width
      height
    }
    price {
      amount
      currencyCode
    }
    product {
      title
      handle
    }
    selectedOptions {
      name
      value
    }
    sku
    title
    requiresShipping
  }
` as const;

const PRODUCT_QUERY = `#graphql
  query ProductPage(
    $country: CountryCode
    $handle: String!
    $language: LanguageCode
    $selectedOptions: [SelectedOptionInput!]!
  ) @inContext(country: $country, language: $language) {
    product(handle: $handle) {
      id
      title
      vendor
      handle
      productType
      tags
      descriptionHtml
      description
      encodedVariantExistence
      encodedVariantAvailability
      images(first: 12) {
        nodes {
          id
          url
          altText
          width
          height
        }
      }
      options {
        name
        optionValues {
          name
          firstSelectableVariant {
            ...ProductPageVariant
          }
          swatch {
            color
            image {
              previewImage {
                url
              }
            }
          }
        }
      }
      selectedOrFirstAvailableVariant(
        selectedOptions: $selectedOptions
        ignoreUnknownOptions: true
        caseInsensitiveMatch: true
      ) {
        ...ProductPageVariant
      }
      adjacentVariants(selectedOptions: $selectedOptions) {
        ...ProductPageVariant
      }
      seo {
        description
        title
      }
    }
  }
  ${PRODUCT_VARIANT_FRAGMENT}
` as const;
