/** Shared pieces for the metaobject editors (promo banners, home page). */
import type {UiAdminClient} from './client';
import {esc, option} from './html';

export interface FieldDefinitionRow {
  key: string;
  name: string;
  required: boolean;
  type: {name: string};
  validations: {name: string; value: string | null}[];
}

export interface MetaobjectRow {
  id: string;
  handle: string;
  displayName: string;
  updatedAt: string;
  capabilities: {publishable: {status: 'ACTIVE' | 'DRAFT'} | null};
  fields: {key: string; value: string | null; type: string}[];
}

export const METAOBJECT_FIELDS = `id handle displayName updatedAt capabilities { publishable { status } } fields { key value type }`;

export interface Pickers {
  products: {id: string; title: string}[];
  collections: {id: string; title: string}[];
  pages: {id: string; title: string}[];
  files: {id: string; alt: string | null; image: {url: string} | null}[];
  articles: {handle: string; title: string}[];
}

export const PICKERS_QUERY = `
  products(first: 100, sortKey: TITLE) { nodes { id title } }
  collections(first: 100, sortKey: TITLE) { nodes { id title } }
  pages(first: 100, sortKey: TITLE) { nodes { id title } }
  files(first: 100) { nodes { id alt ... on MediaImage { image { url } } } }
  articles(first: 100, sortKey: PUBLISHED_AT, reverse: true) { nodes { handle title } }
`;

export function pickersFrom(data: Record<string, {nodes: unknown[]}>): Pickers {
  return {
    products: data.products!.nodes as Pickers['products'],
    collections: data.collections!.nodes as Pickers['collections'],
    pages: data.pages!.nodes as Pickers['pages'],
    files: data.files!.nodes as Pickers['files'],
    articles: data.articles!.nodes as Pickers['articles'],
  };
}

export function fieldMap(m: MetaobjectRow | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of m?.fields ?? []) if (f.value != null) out[f.key] = f.value;
  return out;
}

export function choicesOf(definition: FieldDefinitionRow[], key: string): string[] {
  const raw = definition.find((f) => f.key === key)?.validations.find((v) => v.name === 'choices')?.value;
  try {
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

export function labelFor(definition: FieldDefinitionRow[], key: string): string {
  const fd = definition.find((f) => f.key === key);
  const name = fd?.name ?? key;
  return `${esc(name)}${fd?.required ? '' : ' <span class="opt">(optional)</span>'}`;
}

export function select(
  name: string,
  items: {value: string; label: string}[],
  selected: string | undefined,
  emptyLabel: string | null = '— None —',
): string {
  return `<select id="${esc(name)}" name="${esc(name)}">${
    emptyLabel != null ? option('', emptyLabel, !selected) : ''
  }${items.map((i) => option(i.value, i.label, i.value === selected)).join('')}</select>`;
}

export function fileSelect(name: string, pickers: Pickers, selected: string | undefined): string {
  return select(
    name,
    pickers.files.map((f) => ({value: f.id, label: f.alt ? `${f.alt.slice(0, 70)}${f.alt.length > 70 ? '…' : ''}` : f.id})),
    selected,
  );
}

export function statusFieldset(status: 'ACTIVE' | 'DRAFT'): string {
  return `<fieldset><legend>Visibility</legend>
<label class="choice"><input type="radio" name="status" value="ACTIVE"${status === 'ACTIVE' ? ' checked' : ''}> Active — visible on the storefront</label>
<label class="choice"><input type="radio" name="status" value="DRAFT"${status === 'DRAFT' ? ' checked' : ''}> Draft — hidden from the storefront</label>
</fieldset>`;
}

export const UPSERT_MUTATION = `
  mutation AdminUiUpsert($handle: MetaobjectHandleInput!, $metaobject: MetaobjectUpsertInput!) {
    metaobjectUpsert(handle: $handle, metaobject: $metaobject) {
      metaobject { id handle }
      userErrors { field message code elementKey }
    }
  }
`;

export interface UpsertError {
  message: string;
  elementKey?: string | null;
}

/** Upserts an entry; returns readable error messages (field name first) or []. */
export async function upsert(
  client: UiAdminClient,
  type: string,
  handle: string,
  fields: {key: string; value: string}[],
  status: 'ACTIVE' | 'DRAFT',
  definition: FieldDefinitionRow[],
): Promise<string[]> {
  const data = await client.graphql<{metaobjectUpsert: {userErrors: UpsertError[]}}>(UPSERT_MUTATION, {
    handle: {type, handle},
    metaobject: {fields, capabilities: {publishable: {status}}},
  });
  return data.metaobjectUpsert.userErrors.map((e) => {
    const name = definition.find((f) => f.key === e.elementKey)?.name;
    return name && !e.message.startsWith(name) ? `${name}: ${e.message}` : e.message;
  });
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 50)
    .replace(/^-|-$/g, '');
}
