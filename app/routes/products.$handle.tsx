import {useActionData, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {ActionFunctionArgs, LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Analytics, getProductOptions, getSelectedProductOptions, getSeoMeta} from '@shopify/hydrogen';
import {useOptimisticVariant, useSelectedOptionInUrlParam} from '@shopify/hydrogen';
import {useState} from 'react';
import {Breadcrumbs} from '~/components/blog/Breadcrumbs';
import {ProductGallery} from '~/components/product/ProductGallery';
import {ProductPrice} from '~/components/product/ProductPrice';
import {MAIN_ADD_BUTTON_ID, ProductForm} from '~/components/product/ProductForm';
import {ProductFacts} from '~/components/product/ProductFacts';
import {ProductDescription} from '~/components/product/ProductDescription';
import {PairItWith} from '~/components/product/PairItWith';
import {StickyAddToCart} from '~/components/product/StickyAddToCart';
import {PRODUCT_PAGE_VARIANT_FRAGMENT} from '~/graphql/product/product-variant';
import {buyNow} from '~/lib/catalog/buy-now.server';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';
import {productFacts} from '~/lib/catalog/facts';
import {productCrumbs, productSeo} from '~/lib/catalog/product-seo';
import {loadRecommendations} from '~/lib/catalog/recommendations.server';
import {productViewData} from '~/lib/analytics/view-data';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';

export const meta: MetaFunction<typeof loader> = ({data}) => getSeoMeta(data?.seo);

export async function loader(args: LoaderFunctionArgs) {
  const critical = await loadCriticalData(args);
  return {...critical, ...loadDeferredData(args, critical.product.id)};
}

/** Buy now: a one-line cart straight to checkout (see lib/catalog/buy-now.server.ts). */
export const action = ({request, context}: ActionFunctionArgs) => buyNow(request, context);

async function loadCriticalData({params, request, context}: LoaderFunctionArgs) {
  const {handle} = params;
  if (!handle) throw new Response('Expected a product handle', {status: 404});
  const {product} = await context.storefront.query(PRODUCT_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: {handle, selectedOptions: getSelectedProductOptions(request)},
  });
  if (!product?.id) throw new Response(`Product ${handle} not found`, {status: 404});

  const {origin, pathname} = new URL(request.url);
  const crumbs = productCrumbs(product.title, product.collections.nodes[0]);
  return {
    product: {...product, descriptionHtml: sanitizeStoreHtml(product.descriptionHtml)},
    crumbs,
    facts: productFacts(product.metafields),
    seo: productSeo({
      origin,
      url: `${origin}${pathname}`,
      product: {...product, images: product.images.nodes},
      variants: product.variants.nodes,
      crumbs,
      seo: product.seo,
    }),
  };
}

/** Below the fold and streamed: a failure only leaves "Pair it with" empty. */
function loadDeferredData({context}: LoaderFunctionArgs, productId: string) {
  const recommendations = loadRecommendations(context.storefront, productId, {
    cache: context.cachePolicy.catalog(),
  }).catch((error: unknown) => {
    console.error(error);
    return [];
  });
  return {recommendations};
}

export default function ProductPage() {
  const {product, crumbs, facts, recommendations} = useLoaderData<typeof loader>();
  // Without JavaScript, a failed Buy now re-renders this page with the reason.
  const buyNowResult = useActionData<typeof action>();
  const [quantity, setQuantity] = useState(1);

  // Show the variant the shopper picked at once, before the loader answers.
  const selectedVariant = useOptimisticVariant(product.selectedOrFirstAvailableVariant, product.variants.nodes);
  // Keep ?Option=Value in the URL so a shared link opens the same variant (a product without
  // options keeps its plain URL, not ?Title=Default+Title).
  useSelectedOptionInUrlParam(
    selectedVariant.selectedOptions.filter((option) => !(option.name === 'Title' && option.value === 'Default Title')),
  );
  const productOptions = getProductOptions({
    ...product,
    adjacentVariants: product.variants.nodes,
    selectedOrFirstAvailableVariant: selectedVariant,
  });

  return (
    <>
      <div className="container-page pb-10 pt-4 md:py-10">
        <Breadcrumbs items={crumbs} className="mb-6 hidden md:block" />
        <div className="grid gap-6 md:grid-cols-2 md:gap-10 lg:gap-14">
          {/* The details run long: on wide screens the gallery stays in view beside them. */}
          <div className="md:sticky md:top-24 md:self-start">
            <ProductGallery images={product.images.nodes} selectedImage={selectedVariant?.image ?? null} title={product.title} />
          </div>
          <div>
            <p className="eyebrow">{product.productType}</p>
            <h1 className="mt-2 text-h1">{product.title}</h1>
            <div className="mt-4">
              <ProductPrice price={selectedVariant?.price} compareAtPrice={selectedVariant?.compareAtPrice} />
            </div>
            <div className="mt-5">
              <ProductFacts facts={facts} requiresShipping={selectedVariant.requiresShipping} />
            </div>
            <div className="mt-6">
              <ProductForm
                productOptions={productOptions}
                selectedVariant={selectedVariant}
                quantity={quantity}
                onQuantityChange={setQuantity}
                buyNowError={buyNowResult && 'errors' in buyNowResult ? buyNowResult.errors[0]?.message : undefined}
              />
            </div>
            <ProductDescription html={product.descriptionHtml} />
          </div>
        </div>
      </div>
      <PairItWith products={recommendations} />
      <StickyAddToCart targetId={MAIN_ADD_BUTTON_ID} title={product.title} selectedVariant={selectedVariant} quantity={quantity} />
      <Analytics.ProductView data={productViewData(product, selectedVariant)} />
    </>
  );
}

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
      descriptionHtml
      description
      encodedVariantExistence
      encodedVariantAvailability
      images(first: 12) {
        nodes {
          ...Image
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
      selectedOrFirstAvailableVariant(selectedOptions: $selectedOptions, ignoreUnknownOptions: true, caseInsensitiveMatch: true) {
        ...ProductPageVariant
      }
      # Every variant (programs have a handful): one JSON-LD Offer each, and instant option switching.
      variants(first: 100) {
        nodes {
          ...ProductPageVariant
        }
      }
      metafields(identifiers: [{namespace: "custom", key: "duration"}, {namespace: "custom", key: "level"}, {namespace: "custom", key: "sessions_per_week"}, {namespace: "custom", key: "equipment"}]) {
        key
        value
      }
      collections(first: 1) {
        nodes {
          handle
          title
        }
      }
      seo {
        description
        title
      }
    }
  }
  ${PRODUCT_PAGE_VARIANT_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
