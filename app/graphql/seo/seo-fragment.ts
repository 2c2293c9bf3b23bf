/** The title and description an editor sets for search engines (blogs, articles, pages, products). */
export const SEO_FRAGMENT = `#graphql
  fragment Seo on SEO {
    title
    description
  }
` as const;
