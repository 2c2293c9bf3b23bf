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
