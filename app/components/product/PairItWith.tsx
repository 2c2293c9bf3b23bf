import {Await, Link} from '@remix-run/react';
import {memo, Suspense} from 'react';
import type {RecommendedProductFragment} from 'storefrontapi.generated';
import {AddToCartButton} from '~/components/cart/AddToCartButton';
import {ProductCard} from '~/components/product/ProductCard';
import {PRODUCT_COPY} from '~/lib/catalog/copy';

const SLOTS = 4;

/**
 * "Pair it with", streamed after the page: the grid's space is held by same-sized placeholders,
 * so nothing below moves when the programs arrive. With none to suggest (or a failed request)
 * the section points to the whole catalogue instead.
 *
 * Memoised on purpose: the program page re-renders right after hydration (Hydrogen's
 * useOptimisticVariant sets state once its variants resolve) and on every licence or option change.
 * A re-render that reaches this <Suspense> while its streamed content has not hydrated yet makes
 * React give up on it and render it again on the client (error 421). The promise keeps its identity
 * between renders, so the page's own updates stop here.
 */
export const PairItWith = memo(function PairItWith({products}: {products: Promise<RecommendedProductFragment[]>}) {
  return (
    <section aria-labelledby="pair-it-with" className="render-when-near border-t border-stone-200 bg-white [--height-estimate:70rem] md:[--height-estimate:34rem]">
      <div className="container-page py-12 md:py-16">
        <h2 id="pair-it-with" className="text-h2">
          {PRODUCT_COPY.pairTitle}
        </h2>
        <p className="mt-2 text-charcoal-600">{PRODUCT_COPY.pairIntro}</p>
        <Suspense fallback={<Grid>{Array.from({length: SLOTS}, (_, index) => <Placeholder key={index} />)}</Grid>}>
          <Await resolve={products}>
            {(list) =>
              list.length ? (
                <Grid>
                  {list.slice(0, SLOTS).map((product) => (
                    <RecommendationCard key={product.id} product={product} />
                  ))}
                </Grid>
              ) : (
                <Link to="/collections/all" className="btn-secondary mt-6">
                  {PRODUCT_COPY.browseAll}
                </Link>
              )
            }
          </Await>
        </Suspense>
      </div>
    </section>
  );
});

function Grid({children}: {children: React.ReactNode}) {
  return (
    <ul className="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4 lg:gap-5" data-testid="pair-it-with">
      {children}
    </ul>
  );
}

function RecommendationCard({product}: {product: RecommendedProductFragment}) {
  const variant = product.selectedOrFirstAvailableVariant;
  return (
    <li className="h-full" data-testid="pair-card">
      <ProductCard
        product={product}
        footer={
          variant ? (
            <AddToCartButton compact lines={[{merchandiseId: variant.id, quantity: 1, selectedVariant: variant}]} label={PRODUCT_COPY.quickAddLabel(product.title)}>
              {PRODUCT_COPY.quickAdd}
            </AddToCartButton>
          ) : null
        }
      />
    </li>
  );
}

/** Same box as a card: square image, three text lines and the quick add button. */
function Placeholder() {
  return (
    <li aria-hidden="true" className="card flex h-full animate-pulse flex-col">
      <div className="aspect-square bg-stone-200" />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <div className="h-3 w-1/2 rounded bg-stone-200" />
        {/* Titles often take two lines. */}
        <div className="h-5 w-4/5 rounded bg-stone-200" />
        <div className="h-5 w-3/5 rounded bg-stone-200" />
        <div className="mt-auto h-5 w-1/3 rounded bg-stone-200" />
        <div className="mt-3 h-10 rounded-lg bg-stone-200" />
      </div>
    </li>
  );
}
