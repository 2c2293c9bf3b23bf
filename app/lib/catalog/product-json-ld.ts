/**
 * schema.org structured data for a program page: a `Product` with one `Offer` per variant, so
 * search engines show the right price and availability for each option combination, each
 * pointing at the URL that opens that variant.
 */
import type {JsonLd} from '~/lib/seo/json-ld';

export interface JsonLdVariant {
  sku?: string | null;
  title: string;
  availableForSale: boolean;
  price: {amount: string; currencyCode: string};
  selectedOptions: Array<{name: string; value: string}>;
  image?: {url: string} | null;
}

export interface JsonLdProduct {
  title: string;
  description: string;
  vendor: string;
  images: Array<{url: string}>;
}

/** The variant's own URL: the product URL with its options as query parameters (as option links use). */
export function variantUrl(productUrl: string, selectedOptions: JsonLdVariant['selectedOptions']): string {
  const url = new URL(productUrl);
  url.search = '';
  for (const option of selectedOptions) {
    // A product without options has one "Title: Default Title" variant: its URL is the product's.
    if (option.name === 'Title' && option.value === 'Default Title') continue;
    url.searchParams.set(option.name, option.value);
  }
  return url.toString();
}

export function productJsonLd({
  product,
  variants,
  url,
}: {
  product: JsonLdProduct;
  variants: JsonLdVariant[];
  /** The canonical product URL (absolute, no query). */
  url: string;
}): JsonLd {
  const images = [...new Set(product.images.map((image) => image.url))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.description,
    url,
    ...(images.length ? {image: images} : {}),
    brand: {'@type': 'Brand', name: product.vendor},
    offers: variants.map((variant) => ({
      '@type': 'Offer',
      name: variant.title === 'Default Title' ? product.title : `${product.title} — ${variant.title}`,
      ...(variant.sku ? {sku: variant.sku} : {}),
      price: variant.price.amount,
      priceCurrency: variant.price.currencyCode,
      availability: variant.availableForSale ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url: variantUrl(url, variant.selectedOptions),
    })),
  };
}
