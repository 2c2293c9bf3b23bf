/**
 * What Hydrogen's getPaginationVariables and <Pagination> need from a connection: one selection
 * for every paged list (collections, programs, articles, search results).
 */
export const PAGE_INFO_FRAGMENT = `#graphql
  fragment PageCursors on PageInfo {
    hasPreviousPage
    hasNextPage
    startCursor
    endCursor
  }
` as const;
