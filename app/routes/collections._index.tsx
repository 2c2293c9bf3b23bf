import {Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import {Pagination} from '@shopify/hydrogen';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {CardImage} from '~/components/layout/CardImage';
import {collectionCopy as copy} from '~/components/collection/copy';
import {loadCollectionsIndex} from '~/lib/catalog/collection-page.server';
import {buildMeta} from '~/lib/seo/page-meta';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({title: copy.indexTitle, description: copy.indexDescription, canonical: data?.canonical});

export async function loader({request, context}: LoaderFunctionArgs) {
  return loadCollectionsIndex({request, context});
}

export default function CollectionsIndex() {
  const {collections} = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-10 md:py-14">
      <p className="eyebrow">{copy.indexEyebrow}</p>
      <h1 className="mt-2 text-h1">{copy.indexTitle}</h1>
      <p className="mt-3 max-w-prose text-lead text-charcoal-600">{copy.indexLead}</p>
      {collections.nodes.length ? (
        <Pagination connection={collections}>
          {({nodes, PreviousLink, NextLink, isLoading}) => (
            <div className="mt-10" aria-busy={isLoading}>
              <div className="mb-6 flex justify-center empty:hidden">
                <PreviousLink className="btn-secondary">{copy.loadPrevious}</PreviousLink>
              </div>
              <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
                {(nodes as typeof collections.nodes).map((collection, index) => (
                  <li key={collection.id}>
                    <article className="card group relative h-full">
                      <CardImage
                        image={collection.image}
                        aspectRatio="16/9"
                        sizes="(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw"
                        loading={index < 3 ? 'eager' : 'lazy'}
                        frameClassName="aspect-[16/9]"
                      />
                      <div className="p-5">
                        <h2 className="text-h3">
                          <Link to={`/collections/${collection.handle}`} prefetch="intent" className="after:absolute after:inset-0">
                            {collection.title}
                          </Link>
                        </h2>
                        {collection.count !== null ? (
                          <p className="mt-1 text-sm font-semibold text-charcoal-600" data-testid="collection-count">
                            {copy.programCount(collection.count)}
                          </p>
                        ) : null}
                        {collection.description ? (
                          <p className="mt-2 line-clamp-2 text-charcoal-700">{collection.description}</p>
                        ) : null}
                      </div>
                    </article>
                  </li>
                ))}
              </ul>
              <div className="mt-8 flex justify-center empty:hidden">
                <NextLink className="btn-secondary">{copy.loadMore}</NextLink>
              </div>
            </div>
          )}
        </Pagination>
      ) : (
        <p className="mt-10 text-charcoal-700">
          {copy.indexEmpty}{' '}
          <Link to="/collections/all" className="font-bold text-forest-700 underline">
            {copy.browseAll}
          </Link>
        </p>
      )}
    </div>
  );
}
