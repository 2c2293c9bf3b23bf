import crypto from 'node:crypto';
import type {
  MetaobjectData,
  MetaobjectDefinitionData,
  MetaobjectFieldDefinitionData,
  ValidationData,
} from '../../content/types';
import {isoSeconds} from '../../store/comments';
import {paginate} from '../../storefront/connection';
import {numericGid} from '../../storefront/gid';
import {byKey, compareDates, compareText, sortRecords} from '../../storefront/resolvers/common';
import {compareDate, evaluate, parseSearchQuery, textContains, textEquals} from '../../storefront/search-syntax';
import type {AdminContext} from '../context';
import {
  definitionFor,
  definitionNode,
  metaobjectNode,
  referenceResolver,
  type DefinitionNode,
  type MetaobjectNode,
} from '../nodes';
import {checkValue, isKnownType, jsonValue, typeCategory} from '../values';
import {referenceFieldResolvers, validationsView} from './metafields';
import type {AdminResolverMap, ConnectionArgs, UserErrorShape} from './types';

interface AdminFieldView {
  key: string;
  type: string;
  value: string | null;
  _definition: MetaobjectFieldDefinitionData;
}

function fieldDefinitionView(fd: MetaobjectFieldDefinitionData) {
  return {
    key: fd.key,
    name: fd.name,
    description: fd.description,
    required: fd.required,
    type: {name: fd.type, category: typeCategory(fd.type)},
    validations: validationsView(fd.validations),
  };
}

/** Admin `fields`: every field of the definition, in its order (null when unset), then any extra seed keys. */
export function adminFields(ctx: AdminContext, m: MetaobjectNode): AdminFieldView[] {
  const definition = definitionFor(ctx, m.type)._data;
  const stored = new Map(m._data.fields.map((f) => [f.key, f]));
  const out: AdminFieldView[] = definition.fieldDefinitions.map((fd) => ({
    key: fd.key,
    type: fd.type,
    value: stored.get(fd.key)?.value ?? null,
    _definition: fd,
  }));
  for (const f of m._data.fields) {
    if (definition.fieldDefinitions.some((fd) => fd.key === f.key)) continue;
    out.push({
      ...f,
      _definition: {key: f.key, name: f.key, description: null, type: f.type, required: false, validations: []},
    });
  }
  return out;
}

export function displayName(ctx: AdminContext, m: MetaobjectData): string {
  const definition = definitionFor(ctx, m.type)._data;
  const key = definition.displayNameKey;
  const value = key ? m.fields.find((f) => f.key === key)?.value : null;
  return value?.trim() ? value : `${definition.name} #${m.handle}`;
}

const HANDLE = /^[a-z0-9](?:[a-z0-9_-]{0,253}[a-z0-9])?$/;

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 60)
    .replace(/^-|-$/g, '');
}

interface WriteInput {
  handle?: string | null;
  fields?: {key: string; value: string}[] | null;
  capabilities?: {publishable?: {status: 'ACTIVE' | 'DRAFT'} | null} | null;
}

const undefinedType = (type: string, field: string[]): UserErrorShape => ({
  field,
  message: `No metaobject definition exists for type "${type}"`,
  code: 'UNDEFINED_OBJECT_TYPE',
});

/**
 * Validates and writes one entry (create, upsert or update). Unchanged fields keep their values; an
 * empty string clears a field. Required fields must end up with a value.
 */
function writeMetaobject(
  ctx: AdminContext,
  definition: MetaobjectDefinitionData,
  existing: MetaobjectData | null,
  handle: string,
  input: WriteInput,
) {
  const errors: UserErrorShape[] = [];
  if (!HANDLE.test(handle)) {
    errors.push({field: ['metaobject', 'handle'], message: 'Handle is invalid', code: 'INVALID'});
  } else {
    const clash = ctx.metadata.metaobjectByHandle(definition.type, handle);
    if (clash && clash.id !== existing?.id) {
      errors.push({field: ['metaobject', 'handle'], message: 'Handle has already been taken', code: 'TAKEN'});
    }
  }

  const values = new Map<string, string | null>((existing?.fields ?? []).map((f) => [f.key, f.value]));
  const seen = new Set<string>();
  const resolve = referenceResolver(ctx);
  (input.fields ?? []).forEach((f, i) => {
    const at = ['metaobject', 'fields', String(i)];
    if (seen.has(f.key)) {
      errors.push({field: at, message: `Duplicate input for field "${f.key}"`, code: 'DUPLICATE_FIELD_INPUT', elementKey: f.key});
      return;
    }
    seen.add(f.key);
    const fd = definition.fieldDefinitions.find((d) => d.key === f.key);
    if (!fd) {
      errors.push({field: at, message: `Field definition "${f.key}" does not exist`, code: 'UNDEFINED_OBJECT_FIELD', elementKey: f.key});
      return;
    }
    if (f.value === '') {
      values.set(f.key, null);
      return;
    }
    const checked = checkValue(fd.type, f.value, fd.validations, resolve);
    if (!checked.ok) {
      errors.push({field: at, message: checked.message, code: 'INVALID_VALUE', elementKey: f.key});
      return;
    }
    values.set(f.key, checked.value);
  });
  for (const fd of definition.fieldDefinitions) {
    if (fd.required && !values.get(fd.key) && !errors.some((e) => e.elementKey === fd.key)) {
      errors.push({field: ['metaobject', 'fields'], message: `${fd.name} can't be blank`, code: 'OBJECT_FIELD_REQUIRED', elementKey: fd.key});
    }
  }

  const publishable = definition.capabilities.publishable.enabled;
  const requested = input.capabilities?.publishable?.status;
  if (requested && !publishable) {
    errors.push({
      field: ['metaobject', 'capabilities', 'publishable'],
      message: 'Capability publishable is not enabled on this definition',
      code: 'CAPABILITY_NOT_ENABLED',
    });
  }
  if (errors.length) return {metaobject: null, userErrors: errors};

  const now = isoSeconds(ctx.now());
  const ordered = [
    ...definition.fieldDefinitions.map((fd) => fd.key),
    ...[...values.keys()].filter((k) => !definition.fieldDefinitions.some((fd) => fd.key === k)),
  ];
  const record = ctx.metadata.upsertMetaobject({
    id: existing?.id ?? ctx.metadata.nextMetaobjectId(),
    type: definition.type,
    handle,
    status: publishable ? (requested ?? existing?.status ?? 'DRAFT') : 'ACTIVE',
    createdAt: existing?.createdAt ?? existing?.updatedAt ?? now,
    updatedAt: now,
    fields: ordered
      .filter((key) => values.get(key) != null)
      .map((key) => ({
        key,
        type:
          definition.fieldDefinitions.find((fd) => fd.key === key)?.type ??
          existing?.fields.find((f) => f.key === key)?.type ??
          'single_line_text_field',
        value: values.get(key)!,
      })),
  });
  return {metaobject: metaobjectNode(record), userErrors: []};
}

function generatedHandle(ctx: AdminContext, definition: MetaobjectDefinitionData, input: WriteInput): string {
  const key = definition.displayNameKey;
  const display = key ? input.fields?.find((f) => f.key === key)?.value : null;
  const base = (display && slugify(display)) || `${slugify(definition.type) || 'entry'}-${crypto.randomBytes(4).toString('hex')}`;
  let handle = base;
  for (let i = 1; ctx.metadata.metaobjectByHandle(definition.type, handle); i++) handle = `${base}-${i}`;
  return handle;
}

interface DefinitionCreateInput {
  type: string;
  name?: string | null;
  description?: string | null;
  displayNameKey?: string | null;
  fieldDefinitions?: {key: string; type: string; name?: string | null; description?: string | null; required?: boolean | null; validations?: ValidationData[] | null}[] | null;
  access?: {admin?: string | null; storefront?: 'PUBLIC_READ' | 'NONE' | null} | null;
  capabilities?: {publishable?: {enabled: boolean} | null; translatable?: {enabled: boolean} | null} | null;
}

function createDefinition(ctx: AdminContext, input: DefinitionCreateInput) {
  const errors: UserErrorShape[] = [];
  const type = input.type.trim();
  if (type.length < 3 || type.length > 255 || !/^(\$app:)?[a-zA-Z0-9_-]+$/.test(type)) {
    errors.push({field: ['definition', 'type'], message: 'Type is invalid', code: 'INVALID'});
  } else if (ctx.metadata.definitionByType(type)) {
    errors.push({field: ['definition', 'type'], message: 'Type has already been taken', code: 'TAKEN'});
  }
  const keys = new Set<string>();
  (input.fieldDefinitions ?? []).forEach((fd, i) => {
    const at = ['definition', 'fieldDefinitions', String(i)];
    if (!/^[a-zA-Z0-9_-]{2,64}$/.test(fd.key)) {
      errors.push({field: [...at, 'key'], message: 'Key is invalid', code: 'INVALID', elementKey: fd.key});
    } else if (keys.has(fd.key)) {
      errors.push({field: [...at, 'key'], message: 'Key has already been taken', code: 'OBJECT_FIELD_TAKEN', elementKey: fd.key});
    }
    keys.add(fd.key);
    if (!isKnownType(fd.type)) {
      errors.push({field: [...at, 'type'], message: `Type name ${fd.type} is not a valid type`, code: 'INVALID_TYPE', elementKey: fd.key});
    }
  });
  if (input.displayNameKey && !keys.has(input.displayNameKey)) {
    errors.push({field: ['definition', 'displayNameKey'], message: 'Display name key must be the key of a field', code: 'INVALID'});
  }
  if (errors.length) return {metaobjectDefinition: null, userErrors: errors};
  const now = isoSeconds(ctx.now());
  const record = ctx.metadata.saveDefinition({
    type,
    name: input.name?.trim() || type,
    description: input.description ?? null,
    displayNameKey: input.displayNameKey ?? null,
    fieldDefinitions: (input.fieldDefinitions ?? []).map((fd) => ({
      key: fd.key,
      name: fd.name?.trim() || fd.key,
      description: fd.description ?? null,
      type: fd.type,
      required: fd.required === true,
      validations: (fd.validations ?? []).map((v) => ({name: v.name, value: v.value})),
    })),
    access: {
      admin: input.access?.admin ?? 'PUBLIC_READ_WRITE',
      storefront: input.access?.storefront === 'PUBLIC_READ' ? 'PUBLIC_READ' : 'NONE',
    },
    capabilities: {
      publishable: {enabled: input.capabilities?.publishable?.enabled === true},
      translatable: {enabled: input.capabilities?.translatable?.enabled === true},
    },
    createdAt: now,
    updatedAt: now,
  });
  return {metaobjectDefinition: definitionNode(record), userErrors: []};
}

function matchMetaobject(ctx: AdminContext) {
  return (m: MetaobjectData, term: Parameters<Parameters<typeof evaluate>[2]>[1]): boolean | undefined => {
    if (term.field?.startsWith('fields.')) {
      const value = m.fields.find((f) => f.key === term.field!.slice(7))?.value;
      return value != null && textEquals(value, term);
    }
    switch (term.field) {
      case null:
        return textContains(`${displayName(ctx, m)} ${m.handle}`, term);
      case 'handle':
        return textEquals(m.handle, term);
      case 'display_name':
        return textEquals(displayName(ctx, m), term);
      case 'updated_at':
        return compareDate(m.updatedAt, term);
      case 'id':
        return String(m.id) === term.value;
      default:
        return undefined;
    }
  };
}

function listMetaobjects(ctx: AdminContext, type: string, args: ConnectionArgs) {
  const ast = parseSearchQuery(args.query);
  const match = matchMetaobject(ctx);
  const nodes = ctx.metadata
    .metaobjects()
    .filter((m) => m.type === type && evaluate(ast, m, match))
    .map(metaobjectNode);
  const key = (args.sortKey ?? 'id').toLowerCase();
  const compare =
    key === 'updated_at'
      ? (a: MetaobjectNode, b: MetaobjectNode) => compareDates(a.updatedAt, b.updatedAt)
      : key === 'display_name'
        ? (a: MetaobjectNode, b: MetaobjectNode) => compareText(displayName(ctx, a._data), displayName(ctx, b._data))
        : null;
  return paginate(sortRecords(nodes, compare, args.reverse), args, byKey, 'metaobjects');
}

export const metaobjectResolvers: AdminResolverMap = {
  QueryRoot: {
    metaobject: (_root, args: {id: string}, ctx) => {
      const m = ctx.metadata.metaobject(numericGid(args.id, 'Metaobject') ?? -1);
      return m ? metaobjectNode(m) : null;
    },
    metaobjectByHandle: (_root, args: {handle: {type: string; handle: string}}, ctx) => {
      const m = ctx.metadata.metaobjectByHandle(args.handle.type, args.handle.handle);
      return m ? metaobjectNode(m) : null;
    },
    metaobjects: (_root, args: ConnectionArgs & {type: string}, ctx) => listMetaobjects(ctx, args.type, args),
    metaobjectDefinition: (_root, args: {id: string}, ctx) => {
      const n = numericGid(args.id, 'MetaobjectDefinition');
      const d = ctx.metadata.definitions().find((x) => x.id === n);
      return d ? definitionNode(d) : null;
    },
    metaobjectDefinitionByType: (_root, args: {type: string}, ctx) => {
      const d = ctx.metadata.definitionByType(args.type);
      return d ? definitionNode(d) : null;
    },
    metaobjectDefinitions: (_root, args: ConnectionArgs, ctx) => {
      const list = ctx.metadata.definitions().map((d) => definitionNode(d));
      return paginate(args.reverse ? list.reverse() : list, args, byKey, 'metaobjectDefinitions');
    },
  },

  Mutation: {
    metaobjectDefinitionCreate: (_root, args: {definition: DefinitionCreateInput}, ctx) =>
      createDefinition(ctx, args.definition),

    metaobjectCreate: (_root, args: {metaobject: WriteInput & {type: string}}, ctx) => {
      const definition = ctx.metadata.definitionByType(args.metaobject.type);
      if (!definition) return {metaobject: null, userErrors: [undefinedType(args.metaobject.type, ['metaobject', 'type'])]};
      const handle = args.metaobject.handle ?? generatedHandle(ctx, definition, args.metaobject);
      return writeMetaobject(ctx, definition, null, handle, args.metaobject);
    },

    metaobjectUpsert: (_root, args: {handle: {type: string; handle: string}; metaobject: WriteInput}, ctx) => {
      const definition = ctx.metadata.definitionByType(args.handle.type);
      if (!definition) return {metaobject: null, userErrors: [undefinedType(args.handle.type, ['handle', 'type'])]};
      const existing = ctx.metadata.metaobjectByHandle(args.handle.type, args.handle.handle) ?? null;
      return writeMetaobject(ctx, definition, existing, args.metaobject.handle ?? args.handle.handle, args.metaobject);
    },

    metaobjectUpdate: (_root, args: {id: string; metaobject: WriteInput}, ctx) => {
      const existing = ctx.metadata.metaobject(numericGid(args.id, 'Metaobject') ?? -1);
      if (!existing) {
        return {metaobject: null, userErrors: [{field: ['id'], message: 'Record not found', code: 'RECORD_NOT_FOUND'}]};
      }
      const definition = ctx.metadata.definitionByType(existing.type);
      if (!definition) return {metaobject: null, userErrors: [undefinedType(existing.type, ['id'])]};
      return writeMetaobject(ctx, definition, existing, args.metaobject.handle ?? existing.handle, args.metaobject);
    },

    metaobjectDelete: (_root, args: {id: string}, ctx) => {
      const n = numericGid(args.id, 'Metaobject');
      if (n == null || !ctx.metadata.deleteMetaobject(n)) {
        return {deletedId: null, userErrors: [{field: ['id'], message: 'Record not found', code: 'RECORD_NOT_FOUND'}]};
      }
      return {deletedId: args.id, userErrors: []};
    },
  },

  Metaobject: {
    displayName: (m: MetaobjectNode, _args, ctx) => displayName(ctx, m._data),
    fields: (m: MetaobjectNode, _args, ctx) => adminFields(ctx, m),
    field: (m: MetaobjectNode, args: {key: string}, ctx) => adminFields(ctx, m).find((f) => f.key === args.key) ?? null,
    capabilities: (m: MetaobjectNode, _args, ctx) => ({
      publishable: definitionFor(ctx, m.type)._data.capabilities.publishable.enabled ? {status: m._data.status} : null,
    }),
    definition: (m: MetaobjectNode, _args, ctx) => definitionFor(ctx, m.type),
  },

  MetaobjectField: {
    jsonValue: (f: AdminFieldView) => jsonValue(f.type, f.value),
    definition: (f: AdminFieldView) => fieldDefinitionView(f._definition),
    ...referenceFieldResolvers,
  },

  MetaobjectDefinition: {
    type: (d: DefinitionNode) => d._data.type,
    name: (d: DefinitionNode) => d._data.name,
    description: (d: DefinitionNode) => d._data.description,
    displayNameKey: (d: DefinitionNode) => d._data.displayNameKey,
    fieldDefinitions: (d: DefinitionNode) => d._data.fieldDefinitions.map(fieldDefinitionView),
    access: (d: DefinitionNode) => d._data.access,
    capabilities: (d: DefinitionNode) => d._data.capabilities,
    metaobjectsCount: (d: DefinitionNode, _args, ctx) =>
      ctx.metadata.metaobjects().filter((m) => m.type === d._data.type).length,
    metaobjects: (d: DefinitionNode, args: ConnectionArgs, ctx) => listMetaobjects(ctx, d._data.type, args),
  },
};
