import {Link, useLocation} from '@remix-run/react';

type PageInfo = {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
};

/** Plain previous/next links in Hydrogen's cursor format, so crawlers and no-JS visitors can page. */
export function PaginationLinks({pageInfo}: {pageInfo: PageInfo}) {
  const {pathname, search} = useLocation();
  if (!pageInfo.hasNextPage && !pageInfo.hasPreviousPage) return null;
  const href = (direction: 'next' | 'previous', cursor?: string | null) => {
    const params = new URLSearchParams(search);
    params.set('direction', direction);
    params.set('cursor', cursor ?? '');
    return `${pathname}?${params.toString()}`;
  };
  return (
    <nav aria-label="Pagination" className="mt-10 flex justify-center gap-3">
      {pageInfo.hasPreviousPage ? (
        <Link className="btn-secondary" to={href('previous', pageInfo.startCursor)} rel="prev" preventScrollReset>
          ← Previous
        </Link>
      ) : null}
      {pageInfo.hasNextPage ? (
        <Link className="btn-secondary" to={href('next', pageInfo.endCursor)} rel="next" preventScrollReset>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
