import type {MetafieldSeed} from '../../content/types';
import {paginate, type PageArgs} from '../connection';
import type {StorefrontContext} from '../context';
import {gid, parseGid, stableId} from '../gid';
import {byKey, sortRecords} from './common';
import {findNode} from './lookup';
import type {ResolverMap} from './types';
import {activeMetaobjects, type MetaobjectView} from './views';

interface Owner {
  id: string;
  _metafields?: MetafieldSeed[];
}

interface MetafieldView {
  __typename: 'Metafield';
  id: string;
  namespace: string;
  key: string;
  type: string;
  value: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  _owner: Owner;
}

const APP_NAMESPACE = '$app';

/**
 * The owner's metafields that the Storefront API may read: those whose metafield definition (if one
 * exists for the owner type, namespace and key) grants storefront access PUBLIC_READ. Metafields
 * without a definition stay visible (the seed format predates definitions).
 */
function metafieldsOf(ctx: StorefrontContext, owner: Owner): MetafieldSeed[] {
  const all = ctx.metadata.metafieldsFor(owner.id, owner._metafields ?? []);
  const ownerType = parseGid(owner.id)?.type.toUpperCase();
  if (!ownerType) return all;
  return all.filter((m) => {
    const definition = ctx.metadata.metafieldDefinition(ownerType, m.namespace, m.key);
    return !definition || definition.access.storefront === 'PUBLIC_READ';
  });
}

function view(owner: Owner, m: MetafieldSeed): MetafieldView {
  return {
    __typename: 'Metafield',
    id: gid('Metafield', stableId(`${owner.id}/${m.namespace}.${m.key}`)),
    namespace: m.namespace,
    key: m.key,
    type: m.type,
    value: m.value,
    description: m.description ?? null,
    createdAt: m.createdAt ?? '2026-01-01T00:00:00Z',
    updatedAt: m.updatedAt ?? m.createdAt ?? '2026-01-01T00:00:00Z',
    _owner: owner,
  };
}

/** Without a namespace, Shopify reads the app-reserved namespace (never "custom"). */
function find(ctx: StorefrontContext, owner: Owner, namespace: string | null | undefined, key: string) {
  const ns = namespace ?? APP_NAMESPACE;
  const found = metafieldsOf(ctx, owner).find((m) => m.namespace === ns && m.key === key);
  return found ? view(owner, found) : null;
}

function referenceIds(value: string | null | undefined): string[] {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === 'string');
  } catch {
    /* a single GID */
  }
  return value.startsWith('gid://') ? [value] : [];
}

const REFERENCE_TYPES = new Set([
  'Collection',
  'GenericFile',
  'MediaImage',
  'Metaobject',
  'Model3d',
  'Page',
  'Product',
  'ProductVariant',
  'Video',
]);

function resolveReferences(ctx: StorefrontContext, type: string, value: string | null) {
  if (!type.endsWith('_reference')) return [];
  return referenceIds(value)
    .map((id) => findNode(ctx, id))
    .filter(
      (node): node is {__typename: string; id: string} =>
        !!node && REFERENCE_TYPES.has((node as {__typename: string}).__typename),
    );
}

export const metafieldResolvers: ResolverMap = {
  HasMetafields: {
    metafield: (source: Owner, args: {namespace?: string | null; key: string}, ctx) =>
      find(ctx, source, args.namespace, args.key),
    metafields: (
      source: Owner,
      args: {identifiers: {namespace?: string | null; key: string}[]},
      ctx,
    ) => args.identifiers.map((i) => find(ctx, source, i.namespace, i.key)),
  },
  Metafield: {
    parentResource: (m: MetafieldView) => m._owner,
    reference: (m: MetafieldView, _args, ctx) =>
      m.type.startsWith('list.') ? null : (resolveReferences(ctx, m.type, m.value)[0] ?? null),
    references: (m: MetafieldView, args, ctx) =>
      m.type.startsWith('list.')
        ? paginate(resolveReferences(ctx, m.type, m.value), args, (n) => n.id, 'references')
        : null,
  },
  QueryRoot: {
    metaobject: (
      _root,
      args: {id?: string | null; handle?: {type: string; handle: string} | null},
      ctx,
    ) => {
      const all = activeMetaobjects(ctx);
      if (args.id) return all.find((m) => m.id === args.id) ?? null;
      if (args.handle) {
        return (
          all.find((m) => m.type === args.handle!.type && m.handle === args.handle!.handle) ?? null
        );
      }
      return null;
    },
    metaobjects: (
      _root,
      args: PageArgs & {type: string; sortKey?: string | null; reverse?: boolean | null},
      ctx,
    ) => {
      const items = activeMetaobjects(ctx).filter((m) => m.type === args.type);
      const key = (args.sortKey ?? 'id').toLowerCase();
      const compare =
        key === 'updated_at'
          ? (a: MetaobjectView, b: MetaobjectView) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt)
          : key === 'display_name'
            ? (a: MetaobjectView, b: MetaobjectView) => a.handle.localeCompare(b.handle)
            : key === 'type'
              ? (a: MetaobjectView, b: MetaobjectView) => a.type.localeCompare(b.type)
              : null;
      return paginate(sortRecords(items, compare, args.reverse), args, byKey, 'metaobjects');
    },
  },
  Metaobject: {
    fields: (m: MetaobjectView) => m._data.fields.map((f) => ({...f, __typename: 'MetaobjectField'})),
    field: (m: MetaobjectView, args: {key: string}) => {
      const f = m._data.fields.find((x) => x.key === args.key);
      return f ? {...f, __typename: 'MetaobjectField'} : null;
    },
    seo: (m: MetaobjectView) => {
      const field = (key: string) => {
        const f = m._data.fields.find((x) => x.key === key);
        return f ? {...f, __typename: 'MetaobjectField'} : null;
      };
      return {title: field('seo_title') ?? field('title'), description: field('seo_description')};
    },
    onlineStoreUrl: () => null,
  },
  MetaobjectField: {
    reference: (f: {type: string; value: string | null}, _args, ctx) =>
      f.type.startsWith('list.') ? null : (resolveReferences(ctx, f.type, f.value)[0] ?? null),
    references: (f: {type: string; value: string | null}, args, ctx) =>
      f.type.startsWith('list.')
        ? paginate(resolveReferences(ctx, f.type, f.value), args, (n) => n.id, 'references')
        : null,
  },
};
