/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as StorefrontAPI from '@shopify/hydrogen/storefront-api-types';

export type BlogArticleCardFragment = Pick<
  StorefrontAPI.Article,
  'excerpt' | 'content' | 'id' | 'handle' | 'title' | 'publishedAt' | 'tags'
> & {
  authorV2?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ArticleAuthor, 'name'>>;
  image?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
  >;
};

export type BlogArticleTeaserFragment = Pick<
  StorefrontAPI.Article,
  'id' | 'handle' | 'title' | 'publishedAt' | 'tags'
> & {
  image?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
  >;
};

export type BlogArticlesQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  query?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  first?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  last?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  startCursor?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  endCursor?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  withBody: StorefrontAPI.Scalars['Boolean']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type BlogArticlesQuery = {
  blog?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Blog, 'id' | 'handle' | 'title'> & {
      seo?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Seo, 'title' | 'description'>
      >;
      articles: {
        nodes: Array<
          StorefrontAPI.MakeOptional<
            Pick<
              StorefrontAPI.Article,
              | 'contentHtml'
              | 'excerpt'
              | 'content'
              | 'id'
              | 'handle'
              | 'title'
              | 'publishedAt'
              | 'tags'
            >,
            'contentHtml'
          > & {
            authorV2?: StorefrontAPI.Maybe<
              Pick<StorefrontAPI.ArticleAuthor, 'name'>
            >;
            image?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
          }
        >;
        pageInfo: Pick<
          StorefrontAPI.PageInfo,
          'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
        >;
      };
    }
  >;
  shop: Pick<StorefrontAPI.Shop, 'name'>;
};

export type BlogShellFragment = {
  shop: Pick<StorefrontAPI.Shop, 'name'>;
  blog?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Blog, 'id' | 'handle' | 'title'>
  >;
};

export type BlogCommentPageFragment = {
  nodes: Array<
    Pick<StorefrontAPI.Comment, 'id' | 'content'> & {
      author: Pick<StorefrontAPI.CommentAuthor, 'name'>;
    }
  >;
  pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'endCursor'>;
};

export type BlogArticleCommentsQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  articleHandle: StorefrontAPI.Scalars['String']['input'];
  first: StorefrontAPI.Scalars['Int']['input'];
  after?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type BlogArticleCommentsQuery = {
  blog?: StorefrontAPI.Maybe<{
    articleByHandle?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.Article, 'id'> & {
        comments: {
          nodes: Array<
            Pick<StorefrontAPI.Comment, 'id' | 'content'> & {
              author: Pick<StorefrontAPI.CommentAuthor, 'name'>;
            }
          >;
          pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'endCursor'>;
        };
      }
    >;
  }>;
};

export type CartLineFragment = Pick<
  StorefrontAPI.CartLine,
  'id' | 'quantity'
> & {
  attributes: Array<Pick<StorefrontAPI.Attribute, 'key' | 'value'>>;
  cost: {
    totalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    amountPerQuantity: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    compareAtAmountPerQuantity?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>
    >;
  };
  merchandise: Pick<
    StorefrontAPI.ProductVariant,
    'id' | 'title' | 'availableForSale' | 'requiresShipping'
  > & {
    image?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
    >;
    price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    product: Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor'>;
    selectedOptions: Array<
      Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
    >;
  };
};

export type CartApiQueryFragment = Pick<
  StorefrontAPI.Cart,
  'updatedAt' | 'id' | 'checkoutUrl' | 'totalQuantity' | 'note'
> & {
  buyerIdentity: Pick<StorefrontAPI.CartBuyerIdentity, 'countryCode' | 'email'>;
  lines: {
    nodes: Array<
      Pick<StorefrontAPI.CartLine, 'id' | 'quantity'> & {
        attributes: Array<Pick<StorefrontAPI.Attribute, 'key' | 'value'>>;
        cost: {
          totalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
          amountPerQuantity: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
          compareAtAmountPerQuantity?: StorefrontAPI.Maybe<
            Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>
          >;
        };
        merchandise: Pick<
          StorefrontAPI.ProductVariant,
          'id' | 'title' | 'availableForSale' | 'requiresShipping'
        > & {
          image?: StorefrontAPI.Maybe<
            Pick<
              StorefrontAPI.Image,
              'id' | 'url' | 'altText' | 'width' | 'height'
            >
          >;
          price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
          product: Pick<
            StorefrontAPI.Product,
            'id' | 'handle' | 'title' | 'vendor'
          >;
          selectedOptions: Array<
            Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
          >;
        };
      }
    >;
  };
  cost: {
    subtotalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    totalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  };
  attributes: Array<Pick<StorefrontAPI.Attribute, 'key' | 'value'>>;
  discountCodes: Array<
    Pick<StorefrontAPI.CartDiscountCode, 'code' | 'applicable'>
  >;
  appliedGiftCards: Array<
    Pick<StorefrontAPI.AppliedGiftCard, 'id' | 'lastCharacters'> & {
      amountUsed: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      balance: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    }
  >;
};

export type CartLineVariantFragment = Pick<
  StorefrontAPI.ProductVariant,
  'id' | 'title' | 'availableForSale' | 'requiresShipping'
> & {
  image?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
  >;
  price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  product: Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor'>;
  selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>;
};

export type CheckoutCartCreateMutationVariables = StorefrontAPI.Exact<{
  input: StorefrontAPI.CartInput;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type CheckoutCartCreateMutation = {
  cartCreate?: StorefrontAPI.Maybe<{
    cart?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.Cart, 'id' | 'checkoutUrl' | 'totalQuantity'>
    >;
    userErrors: Array<
      Pick<StorefrontAPI.CartUserError, 'code' | 'field' | 'message'>
    >;
    warnings: Array<Pick<StorefrontAPI.CartWarning, 'code' | 'message'>>;
  }>;
};

export type CartGiftCardRemoveMutationVariables = StorefrontAPI.Exact<{
  cartId: StorefrontAPI.Scalars['ID']['input'];
  appliedGiftCardIds:
    | Array<StorefrontAPI.Scalars['ID']['input']>
    | StorefrontAPI.Scalars['ID']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type CartGiftCardRemoveMutation = {
  cartGiftCardCodesRemove?: StorefrontAPI.Maybe<{
    cart?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Cart, 'id'>>;
    userErrors: Array<
      Pick<StorefrontAPI.CartUserError, 'code' | 'field' | 'message'>
    >;
  }>;
};

export type LayoutMenuItemFragment = Pick<
  StorefrontAPI.MenuItem,
  'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
>;

export type LayoutParentMenuItemFragment = Pick<
  StorefrontAPI.MenuItem,
  'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
> & {
  items: Array<
    Pick<
      StorefrontAPI.MenuItem,
      'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
    >
  >;
};

export type LayoutMenuFragment = Pick<StorefrontAPI.Menu, 'id'> & {
  items: Array<
    Pick<
      StorefrontAPI.MenuItem,
      'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
    > & {
      items: Array<
        Pick<
          StorefrontAPI.MenuItem,
          'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
        >
      >;
    }
  >;
};

export type LayoutHeaderQueryVariables = StorefrontAPI.Exact<{
  headerMenuHandle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type LayoutHeaderQuery = {
  shop: Pick<StorefrontAPI.Shop, 'id' | 'name' | 'description'> & {
    primaryDomain: Pick<StorefrontAPI.Domain, 'url'>;
  };
  menu?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Menu, 'id'> & {
      items: Array<
        Pick<
          StorefrontAPI.MenuItem,
          'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
        > & {
          items: Array<
            Pick<
              StorefrontAPI.MenuItem,
              'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
            >
          >;
        }
      >;
    }
  >;
};

export type LayoutFooterQueryVariables = StorefrontAPI.Exact<{
  footerMenuHandle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type LayoutFooterQuery = {
  menu?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Menu, 'id'> & {
      items: Array<
        Pick<
          StorefrontAPI.MenuItem,
          'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
        > & {
          items: Array<
            Pick<
              StorefrontAPI.MenuItem,
              'id' | 'resourceId' | 'tags' | 'title' | 'type' | 'url'
            >
          >;
        }
      >;
    }
  >;
  shop: {
    privacyPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>
    >;
    refundPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>
    >;
    shippingPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>
    >;
    termsOfService?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>
    >;
  };
};

export type ContentFieldFragment = Pick<
  StorefrontAPI.MetaobjectField,
  'key' | 'type' | 'value'
> & {
  reference?: StorefrontAPI.Maybe<
    | ({__typename: 'Collection'} & Pick<StorefrontAPI.Collection, 'handle'>)
    | {
        __typename:
          | 'GenericFile'
          | 'Metaobject'
          | 'Model3d'
          | 'ProductVariant'
          | 'Video';
      }
    | ({__typename: 'MediaImage'} & {
        image?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
      })
    | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
    | ({__typename: 'Product'} & Pick<StorefrontAPI.Product, 'handle'>)
  >;
};

export type InlineProductFragment = Pick<
  StorefrontAPI.Product,
  'description' | 'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
> & {
  featuredImage?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
  >;
  priceRange: {
    minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  };
  compareAtPriceRange: {
    minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  };
};

export type InlineProductsQueryVariables = StorefrontAPI.Exact<{
  h0: StorefrontAPI.Scalars['String']['input'];
  h1: StorefrontAPI.Scalars['String']['input'];
  h2: StorefrontAPI.Scalars['String']['input'];
  h3: StorefrontAPI.Scalars['String']['input'];
  w1: StorefrontAPI.Scalars['Boolean']['input'];
  w2: StorefrontAPI.Scalars['Boolean']['input'];
  w3: StorefrontAPI.Scalars['Boolean']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type InlineProductsQuery = {
  p0?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.Product,
      | 'description'
      | 'id'
      | 'handle'
      | 'title'
      | 'productType'
      | 'availableForSale'
    > & {
      featuredImage?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
      >;
      priceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
        maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
      compareAtPriceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
    }
  >;
  p1?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.Product,
      | 'description'
      | 'id'
      | 'handle'
      | 'title'
      | 'productType'
      | 'availableForSale'
    > & {
      featuredImage?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
      >;
      priceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
        maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
      compareAtPriceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
    }
  >;
  p2?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.Product,
      | 'description'
      | 'id'
      | 'handle'
      | 'title'
      | 'productType'
      | 'availableForSale'
    > & {
      featuredImage?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
      >;
      priceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
        maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
      compareAtPriceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
    }
  >;
  p3?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.Product,
      | 'description'
      | 'id'
      | 'handle'
      | 'title'
      | 'productType'
      | 'availableForSale'
    > & {
      featuredImage?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
      >;
      priceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
        maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
      compareAtPriceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
    }
  >;
};

export type PromoBannerFragment = Pick<
  StorefrontAPI.Metaobject,
  'id' | 'handle' | 'updatedAt'
> & {
  fields: Array<
    Pick<StorefrontAPI.MetaobjectField, 'key' | 'type' | 'value'> & {
      reference?: StorefrontAPI.Maybe<
        | ({__typename: 'Collection'} & Pick<
            StorefrontAPI.Collection,
            'handle'
          >)
        | {
            __typename:
              | 'GenericFile'
              | 'Metaobject'
              | 'Model3d'
              | 'ProductVariant'
              | 'Video';
          }
        | ({__typename: 'MediaImage'} & {
            image?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
          })
        | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
        | ({__typename: 'Product'} & Pick<StorefrontAPI.Product, 'handle'>)
      >;
    }
  >;
};

export type PromoBannersQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type PromoBannersQuery = {
  promoBanners: {
    nodes: Array<
      Pick<StorefrontAPI.Metaobject, 'id' | 'handle' | 'updatedAt'> & {
        fields: Array<
          Pick<StorefrontAPI.MetaobjectField, 'key' | 'type' | 'value'> & {
            reference?: StorefrontAPI.Maybe<
              | ({__typename: 'Collection'} & Pick<
                  StorefrontAPI.Collection,
                  'handle'
                >)
              | {
                  __typename:
                    | 'GenericFile'
                    | 'Metaobject'
                    | 'Model3d'
                    | 'ProductVariant'
                    | 'Video';
                }
              | ({__typename: 'MediaImage'} & {
                  image?: StorefrontAPI.Maybe<
                    Pick<
                      StorefrontAPI.Image,
                      'id' | 'url' | 'altText' | 'width' | 'height'
                    >
                  >;
                })
              | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
              | ({__typename: 'Product'} & Pick<
                  StorefrontAPI.Product,
                  'handle'
                >)
            >;
          }
        >;
      }
    >;
  };
};

export type ArticlePromoQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  articleHandle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type ArticlePromoQuery = {
  shop: {primaryDomain: Pick<StorefrontAPI.Domain, 'url'>};
  inlineBanners: {
    nodes: Array<
      Pick<StorefrontAPI.Metaobject, 'id' | 'handle' | 'updatedAt'> & {
        fields: Array<
          Pick<StorefrontAPI.MetaobjectField, 'key' | 'type' | 'value'> & {
            reference?: StorefrontAPI.Maybe<
              | ({__typename: 'Collection'} & Pick<
                  StorefrontAPI.Collection,
                  'handle'
                >)
              | {
                  __typename:
                    | 'GenericFile'
                    | 'Metaobject'
                    | 'Model3d'
                    | 'ProductVariant'
                    | 'Video';
                }
              | ({__typename: 'MediaImage'} & {
                  image?: StorefrontAPI.Maybe<
                    Pick<
                      StorefrontAPI.Image,
                      'id' | 'url' | 'altText' | 'width' | 'height'
                    >
                  >;
                })
              | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
              | ({__typename: 'Product'} & Pick<
                  StorefrontAPI.Product,
                  'handle'
                >)
            >;
          }
        >;
      }
    >;
  };
  blog?: StorefrontAPI.Maybe<{
    promo?: StorefrontAPI.Maybe<{
      reference?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Metaobject, 'id' | 'handle' | 'updatedAt'> & {
          fields: Array<
            Pick<StorefrontAPI.MetaobjectField, 'key' | 'type' | 'value'> & {
              reference?: StorefrontAPI.Maybe<
                | ({__typename: 'Collection'} & Pick<
                    StorefrontAPI.Collection,
                    'handle'
                  >)
                | {
                    __typename:
                      | 'GenericFile'
                      | 'Metaobject'
                      | 'Model3d'
                      | 'ProductVariant'
                      | 'Video';
                  }
                | ({__typename: 'MediaImage'} & {
                    image?: StorefrontAPI.Maybe<
                      Pick<
                        StorefrontAPI.Image,
                        'id' | 'url' | 'altText' | 'width' | 'height'
                      >
                    >;
                  })
                | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
                | ({__typename: 'Product'} & Pick<
                    StorefrontAPI.Product,
                    'handle'
                  >)
              >;
            }
          >;
        }
      >;
    }>;
    articleByHandle?: StorefrontAPI.Maybe<{
      promo?: StorefrontAPI.Maybe<{
        reference?: StorefrontAPI.Maybe<
          Pick<StorefrontAPI.Metaobject, 'id' | 'handle' | 'updatedAt'> & {
            fields: Array<
              Pick<StorefrontAPI.MetaobjectField, 'key' | 'type' | 'value'> & {
                reference?: StorefrontAPI.Maybe<
                  | ({__typename: 'Collection'} & Pick<
                      StorefrontAPI.Collection,
                      'handle'
                    >)
                  | {
                      __typename:
                        | 'GenericFile'
                        | 'Metaobject'
                        | 'Model3d'
                        | 'ProductVariant'
                        | 'Video';
                    }
                  | ({__typename: 'MediaImage'} & {
                      image?: StorefrontAPI.Maybe<
                        Pick<
                          StorefrontAPI.Image,
                          'id' | 'url' | 'altText' | 'width' | 'height'
                        >
                      >;
                    })
                  | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
                  | ({__typename: 'Product'} & Pick<
                      StorefrontAPI.Product,
                      'handle'
                    >)
                >;
              }
            >;
          }
        >;
      }>;
    }>;
  }>;
};

export type ProductCardFragment = Pick<
  StorefrontAPI.Product,
  'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
> & {
  featuredImage?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
  >;
  priceRange: {
    minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  };
  compareAtPriceRange: {
    minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  };
};

export type ProductPageVariantFragment = Pick<
  StorefrontAPI.ProductVariant,
  'sku' | 'id' | 'title' | 'availableForSale' | 'requiresShipping'
> & {
  compareAtPrice?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>
  >;
  image?: StorefrontAPI.Maybe<
    {__typename: 'Image'} & Pick<
      StorefrontAPI.Image,
      'id' | 'url' | 'altText' | 'width' | 'height'
    >
  >;
  price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  product: Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor'>;
  selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>;
};

export type ProductRecommendationsQueryVariables = StorefrontAPI.Exact<{
  productId: StorefrontAPI.Scalars['ID']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type ProductRecommendationsQuery = {
  complementary?: StorefrontAPI.Maybe<
    Array<
      Pick<
        StorefrontAPI.Product,
        'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
      > & {
        selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.ProductVariant,
            'id' | 'title' | 'availableForSale' | 'requiresShipping'
          > & {
            image?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
            price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
            product: Pick<
              StorefrontAPI.Product,
              'id' | 'handle' | 'title' | 'vendor'
            >;
            selectedOptions: Array<
              Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
            >;
          }
        >;
        featuredImage?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
        priceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
          maxVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
        compareAtPriceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
      }
    >
  >;
  related?: StorefrontAPI.Maybe<
    Array<
      Pick<
        StorefrontAPI.Product,
        'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
      > & {
        selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.ProductVariant,
            'id' | 'title' | 'availableForSale' | 'requiresShipping'
          > & {
            image?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
            price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
            product: Pick<
              StorefrontAPI.Product,
              'id' | 'handle' | 'title' | 'vendor'
            >;
            selectedOptions: Array<
              Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
            >;
          }
        >;
        featuredImage?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
        priceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
          maxVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
        compareAtPriceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
      }
    >
  >;
};

export type RecommendedProductFragment = Pick<
  StorefrontAPI.Product,
  'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
> & {
  selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.ProductVariant,
      'id' | 'title' | 'availableForSale' | 'requiresShipping'
    > & {
      image?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
      >;
      price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      product: Pick<
        StorefrontAPI.Product,
        'id' | 'handle' | 'title' | 'vendor'
      >;
      selectedOptions: Array<
        Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
      >;
    }
  >;
  featuredImage?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
  >;
  priceRange: {
    minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
    maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  };
  compareAtPriceRange: {
    minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
  };
};

export type SeoFragment = Pick<StorefrontAPI.Seo, 'title' | 'description'>;

export type ImageFragment = Pick<
  StorefrontAPI.Image,
  'id' | 'url' | 'altText' | 'width' | 'height'
>;

export type MoneyFragment = Pick<
  StorefrontAPI.MoneyV2,
  'amount' | 'currencyCode'
>;

export type PageCursorsFragment = Pick<
  StorefrontAPI.PageInfo,
  'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
>;

export type ShopIdentityFragment = Pick<
  StorefrontAPI.Shop,
  'id' | 'name' | 'description'
> & {primaryDomain: Pick<StorefrontAPI.Domain, 'url'>};

export type BlogArticleNeighboursQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  first: StorefrontAPI.Scalars['Int']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type BlogArticleNeighboursQuery = {
  blog?: StorefrontAPI.Maybe<{
    articles: {
      nodes: Array<
        Pick<
          StorefrontAPI.Article,
          'id' | 'handle' | 'title' | 'publishedAt' | 'tags'
        > & {
          image?: StorefrontAPI.Maybe<
            Pick<
              StorefrontAPI.Image,
              'id' | 'url' | 'altText' | 'width' | 'height'
            >
          >;
        }
      >;
    };
  }>;
};

export type ProductFacetFragment = Pick<
  StorefrontAPI.Filter,
  'id' | 'label' | 'type'
> & {
  values: Array<
    Pick<StorefrontAPI.FilterValue, 'id' | 'label' | 'count' | 'input'>
  >;
};

export type ProductCardPageFragment = {
  nodes: Array<
    Pick<
      StorefrontAPI.Product,
      'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
    > & {
      featuredImage?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
      >;
      priceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
        maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
      compareAtPriceRange: {
        minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
      };
    }
  >;
  pageInfo: Pick<
    StorefrontAPI.PageInfo,
    'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
  >;
};

export type CollectionProductsQueryVariables = StorefrontAPI.Exact<{
  handle: StorefrontAPI.Scalars['String']['input'];
  filters?: StorefrontAPI.InputMaybe<
    Array<StorefrontAPI.ProductFilter> | StorefrontAPI.ProductFilter
  >;
  sortKey?: StorefrontAPI.InputMaybe<StorefrontAPI.ProductCollectionSortKeys>;
  reverse?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Boolean']['input']>;
  withAllProducts: StorefrontAPI.Scalars['Boolean']['input'];
  allProductsSortKey?: StorefrontAPI.InputMaybe<StorefrontAPI.ProductSortKeys>;
  allProductsQuery?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
  first?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  last?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  startCursor?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  endCursor?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
}>;

export type CollectionProductsQuery = {
  collection?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.Collection,
      'id' | 'handle' | 'title' | 'description' | 'descriptionHtml'
    > & {
      image?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
      >;
      seo: Pick<StorefrontAPI.Seo, 'title' | 'description'>;
      products: {
        filters: Array<
          Pick<StorefrontAPI.Filter, 'id' | 'label' | 'type'> & {
            values: Array<
              Pick<
                StorefrontAPI.FilterValue,
                'id' | 'label' | 'count' | 'input'
              >
            >;
          }
        >;
        nodes: Array<
          Pick<
            StorefrontAPI.Product,
            'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
          > & {
            featuredImage?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
            priceRange: {
              minVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
              maxVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
            };
            compareAtPriceRange: {
              minVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
            };
          }
        >;
        pageInfo: Pick<
          StorefrontAPI.PageInfo,
          'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
        >;
      };
    }
  >;
  allProducts?: {
    nodes: Array<
      Pick<
        StorefrontAPI.Product,
        'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
      > & {
        featuredImage?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
        priceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
          maxVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
        compareAtPriceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
      }
    >;
    pageInfo: Pick<
      StorefrontAPI.PageInfo,
      'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
    >;
  };
};

export type CollectionsIndexQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
  first?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  last?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  startCursor?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  endCursor?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
}>;

export type CollectionsIndexQuery = {
  collections: {
    nodes: Array<
      Pick<
        StorefrontAPI.Collection,
        'id' | 'handle' | 'title' | 'description'
      > & {
        image?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
        products: {
          filters: Array<
            Pick<StorefrontAPI.Filter, 'id'> & {
              values: Array<Pick<StorefrontAPI.FilterValue, 'count'>>;
            }
          >;
        };
      }
    >;
    pageInfo: Pick<
      StorefrontAPI.PageInfo,
      'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
    >;
  };
};

export type CommentTargetQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  articleHandle: StorefrontAPI.Scalars['String']['input'];
}>;

export type CommentTargetQuery = {
  blog?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Blog, 'id'> & {
      articleByHandle?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Article, 'id'>>;
    }
  >;
};

export type HomeArticlesQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  h0: StorefrontAPI.Scalars['String']['input'];
  h1: StorefrontAPI.Scalars['String']['input'];
  h2: StorefrontAPI.Scalars['String']['input'];
  w0: StorefrontAPI.Scalars['Boolean']['input'];
  w1: StorefrontAPI.Scalars['Boolean']['input'];
  w2: StorefrontAPI.Scalars['Boolean']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type HomeArticlesQuery = {
  blog?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Blog, 'handle'> & {
      a0?: StorefrontAPI.Maybe<
        Pick<
          StorefrontAPI.Article,
          | 'excerpt'
          | 'content'
          | 'id'
          | 'handle'
          | 'title'
          | 'publishedAt'
          | 'tags'
        > & {
          authorV2?: StorefrontAPI.Maybe<
            Pick<StorefrontAPI.ArticleAuthor, 'name'>
          >;
          image?: StorefrontAPI.Maybe<
            Pick<
              StorefrontAPI.Image,
              'id' | 'url' | 'altText' | 'width' | 'height'
            >
          >;
        }
      >;
      a1?: StorefrontAPI.Maybe<
        Pick<
          StorefrontAPI.Article,
          | 'excerpt'
          | 'content'
          | 'id'
          | 'handle'
          | 'title'
          | 'publishedAt'
          | 'tags'
        > & {
          authorV2?: StorefrontAPI.Maybe<
            Pick<StorefrontAPI.ArticleAuthor, 'name'>
          >;
          image?: StorefrontAPI.Maybe<
            Pick<
              StorefrontAPI.Image,
              'id' | 'url' | 'altText' | 'width' | 'height'
            >
          >;
        }
      >;
      a2?: StorefrontAPI.Maybe<
        Pick<
          StorefrontAPI.Article,
          | 'excerpt'
          | 'content'
          | 'id'
          | 'handle'
          | 'title'
          | 'publishedAt'
          | 'tags'
        > & {
          authorV2?: StorefrontAPI.Maybe<
            Pick<StorefrontAPI.ArticleAuthor, 'name'>
          >;
          image?: StorefrontAPI.Maybe<
            Pick<
              StorefrontAPI.Image,
              'id' | 'url' | 'altText' | 'width' | 'height'
            >
          >;
        }
      >;
      latest: {
        nodes: Array<
          Pick<
            StorefrontAPI.Article,
            | 'excerpt'
            | 'content'
            | 'id'
            | 'handle'
            | 'title'
            | 'publishedAt'
            | 'tags'
          > & {
            authorV2?: StorefrontAPI.Maybe<
              Pick<StorefrontAPI.ArticleAuthor, 'name'>
            >;
            image?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
          }
        >;
      };
    }
  >;
};

export type SitemapArticleBlogsQueryVariables = StorefrontAPI.Exact<{
  first: StorefrontAPI.Scalars['Int']['input'];
  after?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type SitemapArticleBlogsQuery = {
  articles: {
    nodes: Array<
      Pick<StorefrontAPI.Article, 'handle'> & {
        blog: Pick<StorefrontAPI.Blog, 'handle'>;
      }
    >;
    pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'endCursor'>;
  };
};

export type StaticSitemapQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type StaticSitemapQuery = {
  shop: {
    privacyPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle'>
    >;
    refundPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle'>
    >;
    shippingPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle'>
    >;
    termsOfService?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'handle'>
    >;
  };
};

export type HomePageQueryVariables = StorefrontAPI.Exact<{
  featuredHandle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type HomePageQuery = {
  shop: Pick<StorefrontAPI.Shop, 'id' | 'name' | 'description'> & {
    brand?: StorefrontAPI.Maybe<{
      logo?: StorefrontAPI.Maybe<{
        image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url'>>;
      }>;
    }>;
    primaryDomain: Pick<StorefrontAPI.Domain, 'url'>;
  };
  home?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Metaobject, 'id'> & {
      fields: Array<
        Pick<StorefrontAPI.MetaobjectField, 'key' | 'type' | 'value'> & {
          reference?: StorefrontAPI.Maybe<
            | ({__typename: 'Collection'} & Pick<
                StorefrontAPI.Collection,
                'id' | 'title' | 'handle'
              > & {
                  products: {
                    nodes: Array<
                      Pick<
                        StorefrontAPI.Product,
                        | 'id'
                        | 'handle'
                        | 'title'
                        | 'productType'
                        | 'availableForSale'
                      > & {
                        featuredImage?: StorefrontAPI.Maybe<
                          Pick<
                            StorefrontAPI.Image,
                            'id' | 'url' | 'altText' | 'width' | 'height'
                          >
                        >;
                        priceRange: {
                          minVariantPrice: Pick<
                            StorefrontAPI.MoneyV2,
                            'amount' | 'currencyCode'
                          >;
                          maxVariantPrice: Pick<
                            StorefrontAPI.MoneyV2,
                            'amount' | 'currencyCode'
                          >;
                        };
                        compareAtPriceRange: {
                          minVariantPrice: Pick<
                            StorefrontAPI.MoneyV2,
                            'amount' | 'currencyCode'
                          >;
                        };
                      }
                    >;
                  };
                })
            | {
                __typename:
                  | 'GenericFile'
                  | 'Metaobject'
                  | 'Model3d'
                  | 'ProductVariant'
                  | 'Video';
              }
            | ({__typename: 'MediaImage'} & {
                image?: StorefrontAPI.Maybe<
                  Pick<
                    StorefrontAPI.Image,
                    'id' | 'url' | 'altText' | 'width' | 'height'
                  >
                >;
              })
            | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
            | ({__typename: 'Product'} & Pick<StorefrontAPI.Product, 'handle'>)
          >;
        }
      >;
    }
  >;
  featured?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Collection, 'id' | 'title'> & {
      products: {
        nodes: Array<
          Pick<
            StorefrontAPI.Product,
            'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
          > & {
            featuredImage?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
            priceRange: {
              minVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
              maxVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
            };
            compareAtPriceRange: {
              minVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
            };
          }
        >;
      };
    }
  >;
  fallback: {
    nodes: Array<
      Pick<
        StorefrontAPI.Product,
        'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
      > & {
        featuredImage?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
        priceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
          maxVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
        compareAtPriceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
      }
    >;
  };
  promoBanners: {
    nodes: Array<
      Pick<StorefrontAPI.Metaobject, 'id' | 'handle' | 'updatedAt'> & {
        fields: Array<
          Pick<StorefrontAPI.MetaobjectField, 'key' | 'type' | 'value'> & {
            reference?: StorefrontAPI.Maybe<
              | ({__typename: 'Collection'} & Pick<
                  StorefrontAPI.Collection,
                  'handle'
                >)
              | {
                  __typename:
                    | 'GenericFile'
                    | 'Metaobject'
                    | 'Model3d'
                    | 'ProductVariant'
                    | 'Video';
                }
              | ({__typename: 'MediaImage'} & {
                  image?: StorefrontAPI.Maybe<
                    Pick<
                      StorefrontAPI.Image,
                      'id' | 'url' | 'altText' | 'width' | 'height'
                    >
                  >;
                })
              | ({__typename: 'Page'} & Pick<StorefrontAPI.Page, 'handle'>)
              | ({__typename: 'Product'} & Pick<
                  StorefrontAPI.Product,
                  'handle'
                >)
            >;
          }
        >;
      }
    >;
  };
};

export type PredictiveSearchQueryVariables = StorefrontAPI.Exact<{
  term: StorefrontAPI.Scalars['String']['input'];
  limit: StorefrontAPI.Scalars['Int']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type PredictiveSearchQuery = {
  predictiveSearch?: StorefrontAPI.Maybe<{
    products: Array<
      Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title'> & {
        featuredImage?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
        priceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
      }
    >;
    queries: Array<
      Pick<StorefrontAPI.SearchQuerySuggestion, 'text' | 'styledText'>
    >;
    collections: Array<
      Pick<StorefrontAPI.Collection, 'id' | 'handle' | 'title'> & {
        image?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
      }
    >;
    articles: Array<
      Pick<StorefrontAPI.Article, 'id' | 'handle' | 'title'> & {
        blog: Pick<StorefrontAPI.Blog, 'handle'>;
        image?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
      }
    >;
    pages: Array<Pick<StorefrontAPI.Page, 'id' | 'handle' | 'title'>>;
  }>;
};

export type BlogArticleQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  articleHandle: StorefrontAPI.Scalars['String']['input'];
  commentsFirst: StorefrontAPI.Scalars['Int']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type BlogArticleQuery = {
  blog?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Blog, 'id' | 'handle' | 'title'> & {
      articleByHandle?: StorefrontAPI.Maybe<
        Pick<
          StorefrontAPI.Article,
          | 'id'
          | 'handle'
          | 'title'
          | 'publishedAt'
          | 'tags'
          | 'excerpt'
          | 'contentHtml'
        > & {
          seo?: StorefrontAPI.Maybe<
            Pick<StorefrontAPI.Seo, 'title' | 'description'>
          >;
          image?: StorefrontAPI.Maybe<
            Pick<
              StorefrontAPI.Image,
              'id' | 'url' | 'altText' | 'width' | 'height'
            >
          >;
          authorV2?: StorefrontAPI.Maybe<
            Pick<StorefrontAPI.ArticleAuthor, 'name' | 'bio'>
          >;
          comments: {
            nodes: Array<
              Pick<StorefrontAPI.Comment, 'id' | 'content'> & {
                author: Pick<StorefrontAPI.CommentAuthor, 'name'>;
              }
            >;
            pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'endCursor'>;
          };
        }
      >;
    }
  >;
  shop: Pick<StorefrontAPI.Shop, 'name'>;
};

export type BlogListQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type BlogListQuery = {
  shop: Pick<StorefrontAPI.Shop, 'name'>;
  blogs: {
    nodes: Array<
      Pick<StorefrontAPI.Blog, 'id' | 'handle' | 'title'> & {
        seo?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Seo, 'description'>>;
        articles: {
          nodes: Array<
            Pick<
              StorefrontAPI.Article,
              'id' | 'handle' | 'title' | 'publishedAt'
            >
          >;
        };
      }
    >;
  };
};

export type ContentPageQueryVariables = StorefrontAPI.Exact<{
  handle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type ContentPageQuery = {
  page?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.Page,
      'id' | 'handle' | 'title' | 'body' | 'bodySummary'
    > & {
      seo?: StorefrontAPI.Maybe<
        Pick<StorefrontAPI.Seo, 'title' | 'description'>
      >;
    }
  >;
};

export type PolicyBodyFragment = Pick<
  StorefrontAPI.ShopPolicy,
  'id' | 'title' | 'handle' | 'body'
>;

export type PolicyPageQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
  privacyPolicy: StorefrontAPI.Scalars['Boolean']['input'];
  refundPolicy: StorefrontAPI.Scalars['Boolean']['input'];
  shippingPolicy: StorefrontAPI.Scalars['Boolean']['input'];
  termsOfService: StorefrontAPI.Scalars['Boolean']['input'];
  subscriptionPolicy: StorefrontAPI.Scalars['Boolean']['input'];
}>;

export type PolicyPageQuery = {
  shop: {
    privacyPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle' | 'body'>
    >;
    refundPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle' | 'body'>
    >;
    shippingPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle' | 'body'>
    >;
    termsOfService?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle' | 'body'>
    >;
    subscriptionPolicy?: StorefrontAPI.Maybe<
      Pick<
        StorefrontAPI.ShopPolicyWithDefault,
        'id' | 'title' | 'handle' | 'body'
      >
    >;
  };
};

export type PolicyLinkFragment = Pick<
  StorefrontAPI.ShopPolicy,
  'id' | 'title' | 'handle'
>;

export type PoliciesIndexQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type PoliciesIndexQuery = {
  shop: {
    privacyPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle'>
    >;
    refundPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle'>
    >;
    shippingPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle'>
    >;
    termsOfService?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicy, 'id' | 'title' | 'handle'>
    >;
    subscriptionPolicy?: StorefrontAPI.Maybe<
      Pick<StorefrontAPI.ShopPolicyWithDefault, 'id' | 'title' | 'handle'>
    >;
  };
};

export type ProductPageQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  handle: StorefrontAPI.Scalars['String']['input'];
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
  selectedOptions:
    | Array<StorefrontAPI.SelectedOptionInput>
    | StorefrontAPI.SelectedOptionInput;
}>;

export type ProductPageQuery = {
  product?: StorefrontAPI.Maybe<
    Pick<
      StorefrontAPI.Product,
      | 'id'
      | 'title'
      | 'vendor'
      | 'handle'
      | 'productType'
      | 'descriptionHtml'
      | 'description'
      | 'encodedVariantExistence'
      | 'encodedVariantAvailability'
    > & {
      images: {
        nodes: Array<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
      };
      options: Array<
        Pick<StorefrontAPI.ProductOption, 'name'> & {
          optionValues: Array<
            Pick<StorefrontAPI.ProductOptionValue, 'name'> & {
              firstSelectableVariant?: StorefrontAPI.Maybe<
                Pick<
                  StorefrontAPI.ProductVariant,
                  | 'sku'
                  | 'id'
                  | 'title'
                  | 'availableForSale'
                  | 'requiresShipping'
                > & {
                  compareAtPrice?: StorefrontAPI.Maybe<
                    Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>
                  >;
                  image?: StorefrontAPI.Maybe<
                    {__typename: 'Image'} & Pick<
                      StorefrontAPI.Image,
                      'id' | 'url' | 'altText' | 'width' | 'height'
                    >
                  >;
                  price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
                  product: Pick<
                    StorefrontAPI.Product,
                    'id' | 'handle' | 'title' | 'vendor'
                  >;
                  selectedOptions: Array<
                    Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
                  >;
                }
              >;
              swatch?: StorefrontAPI.Maybe<
                Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'> & {
                  image?: StorefrontAPI.Maybe<{
                    previewImage?: StorefrontAPI.Maybe<
                      Pick<StorefrontAPI.Image, 'url'>
                    >;
                  }>;
                }
              >;
            }
          >;
        }
      >;
      selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<
        Pick<
          StorefrontAPI.ProductVariant,
          'sku' | 'id' | 'title' | 'availableForSale' | 'requiresShipping'
        > & {
          compareAtPrice?: StorefrontAPI.Maybe<
            Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>
          >;
          image?: StorefrontAPI.Maybe<
            {__typename: 'Image'} & Pick<
              StorefrontAPI.Image,
              'id' | 'url' | 'altText' | 'width' | 'height'
            >
          >;
          price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
          product: Pick<
            StorefrontAPI.Product,
            'id' | 'handle' | 'title' | 'vendor'
          >;
          selectedOptions: Array<
            Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
          >;
        }
      >;
      variants: {
        nodes: Array<
          Pick<
            StorefrontAPI.ProductVariant,
            'sku' | 'id' | 'title' | 'availableForSale' | 'requiresShipping'
          > & {
            compareAtPrice?: StorefrontAPI.Maybe<
              Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>
            >;
            image?: StorefrontAPI.Maybe<
              {__typename: 'Image'} & Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
            price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;
            product: Pick<
              StorefrontAPI.Product,
              'id' | 'handle' | 'title' | 'vendor'
            >;
            selectedOptions: Array<
              Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>
            >;
          }
        >;
      };
      metafields: Array<
        StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'key' | 'value'>>
      >;
      collections: {
        nodes: Array<Pick<StorefrontAPI.Collection, 'handle' | 'title'>>;
      };
      seo: Pick<StorefrontAPI.Seo, 'description' | 'title'>;
    }
  >;
};

export type SearchArticleFragment = Pick<
  StorefrontAPI.Article,
  'id' | 'handle' | 'title' | 'excerpt' | 'content'
> & {
  blog: Pick<StorefrontAPI.Blog, 'handle'>;
  image?: StorefrontAPI.Maybe<
    Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>
  >;
};

export type SearchPageFragment = Pick<
  StorefrontAPI.Page,
  'id' | 'handle' | 'title' | 'bodySummary'
>;

export type SiteSearchQueryVariables = StorefrontAPI.Exact<{
  term: StorefrontAPI.Scalars['String']['input'];
  productsFirst?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['Int']['input']
  >;
  productsLast?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['Int']['input']
  >;
  productsAfter?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  productsBefore?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  articlesFirst?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['Int']['input']
  >;
  articlesLast?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['Int']['input']
  >;
  articlesAfter?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  articlesBefore?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  pagesFirst?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  pagesLast?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  pagesAfter?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  pagesBefore?: StorefrontAPI.InputMaybe<
    StorefrontAPI.Scalars['String']['input']
  >;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type SiteSearchQuery = {
  products: Pick<StorefrontAPI.SearchResultItemConnection, 'totalCount'> & {
    nodes: Array<
      | {__typename: 'Article' | 'Page'}
      | ({__typename: 'Product'} & Pick<
          StorefrontAPI.Product,
          'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
        > & {
            featuredImage?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
            priceRange: {
              minVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
              maxVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
            };
            compareAtPriceRange: {
              minVariantPrice: Pick<
                StorefrontAPI.MoneyV2,
                'amount' | 'currencyCode'
              >;
            };
          })
    >;
    pageInfo: Pick<
      StorefrontAPI.PageInfo,
      'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
    >;
  };
  articles: Pick<StorefrontAPI.SearchResultItemConnection, 'totalCount'> & {
    nodes: Array<
      | ({__typename: 'Article'} & Pick<
          StorefrontAPI.Article,
          'id' | 'handle' | 'title' | 'excerpt' | 'content'
        > & {
            blog: Pick<StorefrontAPI.Blog, 'handle'>;
            image?: StorefrontAPI.Maybe<
              Pick<
                StorefrontAPI.Image,
                'id' | 'url' | 'altText' | 'width' | 'height'
              >
            >;
          })
      | {__typename: 'Page' | 'Product'}
    >;
    pageInfo: Pick<
      StorefrontAPI.PageInfo,
      'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
    >;
  };
  pages: Pick<StorefrontAPI.SearchResultItemConnection, 'totalCount'> & {
    nodes: Array<
      | {__typename: 'Article' | 'Product'}
      | ({__typename: 'Page'} & Pick<
          StorefrontAPI.Page,
          'id' | 'handle' | 'title' | 'bodySummary'
        >)
    >;
    pageInfo: Pick<
      StorefrontAPI.PageInfo,
      'hasPreviousPage' | 'hasNextPage' | 'startCursor' | 'endCursor'
    >;
  };
};

export type SearchSuggestionsQueryVariables = StorefrontAPI.Exact<{
  stem: StorefrontAPI.Scalars['String']['input'];
  withStem: StorefrontAPI.Scalars['Boolean']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;

export type SearchSuggestionsQuery = {
  products: {
    nodes: Array<
      Pick<
        StorefrontAPI.Product,
        'id' | 'handle' | 'title' | 'productType' | 'availableForSale'
      > & {
        featuredImage?: StorefrontAPI.Maybe<
          Pick<
            StorefrontAPI.Image,
            'id' | 'url' | 'altText' | 'width' | 'height'
          >
        >;
        priceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
          maxVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
        compareAtPriceRange: {
          minVariantPrice: Pick<
            StorefrontAPI.MoneyV2,
            'amount' | 'currencyCode'
          >;
        };
      }
    >;
  };
  predictiveSearch?: StorefrontAPI.Maybe<{
    queries: Array<Pick<StorefrontAPI.SearchQuerySuggestion, 'text'>>;
  }>;
};

interface GeneratedQueryTypes {
  '#graphql\n  query BlogArticles(\n    $blogHandle: String!\n    $query: String\n    $first: Int\n    $last: Int\n    $startCursor: String\n    $endCursor: String\n    $withBody: Boolean!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    ...BlogShell\n    blog(handle: $blogHandle) {\n      seo {\n        ...Seo\n      }\n      articles(\n        query: $query\n        first: $first\n        last: $last\n        before: $startCursor\n        after: $endCursor\n        sortKey: PUBLISHED_AT\n        reverse: true\n      ) {\n        nodes {\n          ...BlogArticleCard\n          contentHtml @include(if: $withBody)\n        }\n        pageInfo {\n          ...PageCursors\n        }\n      }\n    }\n  }\n  #graphql\n  fragment BlogShell on QueryRoot {\n    shop {\n      name\n    }\n    blog(handle: $blogHandle) {\n      id\n      handle\n      title\n    }\n  }\n\n  #graphql\n  fragment BlogArticleCard on Article {\n    ...BlogArticleTeaser\n    excerpt\n    content\n    authorV2 {\n      name\n    }\n  }\n\n  #graphql\n  fragment BlogArticleTeaser on Article {\n    id\n    handle\n    title\n    publishedAt\n    tags\n    image {\n      ...Image\n    }\n  }\n\n  #graphql\n  fragment PageCursors on PageInfo {\n    hasPreviousPage\n    hasNextPage\n    startCursor\n    endCursor\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Seo on SEO {\n    title\n    description\n  }\n\n': {
    return: BlogArticlesQuery;
    variables: BlogArticlesQueryVariables;
  };
  '#graphql\n  query BlogArticleComments(\n    $blogHandle: String!\n    $articleHandle: String!\n    $first: Int!\n    $after: String\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    blog(handle: $blogHandle) {\n      articleByHandle(handle: $articleHandle) {\n        id\n        comments(first: $first, after: $after) {\n          ...BlogCommentPage\n        }\n      }\n    }\n  }\n  #graphql\n  fragment BlogCommentPage on CommentConnection {\n    nodes {\n      id\n      content\n      author {\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n\n': {
    return: BlogArticleCommentsQuery;
    variables: BlogArticleCommentsQueryVariables;
  };
  '#graphql\n  query LayoutHeader($headerMenuHandle: String!, $country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    shop {\n      ...ShopIdentity\n    }\n    menu(handle: $headerMenuHandle) {\n      ...LayoutMenu\n    }\n  }\n  #graphql\n  fragment LayoutMenuItem on MenuItem {\n    id\n    resourceId\n    tags\n    title\n    type\n    url\n  }\n  fragment LayoutParentMenuItem on MenuItem {\n    ...LayoutMenuItem\n    items {\n      ...LayoutMenuItem\n    }\n  }\n  fragment LayoutMenu on Menu {\n    id\n    items {\n      ...LayoutParentMenuItem\n    }\n  }\n\n  #graphql\n  fragment ShopIdentity on Shop {\n    id\n    name\n    description\n    primaryDomain {\n      url\n    }\n  }\n\n': {
    return: LayoutHeaderQuery;
    variables: LayoutHeaderQueryVariables;
  };
  '#graphql\n  query LayoutFooter($footerMenuHandle: String!, $country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    menu(handle: $footerMenuHandle) {\n      ...LayoutMenu\n    }\n    shop {\n      privacyPolicy { handle title }\n      refundPolicy { handle title }\n      shippingPolicy { handle title }\n      termsOfService { handle title }\n    }\n  }\n  #graphql\n  fragment LayoutMenuItem on MenuItem {\n    id\n    resourceId\n    tags\n    title\n    type\n    url\n  }\n  fragment LayoutParentMenuItem on MenuItem {\n    ...LayoutMenuItem\n    items {\n      ...LayoutMenuItem\n    }\n  }\n  fragment LayoutMenu on Menu {\n    id\n    items {\n      ...LayoutParentMenuItem\n    }\n  }\n\n': {
    return: LayoutFooterQuery;
    variables: LayoutFooterQueryVariables;
  };
  '#graphql\n  query InlineProducts(\n    $h0: String!\n    $h1: String!\n    $h2: String!\n    $h3: String!\n    $w1: Boolean!\n    $w2: Boolean!\n    $w3: Boolean!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    p0: product(handle: $h0) {\n      ...InlineProduct\n    }\n    p1: product(handle: $h1) @include(if: $w1) {\n      ...InlineProduct\n    }\n    p2: product(handle: $h2) @include(if: $w2) {\n      ...InlineProduct\n    }\n    p3: product(handle: $h3) @include(if: $w3) {\n      ...InlineProduct\n    }\n  }\n  #graphql\n  fragment InlineProduct on Product {\n    ...ProductCard\n    description(truncateAt: 140)\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    productType\n    featuredImage {\n      ...Image\n    }\n    priceRange {\n      minVariantPrice {\n        ...Money\n      }\n      maxVariantPrice {\n        ...Money\n      }\n    }\n    compareAtPriceRange {\n      minVariantPrice {\n        ...Money\n      }\n    }\n    availableForSale\n  }\n\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n': {
    return: InlineProductsQuery;
    variables: InlineProductsQueryVariables;
  };
  '#graphql\n  query PromoBanners($country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    promoBanners: metaobjects(type: "promo_banner", first: 50) {\n      nodes {\n        ...PromoBanner\n      }\n    }\n  }\n  #graphql\n  fragment PromoBanner on Metaobject {\n    id\n    handle\n    updatedAt\n    fields {\n      ...ContentField\n    }\n  }\n\n  #graphql\n  fragment ContentField on MetaobjectField {\n    key\n    type\n    value\n    reference {\n      __typename\n      ... on Product {\n        handle\n      }\n      ... on Collection {\n        handle\n      }\n      ... on Page {\n        handle\n      }\n      ... on MediaImage {\n        image {\n          ...Image\n        }\n      }\n    }\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n': {
    return: PromoBannersQuery;
    variables: PromoBannersQueryVariables;
  };
  '#graphql\n  query ArticlePromo(\n    $blogHandle: String!\n    $articleHandle: String!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    shop {\n      primaryDomain {\n        url\n      }\n    }\n    inlineBanners: metaobjects(type: "promo_banner", first: 50) {\n      nodes {\n        ...PromoBanner\n      }\n    }\n    blog(handle: $blogHandle) {\n      promo: metafield(namespace: "custom", key: "default_promo_banner") {\n        reference {\n          ... on Metaobject {\n            ...PromoBanner\n          }\n        }\n      }\n      articleByHandle(handle: $articleHandle) {\n        promo: metafield(namespace: "custom", key: "promo_banner") {\n          reference {\n            ... on Metaobject {\n              ...PromoBanner\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment PromoBanner on Metaobject {\n    id\n    handle\n    updatedAt\n    fields {\n      ...ContentField\n    }\n  }\n\n  #graphql\n  fragment ContentField on MetaobjectField {\n    key\n    type\n    value\n    reference {\n      __typename\n      ... on Product {\n        handle\n      }\n      ... on Collection {\n        handle\n      }\n      ... on Page {\n        handle\n      }\n      ... on MediaImage {\n        image {\n          ...Image\n        }\n      }\n    }\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n': {
    return: ArticlePromoQuery;
    variables: ArticlePromoQueryVariables;
  };
  '#graphql\n  query ProductRecommendations(\n    $productId: ID!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    complementary: productRecommendations(productId: $productId, intent: COMPLEMENTARY) {\n      ...RecommendedProduct\n    }\n    related: productRecommendations(productId: $productId, intent: RELATED) {\n      ...RecommendedProduct\n    }\n  }\n  fragment RecommendedProduct on Product {\n    ...ProductCard\n    selectedOrFirstAvailableVariant {\n      ...CartLineVariant\n    }\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    productType\n    featuredImage {\n      ...Image\n    }\n    priceRange {\n      minVariantPrice {\n        ...Money\n      }\n      maxVariantPrice {\n        ...Money\n      }\n    }\n    compareAtPriceRange {\n      minVariantPrice {\n        ...Money\n      }\n    }\n    availableForSale\n  }\n\n  #graphql\n  fragment CartLineVariant on ProductVariant {\n    id\n    title\n    availableForSale\n    requiresShipping\n    image {\n      ...Image\n    }\n    price {\n      ...Money\n    }\n    product {\n      id\n      handle\n      title\n      vendor\n    }\n    selectedOptions {\n      name\n      value\n    }\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n': {
    return: ProductRecommendationsQuery;
    variables: ProductRecommendationsQueryVariables;
  };
  '#graphql\n  query BlogArticleNeighbours(\n    $blogHandle: String!\n    $first: Int!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    blog(handle: $blogHandle) {\n      articles(first: $first, sortKey: PUBLISHED_AT, reverse: true) {\n        nodes {\n          ...BlogArticleTeaser\n        }\n      }\n    }\n  }\n  #graphql\n  fragment BlogArticleTeaser on Article {\n    id\n    handle\n    title\n    publishedAt\n    tags\n    image {\n      ...Image\n    }\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n': {
    return: BlogArticleNeighboursQuery;
    variables: BlogArticleNeighboursQueryVariables;
  };
  '#graphql\n  query CollectionProducts(\n    $handle: String!\n    $filters: [ProductFilter!]\n    $sortKey: ProductCollectionSortKeys\n    $reverse: Boolean\n    $withAllProducts: Boolean!\n    $allProductsSortKey: ProductSortKeys\n    $allProductsQuery: String\n    $country: CountryCode\n    $language: LanguageCode\n    $first: Int\n    $last: Int\n    $startCursor: String\n    $endCursor: String\n  ) @inContext(country: $country, language: $language) {\n    collection(handle: $handle) {\n      id\n      handle\n      title\n      description\n      descriptionHtml\n      image {\n        ...Image\n      }\n      seo {\n        ...Seo\n      }\n      products(\n        first: $first\n        last: $last\n        before: $startCursor\n        after: $endCursor\n        filters: $filters\n        sortKey: $sortKey\n        reverse: $reverse\n      ) {\n        filters {\n          ...ProductFacet\n        }\n        ...ProductCardPage\n      }\n    }\n    allProducts: products(\n      first: $first\n      last: $last\n      before: $startCursor\n      after: $endCursor\n      sortKey: $allProductsSortKey\n      reverse: $reverse\n      query: $allProductsQuery\n    ) @include(if: $withAllProducts) {\n      ...ProductCardPage\n    }\n  }\n  #graphql\n  fragment ProductCardPage on ProductConnection {\n    nodes {\n      ...ProductCard\n    }\n    pageInfo {\n      ...PageCursors\n    }\n  }\n\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    productType\n    featuredImage {\n      ...Image\n    }\n    priceRange {\n      minVariantPrice {\n        ...Money\n      }\n      maxVariantPrice {\n        ...Money\n      }\n    }\n    compareAtPriceRange {\n      minVariantPrice {\n        ...Money\n      }\n    }\n    availableForSale\n  }\n\n  #graphql\n  fragment ProductFacet on Filter {\n    id\n    label\n    type\n    values {\n      id\n      label\n      count\n      input\n    }\n  }\n\n  #graphql\n  fragment PageCursors on PageInfo {\n    hasPreviousPage\n    hasNextPage\n    startCursor\n    endCursor\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n  #graphql\n  fragment Seo on SEO {\n    title\n    description\n  }\n\n': {
    return: CollectionProductsQuery;
    variables: CollectionProductsQueryVariables;
  };
  '#graphql\n  query CollectionsIndex(\n    $country: CountryCode\n    $language: LanguageCode\n    $first: Int\n    $last: Int\n    $startCursor: String\n    $endCursor: String\n  ) @inContext(country: $country, language: $language) {\n    collections(first: $first, last: $last, before: $startCursor, after: $endCursor, sortKey: TITLE) {\n      nodes {\n        id\n        handle\n        title\n        description(truncateAt: 160)\n        image {\n          ...Image\n        }\n        products(first: 1) {\n          filters {\n            id\n            values {\n              count\n            }\n          }\n        }\n      }\n      pageInfo {\n        ...PageCursors\n      }\n    }\n  }\n  #graphql\n  fragment PageCursors on PageInfo {\n    hasPreviousPage\n    hasNextPage\n    startCursor\n    endCursor\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n': {
    return: CollectionsIndexQuery;
    variables: CollectionsIndexQueryVariables;
  };
  '#graphql\n  query CommentTarget($blogHandle: String!, $articleHandle: String!) {\n    blog(handle: $blogHandle) {\n      id\n      articleByHandle(handle: $articleHandle) {\n        id\n      }\n    }\n  }\n': {
    return: CommentTargetQuery;
    variables: CommentTargetQueryVariables;
  };
  '#graphql\n  query HomeArticles(\n    $blogHandle: String!\n    $h0: String!\n    $h1: String!\n    $h2: String!\n    $w0: Boolean!\n    $w1: Boolean!\n    $w2: Boolean!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    blog(handle: $blogHandle) {\n      handle\n      a0: articleByHandle(handle: $h0) @include(if: $w0) {\n        ...BlogArticleCard\n      }\n      a1: articleByHandle(handle: $h1) @include(if: $w1) {\n        ...BlogArticleCard\n      }\n      a2: articleByHandle(handle: $h2) @include(if: $w2) {\n        ...BlogArticleCard\n      }\n      latest: articles(first: 3, sortKey: PUBLISHED_AT, reverse: true) {\n        nodes {\n          ...BlogArticleCard\n        }\n      }\n    }\n  }\n  #graphql\n  fragment BlogArticleCard on Article {\n    ...BlogArticleTeaser\n    excerpt\n    content\n    authorV2 {\n      name\n    }\n  }\n\n  #graphql\n  fragment BlogArticleTeaser on Article {\n    id\n    handle\n    title\n    publishedAt\n    tags\n    image {\n      ...Image\n    }\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n': {
    return: HomeArticlesQuery;
    variables: HomeArticlesQueryVariables;
  };
  '#graphql\n  query SitemapArticleBlogs($first: Int!, $after: String, $country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    articles(first: $first, after: $after) {\n      nodes {\n        handle\n        blog {\n          handle\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': {
    return: SitemapArticleBlogsQuery;
    variables: SitemapArticleBlogsQueryVariables;
  };
  '#graphql\n  query StaticSitemap($country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    shop {\n      privacyPolicy { handle }\n      refundPolicy { handle }\n      shippingPolicy { handle }\n      termsOfService { handle }\n    }\n  }\n': {
    return: StaticSitemapQuery;
    variables: StaticSitemapQueryVariables;
  };
  '#graphql\n  query HomePage($featuredHandle: String!, $country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    shop {\n      ...ShopIdentity\n      brand {\n        logo {\n          image {\n            url\n          }\n        }\n      }\n    }\n    home: metaobject(handle: {type: "home_page", handle: "home"}) {\n      id\n      fields {\n        ...ContentField\n        # The featured collection comes with its first programs, so the section needs no second request.\n        reference {\n          ... on Collection {\n            id\n            title\n            products(first: 4) {\n              nodes {\n                ...ProductCard\n              }\n            }\n          }\n        }\n      }\n    }\n    featured: collection(handle: $featuredHandle) {\n      id\n      title\n      products(first: 4) {\n        nodes {\n          ...ProductCard\n        }\n      }\n    }\n    fallback: products(first: 4, sortKey: BEST_SELLING) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    promoBanners: metaobjects(type: "promo_banner", first: 50) {\n      nodes {\n        ...PromoBanner\n      }\n    }\n  }\n  #graphql\n  fragment ShopIdentity on Shop {\n    id\n    name\n    description\n    primaryDomain {\n      url\n    }\n  }\n\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    productType\n    featuredImage {\n      ...Image\n    }\n    priceRange {\n      minVariantPrice {\n        ...Money\n      }\n      maxVariantPrice {\n        ...Money\n      }\n    }\n    compareAtPriceRange {\n      minVariantPrice {\n        ...Money\n      }\n    }\n    availableForSale\n  }\n\n  #graphql\n  fragment PromoBanner on Metaobject {\n    id\n    handle\n    updatedAt\n    fields {\n      ...ContentField\n    }\n  }\n\n  #graphql\n  fragment ContentField on MetaobjectField {\n    key\n    type\n    value\n    reference {\n      __typename\n      ... on Product {\n        handle\n      }\n      ... on Collection {\n        handle\n      }\n      ... on Page {\n        handle\n      }\n      ... on MediaImage {\n        image {\n          ...Image\n        }\n      }\n    }\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n': {
    return: HomePageQuery;
    variables: HomePageQueryVariables;
  };
  '#graphql\n  query PredictiveSearch($term: String!, $limit: Int!, $country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    predictiveSearch(\n      query: $term\n      limit: $limit\n      limitScope: EACH\n      types: [PRODUCT, QUERY, COLLECTION, ARTICLE, PAGE]\n      unavailableProducts: LAST\n    ) {\n      products {\n        id\n        handle\n        title\n        featuredImage {\n          ...Image\n        }\n        priceRange {\n          minVariantPrice {\n            ...Money\n          }\n        }\n      }\n      queries {\n        text\n        styledText\n      }\n      collections {\n        id\n        handle\n        title\n        image {\n          ...Image\n        }\n      }\n      articles {\n        id\n        handle\n        title\n        blog {\n          handle\n        }\n        image {\n          ...Image\n        }\n      }\n      pages {\n        id\n        handle\n        title\n      }\n    }\n  }\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n': {
    return: PredictiveSearchQuery;
    variables: PredictiveSearchQueryVariables;
  };
  '#graphql\n  query BlogArticle(\n    $blogHandle: String!\n    $articleHandle: String!\n    $commentsFirst: Int!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    ...BlogShell\n    blog(handle: $blogHandle) {\n      articleByHandle(handle: $articleHandle) {\n        id\n        handle\n        title\n        publishedAt\n        tags\n        excerpt\n        contentHtml\n        seo {\n          ...Seo\n        }\n        image {\n          ...Image\n        }\n        authorV2 {\n          name\n          bio\n        }\n        comments(first: $commentsFirst) {\n          ...BlogCommentPage\n        }\n      }\n    }\n  }\n  #graphql\n  fragment BlogShell on QueryRoot {\n    shop {\n      name\n    }\n    blog(handle: $blogHandle) {\n      id\n      handle\n      title\n    }\n  }\n\n  #graphql\n  fragment BlogCommentPage on CommentConnection {\n    nodes {\n      id\n      content\n      author {\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Seo on SEO {\n    title\n    description\n  }\n\n': {
    return: BlogArticleQuery;
    variables: BlogArticleQueryVariables;
  };
  '#graphql\n  query BlogList($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    shop {\n      name\n    }\n    blogs(first: 50) {\n      nodes {\n        id\n        handle\n        title\n        seo {\n          description\n        }\n        articles(first: 3, sortKey: PUBLISHED_AT, reverse: true) {\n          nodes {\n            id\n            handle\n            title\n            publishedAt\n          }\n        }\n      }\n    }\n  }\n': {
    return: BlogListQuery;
    variables: BlogListQueryVariables;
  };
  '#graphql\n  query ContentPage($handle: String!, $country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    page(handle: $handle) {\n      id\n      handle\n      title\n      body\n      bodySummary\n      seo {\n        ...Seo\n      }\n    }\n  }\n  #graphql\n  fragment Seo on SEO {\n    title\n    description\n  }\n\n': {
    return: ContentPageQuery;
    variables: ContentPageQueryVariables;
  };
  '#graphql\n  fragment PolicyBody on ShopPolicy {\n    id\n    title\n    handle\n    body\n  }\n  query PolicyPage(\n    $country: CountryCode\n    $language: LanguageCode\n    $privacyPolicy: Boolean!\n    $refundPolicy: Boolean!\n    $shippingPolicy: Boolean!\n    $termsOfService: Boolean!\n    $subscriptionPolicy: Boolean!\n  ) @inContext(country: $country, language: $language) {\n    shop {\n      privacyPolicy @include(if: $privacyPolicy) { ...PolicyBody }\n      refundPolicy @include(if: $refundPolicy) { ...PolicyBody }\n      shippingPolicy @include(if: $shippingPolicy) { ...PolicyBody }\n      termsOfService @include(if: $termsOfService) { ...PolicyBody }\n      subscriptionPolicy @include(if: $subscriptionPolicy) { id title handle body }\n    }\n  }\n': {
    return: PolicyPageQuery;
    variables: PolicyPageQueryVariables;
  };
  '#graphql\n  fragment PolicyLink on ShopPolicy {\n    id\n    title\n    handle\n  }\n  query PoliciesIndex($country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    shop {\n      privacyPolicy { ...PolicyLink }\n      refundPolicy { ...PolicyLink }\n      shippingPolicy { ...PolicyLink }\n      termsOfService { ...PolicyLink }\n      subscriptionPolicy { id title handle }\n    }\n  }\n': {
    return: PoliciesIndexQuery;
    variables: PoliciesIndexQueryVariables;
  };
  '#graphql\n  query ProductPage(\n    $country: CountryCode\n    $handle: String!\n    $language: LanguageCode\n    $selectedOptions: [SelectedOptionInput!]!\n  ) @inContext(country: $country, language: $language) {\n    product(handle: $handle) {\n      id\n      title\n      vendor\n      handle\n      productType\n      descriptionHtml\n      description\n      encodedVariantExistence\n      encodedVariantAvailability\n      images(first: 12) {\n        nodes {\n          ...Image\n        }\n      }\n      options {\n        name\n        optionValues {\n          name\n          firstSelectableVariant {\n            ...ProductPageVariant\n          }\n          swatch {\n            color\n            image {\n              previewImage {\n                url\n              }\n            }\n          }\n        }\n      }\n      selectedOrFirstAvailableVariant(selectedOptions: $selectedOptions, ignoreUnknownOptions: true, caseInsensitiveMatch: true) {\n        ...ProductPageVariant\n      }\n      # Every variant (programs have a handful): one JSON-LD Offer each, and instant option switching.\n      variants(first: 100) {\n        nodes {\n          ...ProductPageVariant\n        }\n      }\n      metafields(identifiers: [{namespace: "custom", key: "duration"}, {namespace: "custom", key: "level"}, {namespace: "custom", key: "sessions_per_week"}, {namespace: "custom", key: "equipment"}]) {\n        key\n        value\n      }\n      collections(first: 1) {\n        nodes {\n          handle\n          title\n        }\n      }\n      seo {\n        description\n        title\n      }\n    }\n  }\n  #graphql\n  fragment ProductPageVariant on ProductVariant {\n    ...CartLineVariant\n    compareAtPrice {\n      amount\n      currencyCode\n    }\n    image {\n      __typename\n    }\n    sku\n  }\n  #graphql\n  fragment CartLineVariant on ProductVariant {\n    id\n    title\n    availableForSale\n    requiresShipping\n    image {\n      ...Image\n    }\n    price {\n      ...Money\n    }\n    product {\n      id\n      handle\n      title\n      vendor\n    }\n    selectedOptions {\n      name\n      value\n    }\n  }\n\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n': {
    return: ProductPageQuery;
    variables: ProductPageQueryVariables;
  };
  '#graphql\n  fragment SearchArticle on Article {\n    id\n    handle\n    title\n    excerpt\n    content(truncateAt: 180)\n    blog {\n      handle\n    }\n    image {\n      ...Image\n    }\n  }\n  fragment SearchPage on Page {\n    id\n    handle\n    title\n    bodySummary\n  }\n  query SiteSearch(\n    $term: String!\n    $productsFirst: Int\n    $productsLast: Int\n    $productsAfter: String\n    $productsBefore: String\n    $articlesFirst: Int\n    $articlesLast: Int\n    $articlesAfter: String\n    $articlesBefore: String\n    $pagesFirst: Int\n    $pagesLast: Int\n    $pagesAfter: String\n    $pagesBefore: String\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    products: search(\n      query: $term\n      types: [PRODUCT]\n      prefix: LAST\n      unavailableProducts: LAST\n      first: $productsFirst\n      last: $productsLast\n      after: $productsAfter\n      before: $productsBefore\n    ) {\n      totalCount\n      nodes {\n        __typename\n        ...ProductCard\n      }\n      pageInfo {\n        ...PageCursors\n      }\n    }\n    articles: search(\n      query: $term\n      types: [ARTICLE]\n      prefix: LAST\n      first: $articlesFirst\n      last: $articlesLast\n      after: $articlesAfter\n      before: $articlesBefore\n    ) {\n      totalCount\n      nodes {\n        __typename\n        ...SearchArticle\n      }\n      pageInfo {\n        ...PageCursors\n      }\n    }\n    pages: search(\n      query: $term\n      types: [PAGE]\n      prefix: LAST\n      first: $pagesFirst\n      last: $pagesLast\n      after: $pagesAfter\n      before: $pagesBefore\n    ) {\n      totalCount\n      nodes {\n        __typename\n        ...SearchPage\n      }\n      pageInfo {\n        ...PageCursors\n      }\n    }\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    productType\n    featuredImage {\n      ...Image\n    }\n    priceRange {\n      minVariantPrice {\n        ...Money\n      }\n      maxVariantPrice {\n        ...Money\n      }\n    }\n    compareAtPriceRange {\n      minVariantPrice {\n        ...Money\n      }\n    }\n    availableForSale\n  }\n\n  #graphql\n  fragment PageCursors on PageInfo {\n    hasPreviousPage\n    hasNextPage\n    startCursor\n    endCursor\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n': {
    return: SiteSearchQuery;
    variables: SiteSearchQueryVariables;
  };
  '#graphql\n  query SearchSuggestions($stem: String!, $withStem: Boolean!, $country: CountryCode, $language: LanguageCode)\n    @inContext(country: $country, language: $language) {\n    products(first: 4, sortKey: BEST_SELLING) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    predictiveSearch(query: $stem, limit: 3, types: [QUERY]) @include(if: $withStem) {\n      queries {\n        text\n      }\n    }\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    productType\n    featuredImage {\n      ...Image\n    }\n    priceRange {\n      minVariantPrice {\n        ...Money\n      }\n      maxVariantPrice {\n        ...Money\n      }\n    }\n    compareAtPriceRange {\n      minVariantPrice {\n        ...Money\n      }\n    }\n    availableForSale\n  }\n\n  #graphql\n  fragment Image on Image {\n    id\n    url\n    altText\n    width\n    height\n  }\n\n  #graphql\n  fragment Money on MoneyV2 {\n    amount\n    currencyCode\n  }\n\n': {
    return: SearchSuggestionsQuery;
    variables: SearchSuggestionsQueryVariables;
  };
}

interface GeneratedMutationTypes {
  '#graphql\n  mutation CheckoutCartCreate(\n    $input: CartInput!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    cartCreate(input: $input) {\n      cart {\n        id\n        checkoutUrl\n        totalQuantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n': {
    return: CheckoutCartCreateMutation;
    variables: CheckoutCartCreateMutationVariables;
  };
  '#graphql\n  mutation CartGiftCardRemove(\n    $cartId: ID!\n    $appliedGiftCardIds: [ID!]!\n    $country: CountryCode\n    $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    cartGiftCardCodesRemove(cartId: $cartId, appliedGiftCardIds: $appliedGiftCardIds) {\n      cart {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': {
    return: CartGiftCardRemoveMutation;
    variables: CartGiftCardRemoveMutationVariables;
  };
}

declare module '@shopify/hydrogen' {
  interface StorefrontQueries extends GeneratedQueryTypes {}
  interface StorefrontMutations extends GeneratedMutationTypes {}
}
