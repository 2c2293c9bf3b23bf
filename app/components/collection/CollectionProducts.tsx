import {Link, useLocation} from '@remix-run/react';
import {Pagination} from '@shopify/hydrogen';
import type {ProductCardFragment, ProductFacetFragment} from 'storefrontapi.generated';
import {ActiveFilters} from '~/components/collection/ActiveFilters';
import {CollectionFilters, SortSelect} from '~/components/collection/CollectionFilters';
import {collectionCopy as copy} from '~/components/collection/copy';
import {ProductCardGrid} from '~/components/collection/ProductCardGrid';
import {hasFilters, withoutAllFilters, type CollectionQueryState} from '~/lib/catalog/collection-filters';

type ProductPage = {
  nodes: ProductCardFragment[];
  pageInfo: {hasPreviousPage: boolean; hasNextPage: boolean; startCursor?: string | null; endCursor?: string | null};
};

/**
 * The shopping half of a collection page: facets beside the grid (a disclosure on phones), sort,
 * removable chips, the paginated programs, and an empty state that offers to clear the filters.
 */
export function CollectionProducts({
  products,
  facets,
  state,
}: {
  products: ProductPage;
  facets: ProductFacetFragment[];
  state: CollectionQueryState;
}) {
  const currencyCode = products.nodes[0]?.priceRange.minVariantPrice.currencyCode ?? null;
  const activeCount = state.active.length + (state.price.min !== null || state.price.max !== null ? 1 : 0);

  return (
    <div className={`grid gap-6 ${facets.length ? 'md:grid-cols-[15rem_1fr] md:gap-8 lg:gap-10' : ''}`}>
      {facets.length ? <aside aria-label={copy.filtersHeading}>
        {/* On wide screens the panel is always open (the summary hides); on phones it folds away. */}
        <details className="group rounded-xl border border-stone-200 bg-white md:border-0 md:bg-transparent md:[&::details-content]:[content-visibility:visible] md:[&::details-content]:[display:block]">
          <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between px-4 font-bold text-forest-950 md:hidden [&::-webkit-details-marker]:hidden">
            {copy.showFilters(activeCount)}
            <span aria-hidden="true" className="transition group-open:rotate-180">▾</span>
          </summary>
          <div className="border-t border-stone-200 p-4 md:border-0 md:p-0">
            <h2 className="sr-only md:not-sr-only md:mb-4 md:text-lg">{copy.filtersHeading}</h2>
            <CollectionFilters facets={facets} state={state} />
          </div>
        </details>
      </aside> : null}

      {/* A heading (not just a label) keeps the outline h1 → h2 → h3 for the cards' titles, also on
          phones, where the filters' h2 is folded away inside <details>. */}
      <section aria-labelledby="collection-results" className="min-w-0">
        <h2 id="collection-results" className="sr-only">{copy.resultsLabel}</h2>
        <div className="mb-5 flex flex-wrap items-center justify-between gap-3">
          <ActiveFilters state={state} facets={facets} currencyCode={currencyCode} />
          <div className="ml-auto">
            <SortSelect state={state} />
          </div>
        </div>
        {products.nodes.length ? (
          <Pagination connection={products}>
            {({nodes, isLoading, PreviousLink, NextLink}) => (
              <div aria-busy={isLoading}>
                <div className="mb-5 flex justify-center empty:hidden">
                  <PreviousLink className="btn-secondary">{isLoading ? copy.loading : copy.loadPrevious}</PreviousLink>
                </div>
                <ProductCardGrid products={nodes as ProductCardFragment[]} eagerCount={4} />
                <div className="mt-8 flex justify-center empty:hidden">
                  <NextLink className="btn-secondary">{isLoading ? copy.loading : copy.loadMore}</NextLink>
                </div>
              </div>
            )}
          </Pagination>
        ) : (
          <EmptyState filtered={hasFilters(state)} />
        )}
      </section>
    </div>
  );
}

function EmptyState({filtered}: {filtered: boolean}) {
  const {pathname, search} = useLocation();
  return (
    <div className="rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
      <h2 className="text-h3">{filtered ? copy.emptyFilteredTitle : copy.emptyTitle}</h2>
      <p className="mt-2 text-charcoal-600">{filtered ? copy.emptyFilteredText : copy.emptyText}</p>
      {filtered ? (
        <Link to={`${pathname}${withoutAllFilters(search)}`} className="btn-primary mt-6" preventScrollReset>
          {copy.clearFilters}
        </Link>
      ) : (
        <Link to="/collections/all" className="btn-primary mt-6">
          {copy.browseAll}
        </Link>
      )}
    </div>
  );
}
