import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {CollectionHeader} from '~/components/collection/CollectionHeader';
import {CollectionProducts} from '~/components/collection/CollectionProducts';
import {collectionCopy as copy} from '~/components/collection/copy';
import {loadCollectionPage} from '~/lib/catalog/collection-page.server';
import {buildMeta} from '~/lib/seo/page-meta';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({title: copy.allTitle, description: copy.allDescription, canonical: data?.canonical});

/**
 * Every program. A store that made an `all` collection gets its facets and merchandised order;
 * otherwise the `products` root lists everything, sorted, with the URL's filters applied through
 * search syntax. One request asks for both (see COLLECTION_PRODUCTS_QUERY).
 */
export async function loader({request, context}: LoaderFunctionArgs) {
  const {collection, allProducts, state, canonical} = await loadCollectionPage({
    request,
    context,
    handle: 'all',
    withAllProducts: true,
  });
  if (collection) {
    const header = {title: collection.title, descriptionHtml: collection.descriptionHtml, image: collection.image};
    return {canonical, state, header, products: collection.products, facets: collection.products.filters};
  }
  if (!allProducts) throw new Error('All products could not be loaded');
  return {canonical, state, header: null, products: allProducts, facets: []};
}

export default function AllProductsPage() {
  const {header, products, facets, state} = useLoaderData<typeof loader>();
  return (
    <div>
      {header ? <CollectionHeader {...header} /> : <CollectionHeader title={copy.allTitle} lead={copy.allLead} />}
      <div className="container-page py-8 md:py-12">
        <CollectionProducts products={products} facets={facets} state={state} />
      </div>
    </div>
  );
}
