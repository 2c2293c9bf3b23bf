export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 encoded UTC date time string, e.g. 2026-11-01T08:00:00Z. */
  DateTime: { input: string; output: string; }
  /** An HTML string. */
  HTML: { input: string; output: string; }
  /** A JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** An RFC 3986 URL. */
  URL: { input: string; output: string; }
};

export type Article = HasMetafields & Node & {
  __typename?: 'Article';
  author?: Maybe<ArticleAuthor>;
  blog: Blog;
  body: Scalars['HTML']['output'];
  comments: CommentConnection;
  commentsCount?: Maybe<Count>;
  createdAt: Scalars['DateTime']['output'];
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  image?: Maybe<Image>;
  isPublished: Scalars['Boolean']['output'];
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  summary?: Maybe<Scalars['HTML']['output']>;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


export type ArticleCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<CommentSortKeys>;
};


export type ArticleMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type ArticleMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ArticleAuthor = {
  __typename?: 'ArticleAuthor';
  name: Scalars['String']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleSortKeys =
  | 'AUTHOR'
  | 'BLOG_TITLE'
  | 'ID'
  | 'PUBLISHED_AT'
  | 'RELEVANCE'
  | 'TITLE'
  | 'UPDATED_AT';

export type Blog = HasMetafields & Node & {
  __typename?: 'Blog';
  articles: ArticleConnection;
  articlesCount?: Maybe<Count>;
  commentPolicy: CommentPolicy;
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
  templateSuffix?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


export type BlogArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<ArticleSortKeys>;
};


export type BlogMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type BlogMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BlogConnection = {
  __typename?: 'BlogConnection';
  edges: Array<BlogEdge>;
  nodes: Array<Blog>;
  pageInfo: PageInfo;
};

export type BlogEdge = {
  __typename?: 'BlogEdge';
  cursor: Scalars['String']['output'];
  node: Blog;
};

export type BlogSortKeys =
  | 'HANDLE'
  | 'ID'
  | 'TITLE';

export type BlogUpdateInput = {
  commentPolicy?: InputMaybe<CommentPolicy>;
  handle?: InputMaybe<Scalars['String']['input']>;
  redirectArticles?: InputMaybe<Scalars['Boolean']['input']>;
  redirectNewHandle?: InputMaybe<Scalars['Boolean']['input']>;
  templateSuffix?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type BlogUpdatePayload = {
  __typename?: 'BlogUpdatePayload';
  blog?: Maybe<Blog>;
  userErrors: Array<BlogUpdateUserError>;
};

export type BlogUpdateUserError = DisplayableError & {
  __typename?: 'BlogUpdateUserError';
  code?: Maybe<BlogUpdateUserErrorCode>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type BlogUpdateUserErrorCode =
  | 'BLANK'
  | 'INCLUSION'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'TAKEN'
  | 'TOO_LONG';

export type Collection = HasMetafields & Node & {
  __typename?: 'Collection';
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  image?: Maybe<Image>;
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type CollectionMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type CollectionMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CollectionConnection = {
  __typename?: 'CollectionConnection';
  edges: Array<CollectionEdge>;
  nodes: Array<Collection>;
  pageInfo: PageInfo;
};

export type CollectionEdge = {
  __typename?: 'CollectionEdge';
  cursor: Scalars['String']['output'];
  node: Collection;
};

export type CollectionSortKeys =
  | 'ID'
  | 'RELEVANCE'
  | 'TITLE'
  | 'UPDATED_AT';

export type Comment = Node & {
  __typename?: 'Comment';
  article?: Maybe<Article>;
  author: CommentAuthor;
  body: Scalars['String']['output'];
  bodyHtml: Scalars['HTML']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  isPublished: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CommentStatus;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type CommentApprovePayload = {
  __typename?: 'CommentApprovePayload';
  comment?: Maybe<Comment>;
  userErrors: Array<CommentApproveUserError>;
};

export type CommentApproveUserError = DisplayableError & {
  __typename?: 'CommentApproveUserError';
  code?: Maybe<CommentApproveUserErrorCode>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type CommentApproveUserErrorCode =
  | 'NOT_FOUND';

export type CommentAuthor = {
  __typename?: 'CommentAuthor';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  nodes: Array<Comment>;
  pageInfo: PageInfo;
};

export type CommentDeletePayload = {
  __typename?: 'CommentDeletePayload';
  deletedCommentId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<CommentDeleteUserError>;
};

export type CommentDeleteUserError = DisplayableError & {
  __typename?: 'CommentDeleteUserError';
  code?: Maybe<CommentDeleteUserErrorCode>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type CommentDeleteUserErrorCode =
  | 'NOT_FOUND';

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type CommentNotSpamPayload = {
  __typename?: 'CommentNotSpamPayload';
  comment?: Maybe<Comment>;
  userErrors: Array<CommentNotSpamUserError>;
};

export type CommentNotSpamUserError = DisplayableError & {
  __typename?: 'CommentNotSpamUserError';
  code?: Maybe<CommentNotSpamUserErrorCode>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type CommentNotSpamUserErrorCode =
  | 'NOT_FOUND';

export type CommentPolicy =
  | 'AUTO_PUBLISHED'
  | 'CLOSED'
  | 'MODERATED';

export type CommentSortKeys =
  | 'CREATED_AT'
  | 'ID'
  | 'RELEVANCE';

export type CommentSpamPayload = {
  __typename?: 'CommentSpamPayload';
  comment?: Maybe<Comment>;
  userErrors: Array<CommentSpamUserError>;
};

export type CommentSpamUserError = DisplayableError & {
  __typename?: 'CommentSpamUserError';
  code?: Maybe<CommentSpamUserErrorCode>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type CommentSpamUserErrorCode =
  | 'NOT_FOUND';

export type CommentStatus =
  | 'PENDING'
  | 'PUBLISHED'
  | 'REMOVED'
  | 'SPAM'
  | 'UNAPPROVED';

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  precision: CountPrecision;
};

export type CountPrecision =
  | 'AT_LEAST'
  | 'EXACT';

export type Customer = HasMetafields & Node & {
  __typename?: 'Customer';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  emailMarketingConsent?: Maybe<CustomerEmailMarketingConsentState>;
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
  state: CustomerState;
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


export type CustomerMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type CustomerMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  nodes: Array<Customer>;
  pageInfo: PageInfo;
};

export type CustomerCreatePayload = {
  __typename?: 'CustomerCreatePayload';
  customer?: Maybe<Customer>;
  userErrors: Array<UserError>;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerEmailMarketingConsentInput = {
  consentUpdatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  marketingOptInLevel?: InputMaybe<CustomerMarketingOptInLevel>;
  marketingState: CustomerEmailMarketingState;
  sourceLocationId?: InputMaybe<Scalars['ID']['input']>;
};

export type CustomerEmailMarketingConsentState = {
  __typename?: 'CustomerEmailMarketingConsentState';
  consentUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  marketingOptInLevel?: Maybe<CustomerMarketingOptInLevel>;
  marketingState: CustomerEmailMarketingState;
};

export type CustomerEmailMarketingConsentUpdateInput = {
  customerId: Scalars['ID']['input'];
  emailMarketingConsent: CustomerEmailMarketingConsentInput;
};

export type CustomerEmailMarketingConsentUpdatePayload = {
  __typename?: 'CustomerEmailMarketingConsentUpdatePayload';
  customer?: Maybe<Customer>;
  userErrors: Array<CustomerEmailMarketingConsentUpdateUserError>;
};

export type CustomerEmailMarketingConsentUpdateUserError = DisplayableError & {
  __typename?: 'CustomerEmailMarketingConsentUpdateUserError';
  code?: Maybe<CustomerEmailMarketingConsentUpdateUserErrorCode>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type CustomerEmailMarketingConsentUpdateUserErrorCode =
  | 'INCLUSION'
  | 'INTERNAL_ERROR'
  | 'INVALID'
  | 'MISSING_ARGUMENT';

export type CustomerEmailMarketingState =
  | 'INVALID'
  | 'NOT_SUBSCRIBED'
  | 'PENDING'
  | 'REDACTED'
  | 'SUBSCRIBED'
  | 'UNSUBSCRIBED';

export type CustomerInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  emailMarketingConsent?: InputMaybe<CustomerEmailMarketingConsentInput>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CustomerMarketingOptInLevel =
  | 'CONFIRMED_OPT_IN'
  | 'SINGLE_OPT_IN'
  | 'UNKNOWN';

export type CustomerSortKeys =
  | 'CREATED_AT'
  | 'ID'
  | 'LOCATION'
  | 'NAME'
  | 'RELEVANCE'
  | 'UPDATED_AT';

export type CustomerState =
  | 'DECLINED'
  | 'DISABLED'
  | 'ENABLED'
  | 'INVITED';

export type DisplayableError = {
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type Domain = Node & {
  __typename?: 'Domain';
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sslEnabled: Scalars['Boolean']['output'];
  url: Scalars['URL']['output'];
};

export type File = {
  alt?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fileStatus: FileStatus;
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type FileConnection = {
  __typename?: 'FileConnection';
  edges: Array<FileEdge>;
  nodes: Array<File>;
  pageInfo: PageInfo;
};

export type FileEdge = {
  __typename?: 'FileEdge';
  cursor: Scalars['String']['output'];
  node: File;
};

export type FileSortKeys =
  | 'CREATED_AT'
  | 'FILENAME'
  | 'ID'
  | 'ORIGINAL_UPLOAD_SIZE'
  | 'RELEVANCE'
  | 'UPDATED_AT';

export type FileStatus =
  | 'FAILED'
  | 'PROCESSING'
  | 'READY'
  | 'UPLOADED';

export type HasMetafields = {
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
};


export type HasMetafieldsMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type HasMetafieldsMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Image = {
  __typename?: 'Image';
  altText?: Maybe<Scalars['String']['output']>;
  height?: Maybe<Scalars['Int']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  url: Scalars['URL']['output'];
  width?: Maybe<Scalars['Int']['output']>;
};

export type MediaImage = File & Node & {
  __typename?: 'MediaImage';
  alt?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fileStatus: FileStatus;
  id: Scalars['ID']['output'];
  image?: Maybe<Image>;
  mimeType?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type Metafield = Node & {
  __typename?: 'Metafield';
  createdAt: Scalars['DateTime']['output'];
  definition?: Maybe<MetafieldDefinition>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jsonValue: Scalars['JSON']['output'];
  key: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owner: HasMetafields;
  ownerType: MetafieldOwnerType;
  reference?: Maybe<MetafieldReference>;
  references?: Maybe<MetafieldReferenceConnection>;
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  value: Scalars['String']['output'];
};


export type MetafieldReferencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type MetafieldAccess = {
  __typename?: 'MetafieldAccess';
  admin?: Maybe<MetafieldAdminAccess>;
  storefront?: Maybe<MetafieldStorefrontAccess>;
};

export type MetafieldAccessInput = {
  admin?: InputMaybe<MetafieldAdminAccessInput>;
  storefront?: InputMaybe<MetafieldStorefrontAccessInput>;
};

export type MetafieldAdminAccess =
  | 'MERCHANT_READ'
  | 'MERCHANT_READ_WRITE'
  | 'PRIVATE'
  | 'PUBLIC_READ'
  | 'PUBLIC_READ_WRITE';

export type MetafieldAdminAccessInput =
  | 'MERCHANT_READ'
  | 'MERCHANT_READ_WRITE';

export type MetafieldConnection = {
  __typename?: 'MetafieldConnection';
  edges: Array<MetafieldEdge>;
  nodes: Array<Metafield>;
  pageInfo: PageInfo;
};

export type MetafieldDefinition = Node & {
  __typename?: 'MetafieldDefinition';
  access: MetafieldAccess;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  metafieldsCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  ownerType: MetafieldOwnerType;
  pinnedPosition?: Maybe<Scalars['Int']['output']>;
  type: MetafieldDefinitionType;
  validations: Array<MetafieldDefinitionValidation>;
};

export type MetafieldDefinitionConnection = {
  __typename?: 'MetafieldDefinitionConnection';
  edges: Array<MetafieldDefinitionEdge>;
  nodes: Array<MetafieldDefinition>;
  pageInfo: PageInfo;
};

export type MetafieldDefinitionCreatePayload = {
  __typename?: 'MetafieldDefinitionCreatePayload';
  createdDefinition?: Maybe<MetafieldDefinition>;
  userErrors: Array<MetafieldDefinitionCreateUserError>;
};

export type MetafieldDefinitionCreateUserError = DisplayableError & {
  __typename?: 'MetafieldDefinitionCreateUserError';
  code?: Maybe<MetafieldDefinitionCreateUserErrorCode>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type MetafieldDefinitionCreateUserErrorCode =
  | 'BLANK'
  | 'INCLUSION'
  | 'INVALID'
  | 'INVALID_CHARACTER'
  | 'INVALID_OPTION'
  | 'PRESENT'
  | 'RESERVED_NAMESPACE_KEY'
  | 'TAKEN'
  | 'TOO_LONG'
  | 'TOO_SHORT';

export type MetafieldDefinitionEdge = {
  __typename?: 'MetafieldDefinitionEdge';
  cursor: Scalars['String']['output'];
  node: MetafieldDefinition;
};

export type MetafieldDefinitionInput = {
  access?: InputMaybe<MetafieldAccessInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
  ownerType: MetafieldOwnerType;
  pin?: InputMaybe<Scalars['Boolean']['input']>;
  type: Scalars['String']['input'];
  validations?: InputMaybe<Array<MetafieldDefinitionValidationInput>>;
};

export type MetafieldDefinitionPinnedStatus =
  | 'ANY'
  | 'PINNED'
  | 'UNPINNED';

export type MetafieldDefinitionSortKeys =
  | 'ID'
  | 'NAME'
  | 'PINNED_POSITION'
  | 'RELEVANCE';

export type MetafieldDefinitionType = {
  __typename?: 'MetafieldDefinitionType';
  category: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type MetafieldDefinitionValidation = {
  __typename?: 'MetafieldDefinitionValidation';
  name: Scalars['String']['output'];
  type: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type MetafieldDefinitionValidationInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type MetafieldEdge = {
  __typename?: 'MetafieldEdge';
  cursor: Scalars['String']['output'];
  node: Metafield;
};

export type MetafieldIdentifier = {
  __typename?: 'MetafieldIdentifier';
  key: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  ownerId: Scalars['ID']['output'];
};

export type MetafieldIdentifierInput = {
  key: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
};

export type MetafieldOwnerType =
  | 'ARTICLE'
  | 'BLOG'
  | 'COLLECTION'
  | 'CUSTOMER'
  | 'PAGE'
  | 'PRODUCT'
  | 'PRODUCTVARIANT'
  | 'SHOP';

export type MetafieldReference = Collection | MediaImage | Metaobject | Page | Product;

export type MetafieldReferenceConnection = {
  __typename?: 'MetafieldReferenceConnection';
  edges: Array<MetafieldReferenceEdge>;
  nodes: Array<Maybe<MetafieldReference>>;
  pageInfo: PageInfo;
};

export type MetafieldReferenceEdge = {
  __typename?: 'MetafieldReferenceEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<MetafieldReference>;
};

export type MetafieldStorefrontAccess =
  | 'NONE'
  | 'PUBLIC_READ';

export type MetafieldStorefrontAccessInput =
  | 'NONE'
  | 'PUBLIC_READ';

export type MetafieldsDeletePayload = {
  __typename?: 'MetafieldsDeletePayload';
  deletedMetafields?: Maybe<Array<Maybe<MetafieldIdentifier>>>;
  userErrors: Array<UserError>;
};

export type MetafieldsSetInput = {
  compareDigest?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
  ownerId: Scalars['ID']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};

export type MetafieldsSetPayload = {
  __typename?: 'MetafieldsSetPayload';
  metafields?: Maybe<Array<Metafield>>;
  userErrors: Array<MetafieldsSetUserError>;
};

export type MetafieldsSetUserError = DisplayableError & {
  __typename?: 'MetafieldsSetUserError';
  code?: Maybe<MetafieldsSetUserErrorCode>;
  elementIndex?: Maybe<Scalars['Int']['output']>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type MetafieldsSetUserErrorCode =
  | 'APP_NOT_AUTHORIZED'
  | 'BLANK'
  | 'INCLUSION'
  | 'INVALID'
  | 'INVALID_COMPARE_DIGEST'
  | 'INVALID_TYPE'
  | 'INVALID_VALUE'
  | 'LESS_THAN_OR_EQUAL_TO'
  | 'PRESENT'
  | 'STALE_OBJECT'
  | 'TAKEN'
  | 'TOO_LONG'
  | 'TOO_SHORT';

export type Metaobject = Node & {
  __typename?: 'Metaobject';
  capabilities: MetaobjectCapabilityData;
  createdAt: Scalars['DateTime']['output'];
  definition: MetaobjectDefinition;
  displayName: Scalars['String']['output'];
  field?: Maybe<MetaobjectField>;
  fields: Array<MetaobjectField>;
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type MetaobjectFieldArgs = {
  key: Scalars['String']['input'];
};

export type MetaobjectAccess = {
  __typename?: 'MetaobjectAccess';
  admin: MetaobjectAdminAccess;
  storefront: MetaobjectStorefrontAccess;
};

export type MetaobjectAccessInput = {
  admin?: InputMaybe<MetaobjectAdminAccessInput>;
  storefront?: InputMaybe<MetaobjectStorefrontAccess>;
};

export type MetaobjectAdminAccess =
  | 'MERCHANT_READ'
  | 'MERCHANT_READ_WRITE'
  | 'PRIVATE'
  | 'PUBLIC_READ'
  | 'PUBLIC_READ_WRITE';

export type MetaobjectAdminAccessInput =
  | 'MERCHANT_READ'
  | 'MERCHANT_READ_WRITE';

export type MetaobjectCapabilities = {
  __typename?: 'MetaobjectCapabilities';
  publishable: MetaobjectCapabilitiesPublishable;
  translatable: MetaobjectCapabilitiesTranslatable;
};

export type MetaobjectCapabilitiesPublishable = {
  __typename?: 'MetaobjectCapabilitiesPublishable';
  enabled: Scalars['Boolean']['output'];
};

export type MetaobjectCapabilitiesTranslatable = {
  __typename?: 'MetaobjectCapabilitiesTranslatable';
  enabled: Scalars['Boolean']['output'];
};

export type MetaobjectCapabilityCreateInput = {
  publishable?: InputMaybe<MetaobjectCapabilityPublishableInput>;
  translatable?: InputMaybe<MetaobjectCapabilityTranslatableInput>;
};

export type MetaobjectCapabilityData = {
  __typename?: 'MetaobjectCapabilityData';
  publishable?: Maybe<MetaobjectCapabilityDataPublishable>;
};

export type MetaobjectCapabilityDataInput = {
  publishable?: InputMaybe<MetaobjectCapabilityDataPublishableInput>;
};

export type MetaobjectCapabilityDataPublishable = {
  __typename?: 'MetaobjectCapabilityDataPublishable';
  status: MetaobjectStatus;
};

export type MetaobjectCapabilityDataPublishableInput = {
  status: MetaobjectStatus;
};

export type MetaobjectCapabilityPublishableInput = {
  enabled: Scalars['Boolean']['input'];
};

export type MetaobjectCapabilityTranslatableInput = {
  enabled: Scalars['Boolean']['input'];
};

export type MetaobjectConnection = {
  __typename?: 'MetaobjectConnection';
  edges: Array<MetaobjectEdge>;
  nodes: Array<Metaobject>;
  pageInfo: PageInfo;
};

export type MetaobjectCreateInput = {
  capabilities?: InputMaybe<MetaobjectCapabilityDataInput>;
  fields?: InputMaybe<Array<MetaobjectFieldInput>>;
  handle?: InputMaybe<Scalars['String']['input']>;
  type: Scalars['String']['input'];
};

export type MetaobjectCreatePayload = {
  __typename?: 'MetaobjectCreatePayload';
  metaobject?: Maybe<Metaobject>;
  userErrors: Array<MetaobjectUserError>;
};

export type MetaobjectDefinition = Node & {
  __typename?: 'MetaobjectDefinition';
  access: MetaobjectAccess;
  capabilities: MetaobjectCapabilities;
  description?: Maybe<Scalars['String']['output']>;
  displayNameKey?: Maybe<Scalars['String']['output']>;
  fieldDefinitions: Array<MetaobjectFieldDefinition>;
  id: Scalars['ID']['output'];
  metaobjects: MetaobjectConnection;
  metaobjectsCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  type: Scalars['String']['output'];
};


export type MetaobjectDefinitionMetaobjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MetaobjectDefinitionConnection = {
  __typename?: 'MetaobjectDefinitionConnection';
  edges: Array<MetaobjectDefinitionEdge>;
  nodes: Array<MetaobjectDefinition>;
  pageInfo: PageInfo;
};

export type MetaobjectDefinitionCreateInput = {
  access?: InputMaybe<MetaobjectAccessInput>;
  capabilities?: InputMaybe<MetaobjectCapabilityCreateInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  displayNameKey?: InputMaybe<Scalars['String']['input']>;
  fieldDefinitions?: InputMaybe<Array<MetaobjectFieldDefinitionCreateInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  type: Scalars['String']['input'];
};

export type MetaobjectDefinitionCreatePayload = {
  __typename?: 'MetaobjectDefinitionCreatePayload';
  metaobjectDefinition?: Maybe<MetaobjectDefinition>;
  userErrors: Array<MetaobjectUserError>;
};

export type MetaobjectDefinitionEdge = {
  __typename?: 'MetaobjectDefinitionEdge';
  cursor: Scalars['String']['output'];
  node: MetaobjectDefinition;
};

export type MetaobjectDeletePayload = {
  __typename?: 'MetaobjectDeletePayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<MetaobjectUserError>;
};

export type MetaobjectEdge = {
  __typename?: 'MetaobjectEdge';
  cursor: Scalars['String']['output'];
  node: Metaobject;
};

export type MetaobjectField = {
  __typename?: 'MetaobjectField';
  definition: MetaobjectFieldDefinition;
  jsonValue?: Maybe<Scalars['JSON']['output']>;
  key: Scalars['String']['output'];
  reference?: Maybe<MetafieldReference>;
  references?: Maybe<MetafieldReferenceConnection>;
  type: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};


export type MetaobjectFieldReferencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type MetaobjectFieldDefinition = {
  __typename?: 'MetaobjectFieldDefinition';
  description?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  type: MetafieldDefinitionType;
  validations: Array<MetafieldDefinitionValidation>;
};

export type MetaobjectFieldDefinitionCreateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: Scalars['String']['input'];
  validations?: InputMaybe<Array<MetafieldDefinitionValidationInput>>;
};

export type MetaobjectFieldInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type MetaobjectHandleInput = {
  handle: Scalars['String']['input'];
  type: Scalars['String']['input'];
};

export type MetaobjectStatus =
  | 'ACTIVE'
  | 'DRAFT';

export type MetaobjectStorefrontAccess =
  | 'NONE'
  | 'PUBLIC_READ';

export type MetaobjectUpdateInput = {
  capabilities?: InputMaybe<MetaobjectCapabilityDataInput>;
  fields?: InputMaybe<Array<MetaobjectFieldInput>>;
  handle?: InputMaybe<Scalars['String']['input']>;
  redirectNewHandle?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MetaobjectUpdatePayload = {
  __typename?: 'MetaobjectUpdatePayload';
  metaobject?: Maybe<Metaobject>;
  userErrors: Array<MetaobjectUserError>;
};

export type MetaobjectUpsertInput = {
  capabilities?: InputMaybe<MetaobjectCapabilityDataInput>;
  fields?: InputMaybe<Array<MetaobjectFieldInput>>;
  handle?: InputMaybe<Scalars['String']['input']>;
};

export type MetaobjectUpsertPayload = {
  __typename?: 'MetaobjectUpsertPayload';
  metaobject?: Maybe<Metaobject>;
  userErrors: Array<MetaobjectUserError>;
};

export type MetaobjectUserError = DisplayableError & {
  __typename?: 'MetaobjectUserError';
  code?: Maybe<MetaobjectUserErrorCode>;
  elementIndex?: Maybe<Scalars['Int']['output']>;
  elementKey?: Maybe<Scalars['String']['output']>;
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type MetaobjectUserErrorCode =
  | 'BLANK'
  | 'CAPABILITY_NOT_ENABLED'
  | 'DUPLICATE_FIELD_INPUT'
  | 'IMMUTABLE'
  | 'INCLUSION'
  | 'INTERNAL_ERROR'
  | 'INVALID'
  | 'INVALID_OPTION'
  | 'INVALID_TYPE'
  | 'INVALID_VALUE'
  | 'MAX_DEFINITIONS_EXCEEDED'
  | 'MAX_OBJECTS_EXCEEDED'
  | 'MISSING_REQUIRED_KEYS'
  | 'NOT_AUTHORIZED'
  | 'OBJECT_FIELD_REQUIRED'
  | 'OBJECT_FIELD_TAKEN'
  | 'PRESENT'
  | 'RECORD_NOT_FOUND'
  | 'RESERVED_NAME'
  | 'TAKEN'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'UNDEFINED_OBJECT_FIELD'
  | 'UNDEFINED_OBJECT_TYPE';

export type Mutation = {
  __typename?: 'Mutation';
  blogUpdate?: Maybe<BlogUpdatePayload>;
  commentApprove?: Maybe<CommentApprovePayload>;
  commentDelete?: Maybe<CommentDeletePayload>;
  commentNotSpam?: Maybe<CommentNotSpamPayload>;
  commentSpam?: Maybe<CommentSpamPayload>;
  customerCreate?: Maybe<CustomerCreatePayload>;
  customerEmailMarketingConsentUpdate?: Maybe<CustomerEmailMarketingConsentUpdatePayload>;
  metafieldDefinitionCreate?: Maybe<MetafieldDefinitionCreatePayload>;
  metafieldsDelete?: Maybe<MetafieldsDeletePayload>;
  metafieldsSet?: Maybe<MetafieldsSetPayload>;
  metaobjectCreate?: Maybe<MetaobjectCreatePayload>;
  metaobjectDefinitionCreate?: Maybe<MetaobjectDefinitionCreatePayload>;
  metaobjectDelete?: Maybe<MetaobjectDeletePayload>;
  metaobjectUpdate?: Maybe<MetaobjectUpdatePayload>;
  metaobjectUpsert?: Maybe<MetaobjectUpsertPayload>;
};


export type MutationBlogUpdateArgs = {
  blog: BlogUpdateInput;
  id: Scalars['ID']['input'];
};


export type MutationCommentApproveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommentDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommentNotSpamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommentSpamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCustomerCreateArgs = {
  input: CustomerInput;
};


export type MutationCustomerEmailMarketingConsentUpdateArgs = {
  input: CustomerEmailMarketingConsentUpdateInput;
};


export type MutationMetafieldDefinitionCreateArgs = {
  definition: MetafieldDefinitionInput;
};


export type MutationMetafieldsDeleteArgs = {
  metafields: Array<MetafieldIdentifierInput>;
};


export type MutationMetafieldsSetArgs = {
  metafields: Array<MetafieldsSetInput>;
};


export type MutationMetaobjectCreateArgs = {
  metaobject: MetaobjectCreateInput;
};


export type MutationMetaobjectDefinitionCreateArgs = {
  definition: MetaobjectDefinitionCreateInput;
};


export type MutationMetaobjectDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMetaobjectUpdateArgs = {
  id: Scalars['ID']['input'];
  metaobject: MetaobjectUpdateInput;
};


export type MutationMetaobjectUpsertArgs = {
  handle: MetaobjectHandleInput;
  metaobject: MetaobjectUpsertInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type Page = HasMetafields & Node & {
  __typename?: 'Page';
  body: Scalars['HTML']['output'];
  bodySummary: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPublished: Scalars['Boolean']['output'];
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type PageMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type PageMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PageConnection = {
  __typename?: 'PageConnection';
  edges: Array<PageEdge>;
  nodes: Array<Page>;
  pageInfo: PageInfo;
};

export type PageEdge = {
  __typename?: 'PageEdge';
  cursor: Scalars['String']['output'];
  node: Page;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PageSortKeys =
  | 'ID'
  | 'PUBLISHED_AT'
  | 'RELEVANCE'
  | 'TITLE'
  | 'UPDATED_AT';

export type Product = HasMetafields & Node & {
  __typename?: 'Product';
  createdAt: Scalars['DateTime']['output'];
  featuredImage?: Maybe<Image>;
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
  onlineStoreUrl?: Maybe<Scalars['URL']['output']>;
  productType: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ProductStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  vendor: Scalars['String']['output'];
};


export type ProductMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type ProductMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductSortKeys =
  | 'CREATED_AT'
  | 'ID'
  | 'PRODUCT_TYPE'
  | 'PUBLISHED_AT'
  | 'RELEVANCE'
  | 'TITLE'
  | 'UPDATED_AT'
  | 'VENDOR';

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type QueryRoot = {
  __typename?: 'QueryRoot';
  article?: Maybe<Article>;
  articles: ArticleConnection;
  blog?: Maybe<Blog>;
  blogs: BlogConnection;
  collection?: Maybe<Collection>;
  collections: CollectionConnection;
  comment?: Maybe<Comment>;
  comments: CommentConnection;
  customer?: Maybe<Customer>;
  customers: CustomerConnection;
  customersCount?: Maybe<Count>;
  files: FileConnection;
  metafieldDefinition?: Maybe<MetafieldDefinition>;
  metafieldDefinitions: MetafieldDefinitionConnection;
  metaobject?: Maybe<Metaobject>;
  metaobjectByHandle?: Maybe<Metaobject>;
  metaobjectDefinition?: Maybe<MetaobjectDefinition>;
  metaobjectDefinitionByType?: Maybe<MetaobjectDefinition>;
  metaobjectDefinitions: MetaobjectDefinitionConnection;
  metaobjects: MetaobjectConnection;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  page?: Maybe<Page>;
  pages: PageConnection;
  product?: Maybe<Product>;
  products: ProductConnection;
  shop: Shop;
};


export type QueryRootArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<ArticleSortKeys>;
};


export type QueryRootBlogArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootBlogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<BlogSortKeys>;
};


export type QueryRootCollectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<CollectionSortKeys>;
};


export type QueryRootCommentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<CommentSortKeys>;
};


export type QueryRootCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<CustomerSortKeys>;
};


export type QueryRootCustomersCountArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRootFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<FileSortKeys>;
};


export type QueryRootMetafieldDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootMetafieldDefinitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  ownerType: MetafieldOwnerType;
  pinnedStatus?: InputMaybe<MetafieldDefinitionPinnedStatus>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<MetafieldDefinitionSortKeys>;
};


export type QueryRootMetaobjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootMetaobjectByHandleArgs = {
  handle: MetaobjectHandleInput;
};


export type QueryRootMetaobjectDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootMetaobjectDefinitionByTypeArgs = {
  type: Scalars['String']['input'];
};


export type QueryRootMetaobjectDefinitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRootMetaobjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<Scalars['String']['input']>;
  type: Scalars['String']['input'];
};


export type QueryRootNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRootPageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<PageSortKeys>;
};


export type QueryRootProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRootProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<ProductSortKeys>;
};

export type Shop = HasMetafields & Node & {
  __typename?: 'Shop';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  metafield?: Maybe<Metafield>;
  metafields: MetafieldConnection;
  myshopifyDomain: Scalars['String']['output'];
  name: Scalars['String']['output'];
  primaryDomain: Domain;
  url: Scalars['URL']['output'];
};


export type ShopMetafieldArgs = {
  key: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type ShopMetafieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UserError = DisplayableError & {
  __typename?: 'UserError';
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};
