import {Form, Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Analytics} from '@shopify/hydrogen';
import {pageMeta} from '~/lib/page-meta';

export const meta: MetaFunction = () => [
  ...pageMeta({title: 'Search'}),
  {name: 'robots', content: 'noindex'},
];

const MAX_TERM_LENGTH = 120;

export async function loader({request, context}: LoaderFunctionArgs) {
  const term = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, MAX_TERM_LENGTH);
  if (!term) return {term, results: null};

  const {search} = await context.storefront.query(SEARCH_QUERY, {
    cache: context.cachePolicy.content(),
    variables: {term, first: 20},
  });
  return {term, results: search};
}

export default function SearchPage() {
  const {term, results} = useLoaderData<typeof loader>();
  const items = results?.nodes ?? [];
  return (
    <div className="container-page py-12 md:py-16">
      <h1 className="text-h1">Search</h1>
      <Analytics.SearchView data={{searchTerm: term, searchResults: results}} />
      <Form method="get" role="search" className="mt-6 flex max-w-xl gap-3">
        <label htmlFor="search-q" className="sr-only">
          Search programs, articles and pages
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={term}
          maxLength={MAX_TERM_LENGTH}
          placeholder="Try “grip” or “recovery”"
          className="field-input !mt-0"
        />
        <button type="submit" className="btn-primary">
          Search
        </button>
      </Form>
      {results ? (
        <section className="mt-10" aria-live="polite">
          <p className="text-charcoal-600">
            {results.totalCount === 1 ? '1 result' : `${results.totalCount} results`} for “{term}”
          </p>
          <ul className="mt-6 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {items.map((item) => {
              const link =
                item.__typename === 'Product'
                  ? {href: `/products/${item.handle}`, kind: 'Program', title: item.title}
                  : item.__typename === 'Article'
                    ? {href: `/blogs/${item.blog.handle}/${item.handle}`, kind: 'Article', title: item.title}
                    : {href: `/pages/${item.handle}`, kind: 'Page', title: item.title};
              return (
                <li key={item.id} className="p-4">
                  <p className="text-xs font-bold uppercase tracking-wider text-clay-700">{link.kind}</p>
                  <Link to={link.href} className="text-lg font-bold text-forest-950 hover:underline">
                    {link.title}
                  </Link>
                </li>
              );
            })}
          </ul>
          {!items.length ? (
            <p className="mt-6">Nothing matched. Try a broader word, or <Link className="underline" to="/collections/all">browse all programs</Link>.</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

const SEARCH_QUERY = `#graphql
  query SiteSearch($term: String!, $first: Int!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    search(query: $term, first: $first, types: [PRODUCT, ARTICLE, PAGE]) {
      totalCount
      nodes {
        __typename
        ... on Product {
          id
          handle
          title
        }
        ... on Article {
          id
          handle
          title
          blog {
            handle
          }
        }
        ... on Page {
          id
          handle
          title
        }
      }
    }
  }
` as const;
