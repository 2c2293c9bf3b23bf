/**
 * The payload of Hydrogen's Analytics.ProductView for the variant on screen, so the product route
 * only adds one element.
 */
export function productViewData(
  product: {id: string; title: string; vendor: string},
  variant: {id: string; title: string; price: {amount: string}} | null | undefined,
) {
  return {
    products: [
      {
        id: product.id,
        title: product.title,
        price: variant?.price.amount ?? '0',
        vendor: product.vendor,
        variantId: variant?.id ?? '',
        variantTitle: variant?.title ?? '',
        quantity: 1,
      },
    ],
  };
}
