import {Link} from '@remix-run/react';
import {NextSteps} from '~/components/layout/NextSteps';
import {Image, Pagination} from '@shopify/hydrogen';
import {wholePixelSrcSetOptions} from '~/lib/media/fluid-image';
import type {ReactNode} from 'react';
import type {ProductCardFragment, SearchArticleFragment, SearchPageFragment} from 'storefrontapi.generated';
import {ProductCardGrid} from '~/components/collection/ProductCardGrid';
import {searchCopy as copy} from '~/components/search/copy';
import {articlePath} from '~/lib/blog/blog';
import type {SearchSection} from '~/lib/search/search-params';

type PageInfo = {hasPreviousPage: boolean; hasNextPage: boolean; startCursor?: string | null; endCursor?: string | null};
type Connection<T> = {totalCount: number; nodes: T[]; pageInfo: PageInfo};

export interface SearchResultsData {
  total: number;
  products: Connection<{__typename: string} & Partial<ProductCardFragment>>;
  articles: Connection<{__typename: string} & Partial<SearchArticleFragment>>;
  pages: Connection<{__typename: string} & Partial<SearchPageFragment>>;
}

export function SearchResults({term, results}: {term: string; results: SearchResultsData}) {
  return (
    <div className="mt-8 space-y-12">
      <p className="text-charcoal-600" role="status">
        {copy.resultsSummary(results.total, term)}
      </p>
      <ResultSection section="products" connection={results.products}>
        {(nodes) => <ProductCardGrid products={nodes as ProductCardFragment[]} eagerCount={4} />}
      </ResultSection>
      <ResultSection section="articles" connection={results.articles}>
        {(nodes) => (
          <ResultList>
            {(nodes as SearchArticleFragment[]).map((article) => (
              <ResultRow
                key={article.id}
                href={articlePath(article.blog.handle, article.handle)}
                title={article.title}
                text={article.excerpt || article.content}
                image={article.image}
              />
            ))}
          </ResultList>
        )}
      </ResultSection>
      <ResultSection section="pages" connection={results.pages}>
        {(nodes) => (
          <ResultList>
            {(nodes as SearchPageFragment[]).map((page) => (
              <ResultRow key={page.id} href={`/pages/${page.handle}`} title={page.title} text={page.bodySummary} />
            ))}
          </ResultList>
        )}
      </ResultSection>
    </div>
  );
}

/** One kind of result with its own cursor pagination (Hydrogen's Pagination, namespaced per section). */
function ResultSection<T>({
  section,
  connection,
  children,
}: {
  section: SearchSection;
  connection: Connection<T>;
  children: (nodes: T[]) => ReactNode;
}) {
  if (!connection.totalCount) return null;
  const label = copy.sections[section];
  return (
    <section aria-labelledby={`search-${section}`} data-testid={`search-${section}`}>
      <h2 id={`search-${section}`} className="text-h2">
        {label} <span className="text-lg font-semibold text-charcoal-600">({connection.totalCount})</span>
      </h2>
      <Pagination connection={connection} namespace={section}>
        {({nodes, isLoading, PreviousLink, NextLink}) => (
          <div className="mt-5" aria-busy={isLoading}>
            <div className="mb-4 empty:hidden">
              <PreviousLink className="btn-secondary">{isLoading ? copy.loading : copy.previous(label)}</PreviousLink>
            </div>
            {children(nodes as T[])}
            <div className="mt-6 empty:hidden">
              <NextLink className="btn-secondary">{isLoading ? copy.loading : copy.more(label)}</NextLink>
            </div>
          </div>
        )}
      </Pagination>
    </section>
  );
}

function ResultList({children}: {children: ReactNode}) {
  return <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white">{children}</ul>;
}

function ResultRow({
  href,
  title,
  text,
  image,
}: {
  href: string;
  title: string;
  text?: string | null;
  image?: SearchArticleFragment['image'];
}) {
  return (
    <li className="relative flex gap-4 p-4 hover:bg-stone-50 sm:gap-5">
      {image ? (
        <div className="w-24 shrink-0 overflow-hidden rounded-lg bg-stone-200 sm:w-36">
          <Image
            data={image}
            aspectRatio="16/9"
            srcSetOptions={wholePixelSrcSetOptions('16/9')}
            sizes="144px" loading="lazy" className="h-full w-full object-cover" />
        </div>
      ) : null}
      <div className="min-w-0">
        <h3 className="text-lg font-extrabold leading-snug text-forest-950">
          <Link to={href} prefetch="intent" className="after:absolute after:inset-0 hover:underline">
            {title}
          </Link>
        </h3>
        {text ? <p className="mt-1 line-clamp-2 text-charcoal-600">{text}</p> : null}
      </div>
    </li>
  );
}

function Suggestions({popular}: {popular: ProductCardFragment[]}) {
  return (
    <>
      <div className="mt-8">
        <h2 className="text-lg font-extrabold">{copy.popularSearches}</h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {copy.popularSearchTerms.map((term) => (
            <li key={term}>
              <Link
                to={`/search?q=${encodeURIComponent(term)}`}
                className="inline-flex min-h-10 items-center rounded-full border border-stone-300 bg-white px-4 font-semibold text-forest-900 hover:border-forest-700"
              >
                {term}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {popular.length ? (
        <div className="mt-10">
          <h2 className="text-h2">{copy.popularPrograms}</h2>
          <div className="mt-5">
            <ProductCardGrid products={popular} />
          </div>
        </div>
      ) : null}
      <NextSteps
        primary={{to: '/collections/all', label: copy.browseAll}}
        secondary={{to: '/collections', label: copy.browseCollections}}
      />
    </>
  );
}

export function SearchStart({popular}: {popular: ProductCardFragment[]}) {
  return (
    <div className="mt-10">
      <h2 className="text-h3">{copy.startTitle}</h2>
      <p className="mt-2 text-charcoal-600">{copy.startText}</p>
      <Suggestions popular={popular} />
    </div>
  );
}

export function SearchEmpty({
  term,
  popular,
  didYouMean,
}: {
  term: string;
  popular: ProductCardFragment[];
  didYouMean: string[];
}) {
  return (
    <div className="mt-10" data-testid="search-empty">
      <div role="status">
        <h2 className="text-h3">{copy.emptyTitle(term)}</h2>
      </div>
      {didYouMean.length ? (
        <p className="mt-3 text-lg text-charcoal-900">
          {copy.didYouMean}{' '}
          {didYouMean.map((text, index) => (
            <span key={text}>
              {index ? ', ' : ''}
              <Link to={`/search?q=${encodeURIComponent(text)}`} className="font-bold text-forest-700 underline underline-offset-2">
                {text}
              </Link>
            </span>
          ))}
          ?
        </p>
      ) : null}
      <ul className="mt-3 list-disc space-y-1 pl-5 text-charcoal-700">
        {copy.emptyTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <Suggestions popular={popular} />
    </div>
  );
}
