import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Analytics} from '@shopify/hydrogen';
import {CollectionHeader} from '~/components/collection/CollectionHeader';
import {CollectionProducts} from '~/components/collection/CollectionProducts';
import {loadCollectionPage} from '~/lib/catalog/collection-page.server';
import {buildMeta} from '~/lib/seo/page-meta';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({
    title: data?.collection.seo.title ?? data?.collection.title,
    description: data?.collection.seo.description ?? data?.collection.description,
    canonical: data?.canonical,
    image: data?.collection.image,
  });

export async function loader({params, request, context}: LoaderFunctionArgs) {
  const {handle} = params;
  if (!handle) throw new Response('Expected a collection handle', {status: 404});
  const {collection, state, canonical} = await loadCollectionPage({request, context, handle});
  if (!collection) throw new Response(`Collection ${handle} not found`, {status: 404});
  return {collection, state, canonical};
}

export default function CollectionPage() {
  const {collection, state} = useLoaderData<typeof loader>();
  return (
    <div>
      <Analytics.CollectionView data={{collection: {id: collection.id, handle: collection.handle}}} />
      <CollectionHeader title={collection.title} descriptionHtml={collection.descriptionHtml} image={collection.image} />
      <div className="container-page py-8 md:py-12">
        <CollectionProducts products={collection.products} facets={collection.products.filters} state={state} />
      </div>
    </div>
  );
}
