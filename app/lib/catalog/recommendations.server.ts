import type {CachingStrategy, Storefront} from '@shopify/hydrogen';
import type {RecommendedProductFragment} from 'storefrontapi.generated';
import {RECOMMENDATIONS_QUERY} from '~/graphql/product/recommendations';
import {pickRecommendations} from '~/lib/catalog/recommendations';

/**
 * "Pair it with" programs for a product: COMPLEMENTARY (what merchants pair with it), falling back
 * to RELATED when the store defines none; never the product itself or anything in `exclude`.
 */
export async function loadRecommendations(
  storefront: Storefront,
  productId: string,
  {limit = 4, exclude = [] as string[], cache}: {limit?: number; exclude?: string[]; cache?: CachingStrategy} = {},
): Promise<RecommendedProductFragment[]> {
  const data = await storefront.query(RECOMMENDATIONS_QUERY, {variables: {productId}, cache});
  return pickRecommendations(data, {limit, exclude: [productId, ...exclude]});
}
