/**
 * Admin API documents for comments. Comments themselves are posted over Admin REST
 * (docs/decisions/021-comments-via-admin-rest.md); only the blog's comment policy is read with GraphQL.
 * Codegen types `*.admin.ts` documents against admin.schema.graphql (see .graphqlrc.ts).
 */

export const BLOG_COMMENT_POLICY_QUERY = `#graphql
  query BlogCommentPolicy($id: ID!) {
    blog(id: $id) {
      commentPolicy
    }
  }
`;

/**
 * The same policy found by the blog's handle, so the article page can ask beside its article query
 * instead of after it (it knows the handle from the URL, the id only from that query).
 */
export const BLOG_COMMENT_POLICY_BY_HANDLE_QUERY = `#graphql
  query BlogCommentPolicyByHandle($query: String!) {
    blogs(first: 1, query: $query) {
      nodes {
        id
        handle
        commentPolicy
      }
    }
  }
`;
