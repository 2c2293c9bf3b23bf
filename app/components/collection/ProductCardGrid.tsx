import type {ProductCardFragment} from 'storefrontapi.generated';
import {ProductCard} from '~/components/product/ProductCard';

/**
 * Program cards for shopping lists (collections, search): two columns already on phones, so a
 * shopper compares programs side by side instead of scrolling past one full-width image each.
 */
export function ProductCardGrid({
  products,
  eagerCount = 0,
  columns = 'grid-cols-2 gap-3 sm:gap-5 lg:grid-cols-3 xl:grid-cols-4',
  sizes,
}: {
  products: ProductCardFragment[];
  eagerCount?: number;
  /** Column and gap classes, for a showcase that wants bigger cards (the home page). */
  columns?: string;
  /** The images' `sizes` to match those columns (ProductCard's default fits the default columns). */
  sizes?: string;
}) {
  return (
    <ul className={`grid ${columns}`}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} loading={index < eagerCount ? 'eager' : 'lazy'} sizes={sizes} />
        </li>
      ))}
    </ul>
  );
}
