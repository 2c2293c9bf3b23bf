/**
 * What every blog document asks for around its own selection: the shop's name (titles, feeds,
 * JSON-LD) and the blog itself. A fragment on the query root, so a document spreads it next to its
 * own `blog(handle: $blogHandle) { … }` selection (GraphQL merges the two); the document declares
 * `$blogHandle: String!`.
 */
export const BLOG_SHELL_FRAGMENT = `#graphql
  fragment BlogShell on QueryRoot {
    shop {
      name
    }
    blog(handle: $blogHandle) {
      id
      handle
      title
    }
  }
` as const;
