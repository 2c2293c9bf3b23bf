import type {SeoConfig} from '@shopify/hydrogen';
import {summarize} from '~/lib/seo/page-meta';
import {breadcrumbJsonLd} from '~/lib/seo/json-ld';
import {productJsonLd, type JsonLdProduct, type JsonLdVariant} from '~/lib/catalog/product-json-ld';
import {PRODUCT_COPY} from '~/lib/catalog/copy';

export interface ProductCrumb {
  label: string;
  to?: string;
}

/** The program page's breadcrumb trail: Home › its first collection (or all programs) › the program. */
export function productCrumbs(title: string, collection?: {handle: string; title: string} | null): ProductCrumb[] {
  return [
    {label: PRODUCT_COPY.breadcrumbHome, to: '/'},
    collection
      ? {label: collection.title, to: `/collections/${collection.handle}`}
      : {label: PRODUCT_COPY.breadcrumbPrograms, to: '/collections/all'},
    {label: title},
  ];
}

/** getSeoMeta input for a program page: title, description, canonical, image and JSON-LD. */
export function productSeo({
  origin,
  url,
  product,
  variants,
  crumbs,
  seo,
}: {
  origin: string;
  url: string;
  product: JsonLdProduct;
  variants: JsonLdVariant[];
  crumbs: ProductCrumb[];
  seo: {title?: string | null; description?: string | null};
}): SeoConfig {
  const image = product.images[0];
  return {
    title: seo.title || product.title,
    titleTemplate: '%s | Trailforge Athletics',
    description: summarize(seo.description || product.description),
    url,
    media: image ? {type: 'image', url: image.url, altText: product.title} : undefined,
    jsonLd: [
      productJsonLd({product, variants, url}),
      breadcrumbJsonLd(crumbs.map((crumb) => ({name: crumb.label, url: new URL(crumb.to ?? url, origin).toString()}))),
    ] as unknown as SeoConfig['jsonLd'],
  };
}
