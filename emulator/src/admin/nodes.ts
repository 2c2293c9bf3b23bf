/**
 * Admin API objects. Seed records (products, blogs, …) are served as they are (their API-named
 * properties match the Admin field names); mutable state gets small views here. Unlike the
 * Storefront API, the Admin API sees everything: drafts, unpublished comments, definitions.
 */
import type {
  CommentData,
  CustomerData,
  FileData,
  ImageRef,
  MetafieldDefinitionData,
  MetafieldSeed,
  MetaobjectData,
  MetaobjectDefinitionData,
} from '../content/types';
import {imageUrl} from '../images/urls';
import {gid, parseGid, stableId} from '../storefront/gid';
import type {AdminContext} from './context';
import type {ReferenceResolver} from './values';

const EPOCH = '2026-01-01T00:00:00Z';

export interface CommentNode {
  __typename: 'Comment';
  id: string;
  legacyId: number;
  _data: CommentData;
}

export function commentNode(data: CommentData): CommentNode {
  return {__typename: 'Comment', id: gid('Comment', data.id), legacyId: data.id, _data: data};
}

export interface MetaobjectNode {
  __typename: 'Metaobject';
  id: string;
  legacyId: number;
  handle: string;
  type: string;
  updatedAt: string;
  createdAt: string;
  _data: MetaobjectData;
}

export function metaobjectNode(data: MetaobjectData): MetaobjectNode {
  return {
    __typename: 'Metaobject',
    id: gid('Metaobject', data.id),
    legacyId: data.id,
    handle: data.handle,
    type: data.type,
    updatedAt: data.updatedAt,
    createdAt: data.createdAt ?? data.updatedAt,
    _data: data,
  };
}

export interface DefinitionNode {
  __typename: 'MetaobjectDefinition';
  id: string;
  legacyId: number;
  _data: MetaobjectDefinitionData;
  /** True for a definition synthesised for seed entries that have none (older seed format). */
  _virtual?: boolean;
}

export function definitionNode(data: MetaobjectDefinitionData, virtual = false): DefinitionNode {
  return {
    __typename: 'MetaobjectDefinition',
    id: gid('MetaobjectDefinition', data.id),
    legacyId: data.id,
    _data: data,
    _virtual: virtual,
  };
}

/** The definition of a metaobject type; seed entries without one get a stand-in built from their fields. */
export function definitionFor(ctx: AdminContext, type: string): DefinitionNode {
  const found = ctx.metadata.definitionByType(type);
  if (found) return definitionNode(found);
  const keys = new Map<string, string>();
  for (const m of ctx.metadata.metaobjects()) {
    if (m.type !== type) continue;
    for (const f of m.fields) if (!keys.has(f.key)) keys.set(f.key, f.type);
  }
  return definitionNode(
    {
      id: stableId(`MetaobjectDefinition:${type}`),
      type,
      name: type,
      description: null,
      displayNameKey: null,
      fieldDefinitions: [...keys].map(([key, fieldType]) => ({
        key,
        name: key,
        description: null,
        type: fieldType,
        required: false,
        validations: [],
      })),
      access: {admin: 'PUBLIC_READ_WRITE', storefront: 'PUBLIC_READ'},
      capabilities: {publishable: {enabled: true}, translatable: {enabled: false}},
      createdAt: EPOCH,
      updatedAt: EPOCH,
    },
    true,
  );
}

export interface MetafieldDefinitionNode {
  __typename: 'MetafieldDefinition';
  id: string;
  legacyId: number;
  _data: MetafieldDefinitionData;
}

export function metafieldDefinitionNode(data: MetafieldDefinitionData): MetafieldDefinitionNode {
  return {__typename: 'MetafieldDefinition', id: gid('MetafieldDefinition', data.id), legacyId: data.id, _data: data};
}

export interface CustomerNode {
  __typename: 'Customer';
  id: string;
  legacyId: number;
  _data: CustomerData;
}

export function customerNode(data: CustomerData): CustomerNode {
  return {__typename: 'Customer', id: gid('Customer', data.id), legacyId: data.id, _data: data};
}

export interface FileNode {
  __typename: 'MediaImage';
  id: string;
  legacyId: number;
  _data: FileData;
}

export function fileNode(data: FileData): FileNode {
  return {__typename: 'MediaImage', id: gid('MediaImage', data.id), legacyId: data.id, _data: data};
}

/** Files (metaobjects.json `files`), then any seed image by its derived MediaImage id. */
export function findFile(ctx: AdminContext, id: number): FileNode | null {
  const file = ctx.content.files.find((f) => f.id === id);
  if (file) return fileNode(file);
  for (const ref of ctx.content.imagesByFile.values()) {
    if (stableId(`MediaImage:${ref.file}`) === id) return fileNode({id, image: ref, createdAt: EPOCH});
  }
  return null;
}

export function adminImage(ctx: AdminContext, ref: ImageRef | null | undefined) {
  if (!ref) return null;
  return {
    __typename: 'Image',
    id: gid('ImageSource', stableId(`ImageSource:${ref.file}`)),
    url: imageUrl(ctx.origin, ref.file),
    width: ref.width || null,
    height: ref.height || null,
    altText: ref.alt,
  };
}

export interface MetafieldNode {
  __typename: 'Metafield';
  id: string;
  namespace: string;
  key: string;
  type: string;
  value: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  _owner: MetafieldOwner;
  _ownerType: string;
}

export interface MetafieldOwner {
  __typename: string;
  id: string;
  _metafields?: MetafieldSeed[];
}

export function metafieldNode(owner: MetafieldOwner, m: MetafieldSeed): MetafieldNode {
  return {
    __typename: 'Metafield',
    id: gid('Metafield', stableId(`${owner.id}/${m.namespace}.${m.key}`)),
    namespace: m.namespace,
    key: m.key,
    type: m.type,
    value: m.value,
    description: m.description ?? null,
    createdAt: m.createdAt ?? EPOCH,
    updatedAt: m.updatedAt ?? m.createdAt ?? EPOCH,
    _owner: owner,
    _ownerType: ownerTypeOf(owner.id) ?? 'SHOP',
  };
}

/** MetafieldOwnerType of a GID: gid://shopify/ProductVariant/1 → PRODUCTVARIANT. */
export function ownerTypeOf(id: string): string | null {
  return parseGid(id)?.type.toUpperCase() ?? null;
}

export function metafieldsOf(ctx: AdminContext, owner: MetafieldOwner): MetafieldSeed[] {
  return ctx.metadata.metafieldsFor(owner.id, owner._metafields ?? []);
}

/** Every record that can own metafields of a type (for metafieldsCount). */
export function ownersOfType(ctx: AdminContext, ownerType: string): MetafieldOwner[] {
  const c = ctx.content;
  switch (ownerType) {
    case 'ARTICLE':
      return c.articles;
    case 'BLOG':
      return c.blogs;
    case 'PRODUCT':
      return c.products;
    case 'PRODUCTVARIANT':
      return [...c.variantsById.values()];
    case 'COLLECTION':
      return c.collections;
    case 'PAGE':
      return c.pages;
    case 'SHOP':
      return [c.shop];
    case 'CUSTOMER':
      return ctx.customers.all().map(customerNode);
    default:
      return [];
  }
}

export function shopNode(ctx: AdminContext) {
  const shop = ctx.content.shop;
  const slug = shop.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'shop';
  const url = new URL(shop.primaryDomainUrl);
  return {
    ...shop,
    myshopifyDomain: `${slug}.myshopify.com`,
    url: shop.primaryDomainUrl,
    primaryDomain: {
      __typename: 'Domain',
      id: gid('Domain', 1),
      host: url.host,
      url: shop.primaryDomainUrl,
      sslEnabled: url.protocol === 'https:',
    },
  };
}

/** Any Admin object by GID (null when unknown). */
export function adminNode(ctx: AdminContext, id: string): {__typename: string; id: string} | null {
  const parsed = parseGid(id);
  if (!parsed) return null;
  const n = /^\d+$/.test(parsed.id) ? Number(parsed.id) : NaN;
  const c = ctx.content;
  const found = (() => {
    switch (parsed.type) {
      case 'Product':
        return c.productsById.get(n);
      case 'ProductVariant':
        return c.variantsById.get(n);
      case 'Collection':
        return c.collectionsById.get(n);
      case 'Page':
        return c.pagesById.get(n);
      case 'Blog':
        return c.blogsById.get(n);
      case 'Article':
        return c.articlesById.get(n);
      case 'Shop':
        return String(n) === parseGid(c.shop.id)?.id ? shopNode(ctx) : undefined;
      case 'Comment': {
        const comment = ctx.comments.get(n);
        return comment ? commentNode(comment) : undefined;
      }
      case 'Metaobject': {
        const m = ctx.metadata.metaobject(n);
        return m ? metaobjectNode(m) : undefined;
      }
      case 'MetaobjectDefinition': {
        const d = ctx.metadata.definitions().find((x) => x.id === n);
        return d ? definitionNode(d) : undefined;
      }
      case 'MetafieldDefinition': {
        const d = ctx.metadata.metafieldDefinitions().find((x) => x.id === n);
        return d ? metafieldDefinitionNode(d) : undefined;
      }
      case 'Customer': {
        const customer = ctx.customers.get(n);
        return customer ? customerNode(customer) : undefined;
      }
      case 'MediaImage':
        return findFile(ctx, n) ?? undefined;
      default:
        return undefined;
    }
  })();
  return (found as {__typename: string; id: string} | undefined) ?? null;
}

/** Reference checks for value validation: what a GID points at (drafts included, as on Shopify). */
export function referenceResolver(ctx: AdminContext): ReferenceResolver {
  return (id) => {
    const node = adminNode(ctx, id);
    if (!node) return null;
    if (node.__typename === 'Metaobject') {
      const type = (node as MetaobjectNode).type;
      return {typename: 'Metaobject', definitionId: ctx.metadata.definitionByType(type)?.id ?? null};
    }
    return {typename: node.__typename};
  };
}
