/**
 * In-memory model of the seed content. Fields named like the Storefront API hold values already in
 * API shape (the default field resolver returns them as is); raw data that needs a resolver is kept
 * under a leading underscore so it can never leak into a response by accident.
 */

export interface ImageRef {
  file: string;
  alt: string | null;
  width: number;
  height: number;
}

export interface SeoSeed {
  title: string | null;
  description: string | null;
}

export interface MetafieldSeed {
  namespace: string;
  key: string;
  type: string;
  value: string;
  description?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface ShopPolicyRecord {
  __typename: 'ShopPolicy';
  id: string;
  legacyId: number;
  type: string;
  handle: string;
  title: string;
  body: string;
}

export interface ShopRecord {
  __typename: 'Shop';
  id: string;
  name: string;
  description: string | null;
  currencyCode: string;
  primaryDomainUrl: string;
  _brand: {slogan: string | null; shortDescription: string | null; logo: ImageRef | null};
  _policies: ShopPolicyRecord[];
  _metafields: MetafieldSeed[];
}

export interface VariantRecord {
  __typename: 'ProductVariant';
  id: string;
  legacyId: number;
  sku: string | null;
  position: number;
  title: string;
  /** Option name → value, in the product's option order. */
  _options: Record<string, string>;
  _price: string;
  _compareAtPrice: string | null;
  availableForSale: boolean;
  requiresShipping: boolean;
  _imageFile: string | null;
  _product: ProductRecord;
  _metafields: MetafieldSeed[];
}

export interface ProductOptionSeed {
  name: string;
  values: string[];
}

export interface ProductRecord {
  __typename: 'Product';
  id: string;
  legacyId: number;
  handle: string;
  title: string;
  vendor: string;
  productType: string;
  tags: string[];
  descriptionHtml: string;
  _seo: SeoSeed;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
  _options: ProductOptionSeed[];
  _variants: VariantRecord[];
  _images: ImageRef[];
  _metafields: MetafieldSeed[];
  /** Position in the shop's best sellers (1 = sells most); null when unranked. Drives BEST_SELLING. */
  _salesRank: number | null;
  /** Handles of products bought with this one (COMPLEMENTARY recommendations), in order. */
  _complementary: string[];
}

export interface CollectionRecord {
  __typename: 'Collection';
  id: string;
  legacyId: number;
  handle: string;
  title: string;
  descriptionHtml: string;
  _image: ImageRef | null;
  _seo: SeoSeed;
  updatedAt: string;
  _productHandles: string[];
  _metafields: MetafieldSeed[];
}

export interface AuthorSeed {
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  bio: string | null;
}

export interface BlogRecord {
  __typename: 'Blog';
  id: string;
  legacyId: number;
  handle: string;
  title: string;
  commentPolicy: 'MODERATED' | 'AUTO_PUBLISHED' | 'CLOSED';
  _seo: SeoSeed;
  _metafields: MetafieldSeed[];
  /** Articles of this blog, ascending id. */
  _articles: ArticleRecord[];
}

export interface ArticleRecord {
  __typename: 'Article';
  id: string;
  legacyId: number;
  handle: string;
  title: string;
  _author: AuthorSeed;
  publishedAt: string;
  /** Not exposed by the Storefront API (no Article.updatedAt); used for sort key UPDATED_AT and sitemaps. */
  _updatedAt: string;
  tags: string[];
  _excerptHtml: string | null;
  /** Body HTML as written in the seed (relative /cdn/images/ paths). */
  _bodyHtml: string;
  _image: ImageRef | null;
  _seo: SeoSeed;
  _blog: BlogRecord;
  _metafields: MetafieldSeed[];
}

export interface PageRecord {
  __typename: 'Page';
  id: string;
  legacyId: number;
  handle: string;
  title: string;
  _bodyHtml: string;
  _bodySummary: string | null;
  _seo: SeoSeed;
  createdAt: string;
  updatedAt: string;
  _metafields: MetafieldSeed[];
}

export interface MenuItemSeed {
  title: string;
  type: string;
  handle?: string;
  blog?: string;
  url?: string;
  tags?: string[];
  items?: MenuItemSeed[];
}

export interface MenuSeed {
  legacyId: number;
  handle: string;
  title: string;
  items: MenuItemSeed[];
}

export interface RedirectRecord {
  __typename: 'UrlRedirect';
  id: string;
  legacyId: number;
  path: string;
  target: string;
}

export type CommentStatus = 'published' | 'pending' | 'unapproved' | 'spam' | 'removed';

export interface CommentData {
  id: number;
  blog: string;
  article: string;
  author: {name: string; email: string};
  body: string;
  status: CommentStatus;
  createdAt: string;
  ip?: string | null;
  userAgent?: string | null;
  /** Last change (creation or moderation); defaults to createdAt. */
  updatedAt?: string;
  /** When the comment was last published; seed comments that are published default to createdAt. */
  publishedAt?: string | null;
}

export interface MetaobjectFieldSeed {
  key: string;
  type: string;
  value: string | null;
}

export interface MetaobjectData {
  id: number;
  type: string;
  handle: string;
  status: 'ACTIVE' | 'DRAFT';
  updatedAt: string;
  createdAt?: string;
  fields: MetaobjectFieldSeed[];
}

/** `{name, value}` as in Shopify's MetafieldDefinitionValidation (value is a string, JSON for lists). */
export interface ValidationData {
  name: string;
  value: string;
}

export interface MetaobjectFieldDefinitionData {
  key: string;
  name: string;
  description: string | null;
  type: string;
  required: boolean;
  validations: ValidationData[];
}

export interface MetaobjectDefinitionData {
  id: number;
  type: string;
  name: string;
  description: string | null;
  displayNameKey: string | null;
  fieldDefinitions: MetaobjectFieldDefinitionData[];
  access: {admin: string; storefront: 'PUBLIC_READ' | 'NONE'};
  capabilities: {publishable: {enabled: boolean}; translatable: {enabled: boolean}};
  createdAt: string;
  updatedAt: string;
}

export interface MetafieldDefinitionData {
  id: number;
  name: string;
  namespace: string;
  key: string;
  description: string | null;
  /** MetafieldOwnerType: ARTICLE, BLOG, PRODUCT, COLLECTION, PAGE, SHOP, … */
  ownerType: string;
  type: string;
  validations: ValidationData[];
  access: {admin: string; storefront: 'PUBLIC_READ' | 'NONE'};
  pinnedPosition: number | null;
}

/** A file in the shop's Files (Admin `files`), referenced as gid://shopify/MediaImage/<id>. */
export interface FileData {
  id: number;
  image: ImageRef;
  createdAt: string;
}

export type MarketingState =
  | 'SUBSCRIBED'
  | 'NOT_SUBSCRIBED'
  | 'PENDING'
  | 'UNSUBSCRIBED'
  | 'REDACTED'
  | 'INVALID';

export interface CustomerData {
  id: number;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  createdAt: string;
  updatedAt: string;
  emailMarketingConsent: {
    marketingState: MarketingState;
    marketingOptInLevel: 'SINGLE_OPT_IN' | 'CONFIRMED_OPT_IN' | 'UNKNOWN' | null;
    consentUpdatedAt: string | null;
  } | null;
  tags: string[];
}

export interface ContentIndex {
  dir: string;
  shop: ShopRecord;
  products: ProductRecord[];
  productsByHandle: Map<string, ProductRecord>;
  productsById: Map<number, ProductRecord>;
  variantsById: Map<number, VariantRecord>;
  collections: CollectionRecord[];
  collectionsByHandle: Map<string, CollectionRecord>;
  collectionsById: Map<number, CollectionRecord>;
  blogs: BlogRecord[];
  blogsByHandle: Map<string, BlogRecord>;
  blogsById: Map<number, BlogRecord>;
  articles: ArticleRecord[];
  articlesById: Map<number, ArticleRecord>;
  pages: PageRecord[];
  pagesByHandle: Map<string, PageRecord>;
  pagesById: Map<number, PageRecord>;
  menus: Map<string, MenuSeed>;
  policiesByHandle: Map<string, ShopPolicyRecord>;
  redirects: RedirectRecord[];
  seedComments: CommentData[];
  seedMetaobjects: MetaobjectData[];
  /** metaobjects.json `definitions` (Admin metaobjectDefinition*). */
  seedMetaobjectDefinitions: MetaobjectDefinitionData[];
  /** metaobjects.json `metafieldDefinitions` (Admin metafieldDefinition*). */
  seedMetafieldDefinitions: MetafieldDefinitionData[];
  /** metaobjects.json `files`: images that file_reference fields can point at. */
  files: FileData[];
  /** customers.json `customers` (newsletter subscribers and other customers). */
  seedCustomers: CustomerData[];
  /** customers.json `baselineSubscribedCount`: subscribers customersCount adds without listing them. */
  baselineSubscribedCount: number;
  /** Every image referenced by the content, by file name (intrinsic size for the image CDN). */
  imagesByFile: Map<string, ImageRef>;
  warnings: string[];
}
