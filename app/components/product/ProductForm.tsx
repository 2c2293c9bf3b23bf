import type {MappedProductOptions} from '@shopify/hydrogen';
import type {ProductPageVariantFragment} from 'storefrontapi.generated';
import {AddToCartButton} from '~/components/cart/AddToCartButton';
import {ProductOptions} from '~/components/product/ProductOptions';
import {QuantityField} from '~/components/product/QuantityField';
import {PRODUCT_COPY} from '~/lib/catalog/copy';

export const MAIN_ADD_BUTTON_ID = 'product-add-to-cart';

/**
 * Options, licences and the two ways to buy. Buy now shares the form (and so the quantity) but
 * posts to this page's action, which starts a separate one-line checkout.
 */
export function ProductForm({
  productOptions,
  selectedVariant,
  quantity,
  onQuantityChange,
  buyNowError,
}: {
  productOptions: MappedProductOptions[];
  selectedVariant: ProductPageVariantFragment;
  quantity: number;
  onQuantityChange: (quantity: number) => void;
  buyNowError?: string;
}) {
  const available = Boolean(selectedVariant?.availableForSale);
  return (
    <div className="grid gap-6">
      <ProductOptions options={productOptions} selectedOptions={selectedVariant.selectedOptions} />
      <AddToCartButton
        buttonId={MAIN_ADD_BUTTON_ID}
        disabled={!available}
        lines={selectedVariant ? [{merchandiseId: selectedVariant.id, quantity, selectedVariant}] : []}
        before={<QuantityField value={quantity} onChange={onQuantityChange} disabled={!available} />}
        after={
          <>
            <button
              type="submit"
              formAction={`/products/${selectedVariant.product.handle}`}
              className="btn-secondary w-full text-base"
              disabled={!available}
            >
              {PRODUCT_COPY.buyNow}
            </button>
            {buyNowError ? <p role="alert" className="field-error mt-0">{buyNowError}</p> : null}
          </>
        }
      >
        {available ? PRODUCT_COPY.addToCart : PRODUCT_COPY.soldOut}
      </AddToCartButton>
      <p className="sr-only" aria-live="polite">
        {selectedVariant ? `Selected: ${selectedVariant.title}` : ''}
      </p>
    </div>
  );
}
