import type {MetafieldDefinitionData, MetafieldSeed, ValidationData} from '../../content/types';
import {isoSeconds} from '../../store/comments';
import {paginate, type PageArgs} from '../../storefront/connection';
import {numericGid} from '../../storefront/gid';
import {byKey, compareText, sortRecords} from '../../storefront/resolvers/common';
import {evaluate, parseSearchQuery, textContains, textEquals} from '../../storefront/search-syntax';
import type {AdminContext} from '../context';
import {
  adminNode,
  metafieldDefinitionNode,
  metafieldNode,
  metafieldsOf,
  ownersOfType,
  ownerTypeOf,
  referenceResolver,
  type MetafieldDefinitionNode,
  type MetafieldNode,
  type MetafieldOwner,
} from '../nodes';
import {checkValue, isKnownType, jsonValue, typeCategory, validationType} from '../values';
import type {AdminResolverMap, ConnectionArgs, UserErrorShape} from './types';

/** Without a namespace, Shopify uses the app-reserved namespace. */
export const APP_NAMESPACE = '$app';

/** Owner types that carry metafields in the emulator (MetafieldOwnerType values). */
const METAFIELD_OWNER_TYPES = new Set(['ARTICLE', 'BLOG', 'PRODUCT', 'COLLECTION', 'PAGE', 'SHOP', 'CUSTOMER']);

const REFERENCE_TYPES = new Set(['Collection', 'MediaImage', 'Metaobject', 'Page', 'Product']);

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

/** Admin `reference` / `references` (drafts included) for metafields and metaobject fields. */
export function adminReferences(ctx: AdminContext, type: string, value: string | null) {
  if (!type.replace(/^list\./, '').endsWith('_reference')) return [];
  return referenceIds(value)
    .map((id) => adminNode(ctx, id))
    .filter((n): n is {__typename: string; id: string} => !!n && REFERENCE_TYPES.has(n.__typename));
}

export const referenceFieldResolvers = {
  reference: (f: {type: string; value: string | null}, _args: unknown, ctx: AdminContext) =>
    f.type.startsWith('list.') ? null : (adminReferences(ctx, f.type, f.value)[0] ?? null),
  references: (f: {type: string; value: string | null}, args: PageArgs, ctx: AdminContext) =>
    f.type.startsWith('list.')
      ? paginate(adminReferences(ctx, f.type, f.value), args, (n) => n.id, 'references')
      : null,
};

export function validationsView(validations: ValidationData[]) {
  return validations.map((v) => ({name: v.name, type: validationType(v.name), value: v.value}));
}

/** Shopify's owner-type wording in messages: ARTICLE → Article, PRODUCTVARIANT → Product variant. */
function ownerLabel(ownerType: string): string {
  const label = ownerType === 'PRODUCTVARIANT' ? 'product variant' : ownerType.toLowerCase();
  return label[0]!.toUpperCase() + label.slice(1);
}

interface MetafieldsSetInput {
  ownerId: string;
  namespace?: string | null;
  key: string;
  type?: string | null;
  value: string;
}

interface DefinitionInput {
  namespace?: string | null;
  key: string;
  name: string;
  description?: string | null;
  ownerType: string;
  type: string;
  validations?: ValidationData[] | null;
  access?: {admin?: string | null; storefront?: string | null} | null;
  pin?: boolean | null;
}

function createDefinition(ctx: AdminContext, input: DefinitionInput) {
  const errors: UserErrorShape[] = [];
  const namespace = input.namespace ?? APP_NAMESPACE;
  const err = (field: string, message: string, code: string) =>
    errors.push({field: ['definition', field], message, code});
  if (!input.name.trim()) err('name', "Name can't be blank", 'BLANK');
  if (input.key.length < 2) err('key', 'Key is too short (minimum is 2 characters)', 'TOO_SHORT');
  else if (input.key.length > 64) err('key', 'Key is too long (maximum is 64 characters)', 'TOO_LONG');
  else if (!/^[a-zA-Z0-9_-]+$/.test(input.key)) {
    err('key', 'Key contains one or more invalid characters.', 'INVALID_CHARACTER');
  }
  if (namespace !== APP_NAMESPACE && !/^[a-zA-Z0-9_-]{2,255}$/.test(namespace)) {
    err('namespace', 'Namespace contains one or more invalid characters.', 'INVALID_CHARACTER');
  }
  if (!isKnownType(input.type)) err('type', 'Type name is not included in the list.', 'INCLUSION');
  if (!errors.length && ctx.metadata.metafieldDefinition(input.ownerType, namespace, input.key)) {
    err(
      'key',
      `Key is in use for ${ownerLabel(input.ownerType)} metafields on the '${namespace}' namespace.`,
      'TAKEN',
    );
  }
  if (errors.length) return {createdDefinition: null, userErrors: errors};
  const pinned = ctx.metadata
    .metafieldDefinitions()
    .filter((d) => d.ownerType === input.ownerType && d.pinnedPosition != null).length;
  const record = ctx.metadata.saveMetafieldDefinition({
    name: input.name.trim(),
    namespace,
    key: input.key,
    description: input.description ?? null,
    ownerType: input.ownerType,
    type: input.type,
    validations: (input.validations ?? []).map((v) => ({name: v.name, value: v.value})),
    access: {
      admin: input.access?.admin ?? 'PUBLIC_READ_WRITE',
      storefront: input.access?.storefront === 'PUBLIC_READ' ? 'PUBLIC_READ' : 'NONE',
    },
    pinnedPosition: input.pin ? pinned + 1 : null,
  });
  return {createdDefinition: metafieldDefinitionNode(record), userErrors: []};
}

/** metafieldsSet: all or nothing, like Shopify (one invalid input saves none). */
function setMetafields(ctx: AdminContext, inputs: MetafieldsSetInput[]) {
  const errors: UserErrorShape[] = [];
  const writes: {owner: MetafieldOwner; metafield: MetafieldSeed}[] = [];
  const now = isoSeconds(ctx.now());
  const resolve = referenceResolver(ctx);
  inputs.forEach((input, i) => {
    const err = (field: string, message: string, code: string) =>
      errors.push({field: ['metafields', String(i), field], message, code, elementIndex: null});
    const owner = adminNode(ctx, input.ownerId) as MetafieldOwner | null;
    const ownerType = ownerTypeOf(input.ownerId);
    if (!owner || !ownerType || !METAFIELD_OWNER_TYPES.has(ownerType)) {
      err('ownerId', 'Owner does not exist.', 'INVALID');
      return;
    }
    const namespace = input.namespace ?? APP_NAMESPACE;
    const definition = ctx.metadata.metafieldDefinition(ownerType, namespace, input.key);
    const existing = metafieldsOf(ctx, owner).find((m) => m.namespace === namespace && m.key === input.key);
    const type = input.type ?? definition?.type ?? existing?.type;
    if (!type) {
      err('type', "Type can't be blank", 'BLANK');
      return;
    }
    if (definition && definition.type !== type) {
      err('type', `Type must be ${definition.type} to match the metafield definition.`, 'INVALID_TYPE');
      return;
    }
    if (!isKnownType(type)) {
      err('type', 'Type name is not included in the list.', 'INVALID_TYPE');
      return;
    }
    const checked = checkValue(type, input.value, definition?.validations ?? [], resolve);
    if (!checked.ok) {
      err('value', checked.message, 'INVALID_VALUE');
      return;
    }
    writes.push({
      owner,
      metafield: {
        namespace,
        key: input.key,
        type,
        value: checked.value,
        description: existing?.description ?? null,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      },
    });
  });
  if (errors.length) return {metafields: [], userErrors: errors};
  for (const w of writes) ctx.metadata.setMetafield(w.owner.id, w.metafield);
  return {metafields: writes.map((w) => metafieldNode(w.owner, w.metafield)), userErrors: []};
}


function matchDefinition(d: MetafieldDefinitionData, args: {namespace?: string | null; key?: string | null; query?: string | null; pinnedStatus?: string | null}) {
  if (args.namespace != null && d.namespace !== args.namespace) return false;
  if (args.key != null && d.key !== args.key) return false;
  if (args.pinnedStatus === 'PINNED' && d.pinnedPosition == null) return false;
  if (args.pinnedStatus === 'UNPINNED' && d.pinnedPosition != null) return false;
  return evaluate(parseSearchQuery(args.query), d, (item, term) => {
    switch (term.field) {
      case null:
        return textContains(`${item.name} ${item.namespace}.${item.key}`, term);
      case 'namespace':
        return textEquals(item.namespace, term);
      case 'key':
        return textEquals(item.key, term);
      case 'type':
        return textEquals(item.type, term);
      default:
        return undefined;
    }
  });
}

export const metafieldResolvers: AdminResolverMap = {
  QueryRoot: {
    metafieldDefinition: (_root, args: {id: string}, ctx) => {
      const n = numericGid(args.id, 'MetafieldDefinition');
      const d = ctx.metadata.metafieldDefinitions().find((x) => x.id === n);
      return d ? metafieldDefinitionNode(d) : null;
    },
    metafieldDefinitions: (
      _root,
      args: ConnectionArgs & {ownerType: string; namespace?: string | null; key?: string | null; pinnedStatus?: string | null},
      ctx,
    ) => {
      const nodes = ctx.metadata
        .metafieldDefinitions()
        .filter((d) => d.ownerType === args.ownerType && matchDefinition(d, args))
        .map(metafieldDefinitionNode);
      const compare =
        args.sortKey === 'NAME'
          ? (a: MetafieldDefinitionNode, b: MetafieldDefinitionNode) => compareText(a._data.name, b._data.name)
          : args.sortKey === 'PINNED_POSITION'
            ? (a: MetafieldDefinitionNode, b: MetafieldDefinitionNode) =>
                (a._data.pinnedPosition ?? 1e9) - (b._data.pinnedPosition ?? 1e9)
            : null;
      return paginate(sortRecords(nodes, compare, args.reverse), args, byKey, 'metafieldDefinitions');
    },
  },
  Mutation: {
    metafieldDefinitionCreate: (_root, args: {definition: DefinitionInput}, ctx) => createDefinition(ctx, args.definition),
    metafieldsSet: (_root, args: {metafields: MetafieldsSetInput[]}, ctx) => {
      if (args.metafields.length > 25) {
        return {
          metafields: [],
          userErrors: [{field: ['metafields'], message: 'Exceeded the maximum metafields input limit of 25.', code: 'LESS_THAN_OR_EQUAL_TO'}],
        };
      }
      return setMetafields(ctx, args.metafields);
    },
    metafieldsDelete: (_root, args: {metafields: {ownerId: string; namespace: string; key: string}[]}, ctx) => {
      const deleted = args.metafields.map((id) => {
        const owner = adminNode(ctx, id.ownerId) as MetafieldOwner | null;
        if (!owner) return null;
        const exists = metafieldsOf(ctx, owner).some((m) => m.namespace === id.namespace && m.key === id.key);
        if (!exists) return null;
        ctx.metadata.deleteMetafield(owner.id, id.namespace, id.key);
        return {ownerId: id.ownerId, namespace: id.namespace, key: id.key};
      });
      return {deletedMetafields: deleted, userErrors: []};
    },
  },
  HasMetafields: {
    metafield: (owner: MetafieldOwner, args: {namespace?: string | null; key: string}, ctx) => {
      const namespace = args.namespace ?? APP_NAMESPACE;
      const found = metafieldsOf(ctx, owner).find((m) => m.namespace === namespace && m.key === args.key);
      return found ? metafieldNode(owner, found) : null;
    },
    metafields: (
      owner: MetafieldOwner,
      args: PageArgs & {namespace?: string | null; keys?: string[] | null; reverse?: boolean | null},
      ctx,
    ) => {
      let list = metafieldsOf(ctx, owner).map((m) => metafieldNode(owner, m));
      if (args.namespace != null) list = list.filter((m) => m.namespace === args.namespace);
      if (args.keys?.length) list = list.filter((m) => args.keys!.includes(`${m.namespace}.${m.key}`));
      if (args.reverse) list.reverse();
      return paginate(list, args, (m) => m.id, 'metafields');
    },
  },
  Metafield: {
    ownerType: (m: MetafieldNode) => m._ownerType,
    owner: (m: MetafieldNode) => m._owner,
    jsonValue: (m: MetafieldNode) => jsonValue(m.type, m.value),
    definition: (m: MetafieldNode, _args, ctx) => {
      const d = ctx.metadata.metafieldDefinition(m._ownerType, m.namespace, m.key);
      return d ? metafieldDefinitionNode(d) : null;
    },
    ...referenceFieldResolvers,
  },
  MetafieldDefinition: {
    name: (d: MetafieldDefinitionNode) => d._data.name,
    namespace: (d: MetafieldDefinitionNode) => d._data.namespace,
    key: (d: MetafieldDefinitionNode) => d._data.key,
    description: (d: MetafieldDefinitionNode) => d._data.description,
    ownerType: (d: MetafieldDefinitionNode) => d._data.ownerType,
    type: (d: MetafieldDefinitionNode) => ({name: d._data.type, category: typeCategory(d._data.type)}),
    validations: (d: MetafieldDefinitionNode) => validationsView(d._data.validations),
    access: (d: MetafieldDefinitionNode) => d._data.access,
    pinnedPosition: (d: MetafieldDefinitionNode) => d._data.pinnedPosition,
    metafieldsCount: (d: MetafieldDefinitionNode, _args, ctx) =>
      ownersOfType(ctx, d._data.ownerType).filter((owner) =>
        metafieldsOf(ctx, owner).some((m) => m.namespace === d._data.namespace && m.key === d._data.key),
      ).length,
  },
};
