import {buildSchema, type GraphQLSchema} from 'graphql';

/**
 * A hand-written subset of Shopify's Admin GraphQL schema (API 2025-07): no Admin schema ships in
 * node_modules. Type, field, argument and enum names follow shopify.dev so documents written for
 * Shopify validate here unchanged; what is not listed here does not exist in the emulator and fails
 * validation (`undefinedField`) instead of silently returning nothing.
 */
export const ADMIN_SDL = /* GraphQL */ `
schema {
  query: QueryRoot
  mutation: Mutation
}

"An ISO-8601 encoded UTC date time string, e.g. 2026-11-01T08:00:00Z."
scalar DateTime
"An HTML string."
scalar HTML
"An RFC 3986 URL."
scalar URL
"A JSON value."
scalar JSON

interface Node {
  id: ID!
}

interface DisplayableError {
  field: [String!]
  message: String!
}

interface HasMetafields {
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

type Count {
  count: Int!
  precision: CountPrecision!
}

enum CountPrecision {
  AT_LEAST
  EXACT
}

type UserError implements DisplayableError {
  field: [String!]
  message: String!
}

type QueryRoot {
  shop: Shop!
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!

  comment(id: ID!): Comment
  comments(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: CommentSortKeys = ID, query: String): CommentConnection!

  blog(id: ID!): Blog
  blogs(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: BlogSortKeys = ID, query: String): BlogConnection!
  article(id: ID!): Article
  articles(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: ArticleSortKeys = ID, query: String): ArticleConnection!

  product(id: ID!): Product
  products(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: ProductSortKeys = ID, query: String): ProductConnection!
  collection(id: ID!): Collection
  collections(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: CollectionSortKeys = ID, query: String): CollectionConnection!
  page(id: ID!): Page
  pages(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: PageSortKeys = ID, query: String): PageConnection!
  files(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: FileSortKeys = ID, query: String): FileConnection!

  metaobject(id: ID!): Metaobject
  metaobjectByHandle(handle: MetaobjectHandleInput!): Metaobject
  metaobjects(type: String!, first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: String, query: String): MetaobjectConnection!
  metaobjectDefinition(id: ID!): MetaobjectDefinition
  metaobjectDefinitionByType(type: String!): MetaobjectDefinition
  metaobjectDefinitions(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): MetaobjectDefinitionConnection!

  metafieldDefinition(id: ID!): MetafieldDefinition
  metafieldDefinitions(ownerType: MetafieldOwnerType!, first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: MetafieldDefinitionSortKeys = ID, query: String, namespace: String, key: String, pinnedStatus: MetafieldDefinitionPinnedStatus = ANY): MetafieldDefinitionConnection!

  customer(id: ID!): Customer
  customers(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: CustomerSortKeys = ID, query: String): CustomerConnection!
  customersCount(query: String, limit: Int = 10000): Count
}

type Mutation {
  commentApprove(id: ID!): CommentApprovePayload
  commentSpam(id: ID!): CommentSpamPayload
  commentNotSpam(id: ID!): CommentNotSpamPayload
  commentDelete(id: ID!): CommentDeletePayload

  blogUpdate(id: ID!, blog: BlogUpdateInput!): BlogUpdatePayload

  metaobjectDefinitionCreate(definition: MetaobjectDefinitionCreateInput!): MetaobjectDefinitionCreatePayload
  metaobjectCreate(metaobject: MetaobjectCreateInput!): MetaobjectCreatePayload
  metaobjectUpsert(handle: MetaobjectHandleInput!, metaobject: MetaobjectUpsertInput!): MetaobjectUpsertPayload
  metaobjectUpdate(id: ID!, metaobject: MetaobjectUpdateInput!): MetaobjectUpdatePayload
  metaobjectDelete(id: ID!): MetaobjectDeletePayload

  metafieldDefinitionCreate(definition: MetafieldDefinitionInput!): MetafieldDefinitionCreatePayload
  metafieldsSet(metafields: [MetafieldsSetInput!]!): MetafieldsSetPayload
  metafieldsDelete(metafields: [MetafieldIdentifierInput!]!): MetafieldsDeletePayload

  customerCreate(input: CustomerInput!): CustomerCreatePayload
  customerEmailMarketingConsentUpdate(input: CustomerEmailMarketingConsentUpdateInput!): CustomerEmailMarketingConsentUpdatePayload
}

# ---- shop ---------------------------------------------------------------------------------

type Shop implements Node & HasMetafields {
  id: ID!
  name: String!
  description: String
  myshopifyDomain: String!
  url: URL!
  primaryDomain: Domain!
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

type Domain implements Node {
  id: ID!
  host: String!
  url: URL!
  sslEnabled: Boolean!
}

# ---- comments -----------------------------------------------------------------------------

type Comment implements Node {
  id: ID!
  article: Article
  author: CommentAuthor!
  body: String!
  bodyHtml: HTML!
  createdAt: DateTime!
  ip: String
  isPublished: Boolean!
  publishedAt: DateTime
  status: CommentStatus!
  updatedAt: DateTime
  userAgent: String
}

type CommentAuthor {
  name: String!
  email: String!
}

enum CommentStatus {
  PENDING
  PUBLISHED
  REMOVED
  SPAM
  UNAPPROVED
}

enum CommentSortKeys {
  CREATED_AT
  ID
  RELEVANCE
}

type CommentConnection {
  edges: [CommentEdge!]!
  nodes: [Comment!]!
  pageInfo: PageInfo!
}

type CommentEdge {
  cursor: String!
  node: Comment!
}

type CommentApprovePayload {
  comment: Comment
  userErrors: [CommentApproveUserError!]!
}

type CommentApproveUserError implements DisplayableError {
  code: CommentApproveUserErrorCode
  field: [String!]
  message: String!
}

enum CommentApproveUserErrorCode {
  NOT_FOUND
}

type CommentSpamPayload {
  comment: Comment
  userErrors: [CommentSpamUserError!]!
}

type CommentSpamUserError implements DisplayableError {
  code: CommentSpamUserErrorCode
  field: [String!]
  message: String!
}

enum CommentSpamUserErrorCode {
  NOT_FOUND
}

type CommentNotSpamPayload {
  comment: Comment
  userErrors: [CommentNotSpamUserError!]!
}

type CommentNotSpamUserError implements DisplayableError {
  code: CommentNotSpamUserErrorCode
  field: [String!]
  message: String!
}

enum CommentNotSpamUserErrorCode {
  NOT_FOUND
}

type CommentDeletePayload {
  deletedCommentId: ID
  userErrors: [CommentDeleteUserError!]!
}

type CommentDeleteUserError implements DisplayableError {
  code: CommentDeleteUserErrorCode
  field: [String!]
  message: String!
}

enum CommentDeleteUserErrorCode {
  NOT_FOUND
}

# ---- blogs and articles -------------------------------------------------------------------

type Blog implements Node & HasMetafields {
  id: ID!
  handle: String!
  title: String!
  commentPolicy: CommentPolicy!
  updatedAt: DateTime
  templateSuffix: String
  articles(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: ArticleSortKeys = ID, query: String): ArticleConnection!
  articlesCount: Count
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

enum CommentPolicy {
  AUTO_PUBLISHED
  CLOSED
  MODERATED
}

enum BlogSortKeys {
  HANDLE
  ID
  TITLE
}

type BlogConnection {
  edges: [BlogEdge!]!
  nodes: [Blog!]!
  pageInfo: PageInfo!
}

type BlogEdge {
  cursor: String!
  node: Blog!
}

input BlogUpdateInput {
  title: String
  handle: String
  commentPolicy: CommentPolicy
  templateSuffix: String
  redirectNewHandle: Boolean
  redirectArticles: Boolean
}

type BlogUpdatePayload {
  blog: Blog
  userErrors: [BlogUpdateUserError!]!
}

type BlogUpdateUserError implements DisplayableError {
  code: BlogUpdateUserErrorCode
  field: [String!]
  message: String!
}

enum BlogUpdateUserErrorCode {
  BLANK
  INCLUSION
  INVALID
  NOT_FOUND
  TAKEN
  TOO_LONG
}

type Article implements Node & HasMetafields {
  id: ID!
  handle: String!
  title: String!
  author: ArticleAuthor
  blog: Blog!
  body: HTML!
  summary: HTML
  image: Image
  tags: [String!]!
  isPublished: Boolean!
  publishedAt: DateTime
  createdAt: DateTime!
  updatedAt: DateTime
  comments(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: CommentSortKeys = ID, query: String): CommentConnection!
  commentsCount: Count
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

type ArticleAuthor {
  name: String!
}

enum ArticleSortKeys {
  AUTHOR
  BLOG_TITLE
  ID
  PUBLISHED_AT
  RELEVANCE
  TITLE
  UPDATED_AT
}

type ArticleConnection {
  edges: [ArticleEdge!]!
  nodes: [Article!]!
  pageInfo: PageInfo!
}

type ArticleEdge {
  cursor: String!
  node: Article!
}

# ---- catalog and pages (read-only: what reference pickers need) ---------------------------

type Image {
  id: ID
  url: URL!
  width: Int
  height: Int
  altText: String
}

type Product implements Node & HasMetafields {
  id: ID!
  handle: String!
  title: String!
  status: ProductStatus!
  vendor: String!
  productType: String!
  tags: [String!]!
  createdAt: DateTime!
  updatedAt: DateTime!
  publishedAt: DateTime
  onlineStoreUrl: URL
  featuredImage: Image
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

enum ProductStatus {
  ACTIVE
  ARCHIVED
  DRAFT
}

enum ProductSortKeys {
  CREATED_AT
  ID
  PRODUCT_TYPE
  PUBLISHED_AT
  RELEVANCE
  TITLE
  UPDATED_AT
  VENDOR
}

type ProductConnection {
  edges: [ProductEdge!]!
  nodes: [Product!]!
  pageInfo: PageInfo!
}

type ProductEdge {
  cursor: String!
  node: Product!
}

type Collection implements Node & HasMetafields {
  id: ID!
  handle: String!
  title: String!
  updatedAt: DateTime!
  image: Image
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

enum CollectionSortKeys {
  ID
  RELEVANCE
  TITLE
  UPDATED_AT
}

type CollectionConnection {
  edges: [CollectionEdge!]!
  nodes: [Collection!]!
  pageInfo: PageInfo!
}

type CollectionEdge {
  cursor: String!
  node: Collection!
}

type Page implements Node & HasMetafields {
  id: ID!
  handle: String!
  title: String!
  body: HTML!
  bodySummary: String!
  isPublished: Boolean!
  createdAt: DateTime!
  updatedAt: DateTime!
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

enum PageSortKeys {
  ID
  PUBLISHED_AT
  RELEVANCE
  TITLE
  UPDATED_AT
}

type PageConnection {
  edges: [PageEdge!]!
  nodes: [Page!]!
  pageInfo: PageInfo!
}

type PageEdge {
  cursor: String!
  node: Page!
}

interface File {
  id: ID!
  alt: String
  createdAt: DateTime!
  updatedAt: DateTime!
  fileStatus: FileStatus!
}

enum FileStatus {
  FAILED
  PROCESSING
  READY
  UPLOADED
}

type MediaImage implements Node & File {
  id: ID!
  alt: String
  createdAt: DateTime!
  updatedAt: DateTime!
  fileStatus: FileStatus!
  image: Image
  mimeType: String
}

enum FileSortKeys {
  CREATED_AT
  FILENAME
  ID
  ORIGINAL_UPLOAD_SIZE
  RELEVANCE
  UPDATED_AT
}

type FileConnection {
  edges: [FileEdge!]!
  nodes: [File!]!
  pageInfo: PageInfo!
}

type FileEdge {
  cursor: String!
  node: File!
}

# ---- metafields ---------------------------------------------------------------------------

union MetafieldReference = Collection | MediaImage | Metaobject | Page | Product

type MetafieldReferenceConnection {
  edges: [MetafieldReferenceEdge!]!
  nodes: [MetafieldReference]!
  pageInfo: PageInfo!
}

type MetafieldReferenceEdge {
  cursor: String!
  node: MetafieldReference
}

type Metafield implements Node {
  id: ID!
  namespace: String!
  key: String!
  type: String!
  value: String!
  jsonValue: JSON!
  description: String
  ownerType: MetafieldOwnerType!
  owner: HasMetafields!
  definition: MetafieldDefinition
  reference: MetafieldReference
  references(first: Int, after: String, last: Int, before: String): MetafieldReferenceConnection
  createdAt: DateTime!
  updatedAt: DateTime!
}

type MetafieldConnection {
  edges: [MetafieldEdge!]!
  nodes: [Metafield!]!
  pageInfo: PageInfo!
}

type MetafieldEdge {
  cursor: String!
  node: Metafield!
}

enum MetafieldOwnerType {
  ARTICLE
  BLOG
  COLLECTION
  CUSTOMER
  PAGE
  PRODUCT
  PRODUCTVARIANT
  SHOP
}

type MetafieldDefinition implements Node {
  id: ID!
  name: String!
  namespace: String!
  key: String!
  description: String
  ownerType: MetafieldOwnerType!
  type: MetafieldDefinitionType!
  validations: [MetafieldDefinitionValidation!]!
  access: MetafieldAccess!
  pinnedPosition: Int
  metafieldsCount: Int!
}

type MetafieldDefinitionType {
  name: String!
  category: String!
}

type MetafieldDefinitionValidation {
  name: String!
  type: String!
  value: String
}

type MetafieldAccess {
  admin: MetafieldAdminAccess
  storefront: MetafieldStorefrontAccess
}

enum MetafieldAdminAccess {
  MERCHANT_READ
  MERCHANT_READ_WRITE
  PRIVATE
  PUBLIC_READ
  PUBLIC_READ_WRITE
}

enum MetafieldStorefrontAccess {
  NONE
  PUBLIC_READ
}

enum MetafieldDefinitionSortKeys {
  ID
  NAME
  PINNED_POSITION
  RELEVANCE
}

enum MetafieldDefinitionPinnedStatus {
  ANY
  PINNED
  UNPINNED
}

type MetafieldDefinitionConnection {
  edges: [MetafieldDefinitionEdge!]!
  nodes: [MetafieldDefinition!]!
  pageInfo: PageInfo!
}

type MetafieldDefinitionEdge {
  cursor: String!
  node: MetafieldDefinition!
}

input MetafieldDefinitionValidationInput {
  name: String!
  value: String!
}

input MetafieldAccessInput {
  admin: MetafieldAdminAccessInput
  storefront: MetafieldStorefrontAccessInput
}

enum MetafieldAdminAccessInput {
  MERCHANT_READ
  MERCHANT_READ_WRITE
}

enum MetafieldStorefrontAccessInput {
  NONE
  PUBLIC_READ
}

input MetafieldDefinitionInput {
  namespace: String
  key: String!
  name: String!
  description: String
  ownerType: MetafieldOwnerType!
  type: String!
  validations: [MetafieldDefinitionValidationInput!]
  access: MetafieldAccessInput
  pin: Boolean = false
}

type MetafieldDefinitionCreatePayload {
  createdDefinition: MetafieldDefinition
  userErrors: [MetafieldDefinitionCreateUserError!]!
}

type MetafieldDefinitionCreateUserError implements DisplayableError {
  code: MetafieldDefinitionCreateUserErrorCode
  field: [String!]
  message: String!
}

enum MetafieldDefinitionCreateUserErrorCode {
  BLANK
  INCLUSION
  INVALID
  INVALID_CHARACTER
  INVALID_OPTION
  PRESENT
  RESERVED_NAMESPACE_KEY
  TAKEN
  TOO_LONG
  TOO_SHORT
}

input MetafieldsSetInput {
  ownerId: ID!
  namespace: String
  key: String!
  type: String
  value: String!
  compareDigest: String
}

type MetafieldsSetPayload {
  metafields: [Metafield!]
  userErrors: [MetafieldsSetUserError!]!
}

type MetafieldsSetUserError implements DisplayableError {
  code: MetafieldsSetUserErrorCode
  elementIndex: Int
  field: [String!]
  message: String!
}

enum MetafieldsSetUserErrorCode {
  APP_NOT_AUTHORIZED
  BLANK
  INCLUSION
  INVALID
  INVALID_COMPARE_DIGEST
  INVALID_TYPE
  INVALID_VALUE
  LESS_THAN_OR_EQUAL_TO
  PRESENT
  STALE_OBJECT
  TAKEN
  TOO_LONG
  TOO_SHORT
}

input MetafieldIdentifierInput {
  ownerId: ID!
  namespace: String!
  key: String!
}

type MetafieldIdentifier {
  ownerId: ID!
  namespace: String!
  key: String!
}

type MetafieldsDeletePayload {
  deletedMetafields: [MetafieldIdentifier]
  userErrors: [UserError!]!
}

# ---- metaobjects --------------------------------------------------------------------------

type Metaobject implements Node {
  id: ID!
  handle: String!
  type: String!
  displayName: String!
  createdAt: DateTime!
  updatedAt: DateTime!
  fields: [MetaobjectField!]!
  field(key: String!): MetaobjectField
  capabilities: MetaobjectCapabilityData!
  definition: MetaobjectDefinition!
}

type MetaobjectField {
  key: String!
  type: String!
  value: String
  jsonValue: JSON
  reference: MetafieldReference
  references(first: Int, after: String, last: Int, before: String): MetafieldReferenceConnection
  definition: MetaobjectFieldDefinition!
}

type MetaobjectCapabilityData {
  publishable: MetaobjectCapabilityDataPublishable
}

type MetaobjectCapabilityDataPublishable {
  status: MetaobjectStatus!
}

enum MetaobjectStatus {
  ACTIVE
  DRAFT
}

type MetaobjectConnection {
  edges: [MetaobjectEdge!]!
  nodes: [Metaobject!]!
  pageInfo: PageInfo!
}

type MetaobjectEdge {
  cursor: String!
  node: Metaobject!
}

type MetaobjectDefinition implements Node {
  id: ID!
  type: String!
  name: String!
  description: String
  displayNameKey: String
  fieldDefinitions: [MetaobjectFieldDefinition!]!
  access: MetaobjectAccess!
  capabilities: MetaobjectCapabilities!
  metaobjectsCount: Int!
  metaobjects(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): MetaobjectConnection!
}

type MetaobjectFieldDefinition {
  key: String!
  name: String!
  description: String
  required: Boolean!
  type: MetafieldDefinitionType!
  validations: [MetafieldDefinitionValidation!]!
}

type MetaobjectAccess {
  admin: MetaobjectAdminAccess!
  storefront: MetaobjectStorefrontAccess!
}

enum MetaobjectAdminAccess {
  MERCHANT_READ
  MERCHANT_READ_WRITE
  PRIVATE
  PUBLIC_READ
  PUBLIC_READ_WRITE
}

enum MetaobjectStorefrontAccess {
  NONE
  PUBLIC_READ
}

type MetaobjectCapabilities {
  publishable: MetaobjectCapabilitiesPublishable!
  translatable: MetaobjectCapabilitiesTranslatable!
}

type MetaobjectCapabilitiesPublishable {
  enabled: Boolean!
}

type MetaobjectCapabilitiesTranslatable {
  enabled: Boolean!
}

type MetaobjectDefinitionConnection {
  edges: [MetaobjectDefinitionEdge!]!
  nodes: [MetaobjectDefinition!]!
  pageInfo: PageInfo!
}

type MetaobjectDefinitionEdge {
  cursor: String!
  node: MetaobjectDefinition!
}

input MetaobjectHandleInput {
  type: String!
  handle: String!
}

input MetaobjectFieldInput {
  key: String!
  value: String!
}

input MetaobjectCapabilityDataInput {
  publishable: MetaobjectCapabilityDataPublishableInput
}

input MetaobjectCapabilityDataPublishableInput {
  status: MetaobjectStatus!
}

input MetaobjectCreateInput {
  type: String!
  handle: String
  fields: [MetaobjectFieldInput!]
  capabilities: MetaobjectCapabilityDataInput
}

input MetaobjectUpsertInput {
  handle: String
  fields: [MetaobjectFieldInput!]
  capabilities: MetaobjectCapabilityDataInput
}

input MetaobjectUpdateInput {
  handle: String
  fields: [MetaobjectFieldInput!]
  capabilities: MetaobjectCapabilityDataInput
  redirectNewHandle: Boolean = false
}

input MetaobjectFieldDefinitionCreateInput {
  key: String!
  type: String!
  name: String
  description: String
  required: Boolean = false
  validations: [MetafieldDefinitionValidationInput!]
}

input MetaobjectAccessInput {
  admin: MetaobjectAdminAccessInput
  storefront: MetaobjectStorefrontAccess
}

enum MetaobjectAdminAccessInput {
  MERCHANT_READ
  MERCHANT_READ_WRITE
}

input MetaobjectCapabilityCreateInput {
  publishable: MetaobjectCapabilityPublishableInput
  translatable: MetaobjectCapabilityTranslatableInput
}

input MetaobjectCapabilityPublishableInput {
  enabled: Boolean!
}

input MetaobjectCapabilityTranslatableInput {
  enabled: Boolean!
}

input MetaobjectDefinitionCreateInput {
  type: String!
  name: String
  description: String
  displayNameKey: String
  fieldDefinitions: [MetaobjectFieldDefinitionCreateInput!]
  access: MetaobjectAccessInput
  capabilities: MetaobjectCapabilityCreateInput
}

type MetaobjectUserError implements DisplayableError {
  code: MetaobjectUserErrorCode
  elementIndex: Int
  elementKey: String
  field: [String!]
  message: String!
}

enum MetaobjectUserErrorCode {
  BLANK
  CAPABILITY_NOT_ENABLED
  DUPLICATE_FIELD_INPUT
  IMMUTABLE
  INCLUSION
  INTERNAL_ERROR
  INVALID
  INVALID_OPTION
  INVALID_TYPE
  INVALID_VALUE
  MAX_DEFINITIONS_EXCEEDED
  MAX_OBJECTS_EXCEEDED
  MISSING_REQUIRED_KEYS
  NOT_AUTHORIZED
  OBJECT_FIELD_REQUIRED
  OBJECT_FIELD_TAKEN
  PRESENT
  RECORD_NOT_FOUND
  RESERVED_NAME
  TAKEN
  TOO_LONG
  TOO_SHORT
  UNDEFINED_OBJECT_FIELD
  UNDEFINED_OBJECT_TYPE
}

type MetaobjectDefinitionCreatePayload {
  metaobjectDefinition: MetaobjectDefinition
  userErrors: [MetaobjectUserError!]!
}

type MetaobjectCreatePayload {
  metaobject: Metaobject
  userErrors: [MetaobjectUserError!]!
}

type MetaobjectUpsertPayload {
  metaobject: Metaobject
  userErrors: [MetaobjectUserError!]!
}

type MetaobjectUpdatePayload {
  metaobject: Metaobject
  userErrors: [MetaobjectUserError!]!
}

type MetaobjectDeletePayload {
  deletedId: ID
  userErrors: [MetaobjectUserError!]!
}

# ---- customers ----------------------------------------------------------------------------

type Customer implements Node & HasMetafields {
  id: ID!
  email: String
  firstName: String
  lastName: String
  displayName: String!
  createdAt: DateTime!
  updatedAt: DateTime!
  state: CustomerState!
  tags: [String!]!
  emailMarketingConsent: CustomerEmailMarketingConsentState
  metafield(namespace: String, key: String!): Metafield
  metafields(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, namespace: String, keys: [String!]): MetafieldConnection!
}

enum CustomerState {
  DECLINED
  DISABLED
  ENABLED
  INVITED
}

type CustomerEmailMarketingConsentState {
  marketingState: CustomerEmailMarketingState!
  marketingOptInLevel: CustomerMarketingOptInLevel
  consentUpdatedAt: DateTime
}

enum CustomerEmailMarketingState {
  INVALID
  NOT_SUBSCRIBED
  PENDING
  REDACTED
  SUBSCRIBED
  UNSUBSCRIBED
}

enum CustomerMarketingOptInLevel {
  CONFIRMED_OPT_IN
  SINGLE_OPT_IN
  UNKNOWN
}

enum CustomerSortKeys {
  CREATED_AT
  ID
  LOCATION
  NAME
  RELEVANCE
  UPDATED_AT
}

type CustomerConnection {
  edges: [CustomerEdge!]!
  nodes: [Customer!]!
  pageInfo: PageInfo!
}

type CustomerEdge {
  cursor: String!
  node: Customer!
}

input CustomerEmailMarketingConsentInput {
  marketingState: CustomerEmailMarketingState!
  marketingOptInLevel: CustomerMarketingOptInLevel
  consentUpdatedAt: DateTime
  sourceLocationId: ID
}

input CustomerInput {
  id: ID
  email: String
  firstName: String
  lastName: String
  phone: String
  note: String
  tags: [String!]
  emailMarketingConsent: CustomerEmailMarketingConsentInput
}

type CustomerCreatePayload {
  customer: Customer
  userErrors: [UserError!]!
}

input CustomerEmailMarketingConsentUpdateInput {
  customerId: ID!
  emailMarketingConsent: CustomerEmailMarketingConsentInput!
}

type CustomerEmailMarketingConsentUpdatePayload {
  customer: Customer
  userErrors: [CustomerEmailMarketingConsentUpdateUserError!]!
}

type CustomerEmailMarketingConsentUpdateUserError implements DisplayableError {
  code: CustomerEmailMarketingConsentUpdateUserErrorCode
  field: [String!]
  message: String!
}

enum CustomerEmailMarketingConsentUpdateUserErrorCode {
  INCLUSION
  INTERNAL_ERROR
  INVALID
  MISSING_ARGUMENT
}
`;

let cached: GraphQLSchema | undefined;

/** The Admin schema subset, built once. */
export function loadAdminSchema(): GraphQLSchema {
  cached ??= buildSchema(ADMIN_SDL);
  return cached;
}
