import type {UiAdminClient} from './client';
import {esc, formatDate, page} from './html';
import {
  choicesOf,
  fieldMap,
  fileSelect,
  labelFor,
  METAOBJECT_FIELDS,
  pickersFrom,
  PICKERS_QUERY,
  select,
  statusFieldset,
  upsert,
  type FieldDefinitionRow,
  type MetaobjectRow,
  type Pickers,
} from './metaobject-forms';

export const HOME_TYPE = 'home_page';
export const HOME_HANDLE = 'home';
const FEATURED_SLOTS = 4;

const SECTION_LABELS: Record<string, string> = {
  hero: 'Hero',
  featured_collection: 'Featured collection',
  latest_articles: 'Articles (featured, else latest)',
  newsletter: 'Newsletter sign-up',
};

const HOME_QUERY = `
  query AdminUiHome {
    definition: metaobjectDefinitionByType(type: "${HOME_TYPE}") {
      fieldDefinitions { key name required type { name } validations { name value } }
    }
    entry: metaobjectByHandle(handle: {type: "${HOME_TYPE}", handle: "${HOME_HANDLE}"}) { ${METAOBJECT_FIELDS} }
    ${PICKERS_QUERY}
  }
`;

function parseList(value: string | undefined): string[] {
  try {
    const parsed = value ? (JSON.parse(value) as unknown) : [];
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

function homeForm(definition: FieldDefinitionRow[], pickers: Pickers, values: Record<string, string>, status: 'ACTIVE' | 'DRAFT'): string {
  const text = (key: string, type = 'text', hint = '') =>
    `<div><label for="${key}">${labelFor(definition, key)}</label><input type="${type}" id="${key}" name="${key}" value="${esc(values[key] ?? '')}">${hint ? `<p class="hint">${hint}</p>` : ''}</div>`;
  const featured = parseList(values.featured_articles);
  const slots = Array.from({length: FEATURED_SLOTS}, (_, i) =>
    `<div><label for="featured_${i}">Article ${i + 1}</label>${select(
      `featured_${i}`,
      pickers.articles.map((a) => ({value: a.handle, label: a.title})),
      featured[i],
    )}</div>`,
  ).join('');
  const order = parseList(values.section_order);
  const sections = choicesOf(definition, 'section_order');
  const sectionRows = sections
    .map((s) => {
      const position = order.indexOf(s);
      return `<div class="choice" style="gap:.75rem"><input type="checkbox" id="show_${esc(s)}" name="show_${esc(s)}" value="1"${position >= 0 ? ' checked' : ''}>
<label for="show_${esc(s)}" style="margin:0;font-weight:400;min-width:15rem">${esc(SECTION_LABELS[s] ?? s)}</label>
<label class="note" for="order_${esc(s)}" style="margin:0;font-weight:400">Position</label><input type="number" min="1" max="${sections.length}" id="order_${esc(s)}" name="order_${esc(s)}" value="${position >= 0 ? position + 1 : ''}" style="width:5rem"></div>`;
    })
    .join('');
  return `<form class="stack" method="post" action="/admin/home">
<fieldset><legend>Hero</legend><div class="stack" style="display:grid;gap:1rem">
${text('hero_heading')}
<div><label for="hero_text">${labelFor(definition, 'hero_text')}</label><textarea id="hero_text" name="hero_text">${esc(values.hero_text ?? '')}</textarea></div>
<div><label for="hero_image">${labelFor(definition, 'hero_image')}</label>${fileSelect('hero_image', pickers, values.hero_image)}</div>
<div class="grid2">${text('hero_cta_label')}${text('hero_cta_link', 'url', 'A full address, e.g. https://trailforge.example/collections/start-here.')}</div>
</div></fieldset>
<div><label for="featured_collection">${labelFor(definition, 'featured_collection')}</label>${select(
    'featured_collection',
    pickers.collections.map((c) => ({value: c.id, label: c.title})),
    values.featured_collection,
  )}</div>
<fieldset><legend>Featured articles <span class="opt">(optional; empty shows the latest)</span></legend><div class="grid2">${slots}</div>
<p class="hint">Articles are stored by handle: the 2025-04 Storefront API cannot reference articles.</p></fieldset>
<fieldset><legend>Sections and their order</legend>${sectionRows}</fieldset>
${statusFieldset(status)}
<div class="actions"><button type="submit" class="primary">Save home page</button></div>
</form>`;
}

export async function renderHome(
  client: UiAdminClient,
  shopName: string,
  notice: string | null,
  override?: {values: Record<string, string>; status: 'ACTIVE' | 'DRAFT'; errors: string[]},
): Promise<Response> {
  const data = await client.graphql<
    {definition: {fieldDefinitions: FieldDefinitionRow[]} | null; entry: MetaobjectRow | null} & Record<string, {nodes: unknown[]}>
  >(HOME_QUERY);
  if (!data.definition) {
    return page({title: 'Home page', section: 'home', shopName, status: 404, body: `<h1>Home page</h1><p class="empty">There is no <code>${HOME_TYPE}</code> metaobject definition. Add it to emulator/content/metaobjects.json.</p>`});
  }
  const values = override?.values ?? fieldMap(data.entry);
  const status = override?.status ?? data.entry?.capabilities.publishable?.status ?? 'ACTIVE';
  return page({
    title: 'Home page',
    section: 'home',
    shopName,
    notice,
    status: override?.errors.length ? 422 : 200,
    errors: override?.errors,
    body: `<h1>Home page</h1>
<p class="lead">The <code>${HOME_TYPE}</code> metaobject with handle <code>${HOME_HANDLE}</code>${
      data.entry ? ` · last saved ${esc(formatDate(data.entry.updatedAt))}` : ' · not created yet'
    }.</p>
${homeForm(data.definition.fieldDefinitions, pickersFrom(data), values, status)}`,
  });
}

export async function saveHome(
  client: UiAdminClient,
  form: FormData,
): Promise<{errors: string[]; values: Record<string, string>; status: 'ACTIVE' | 'DRAFT'}> {
  const get = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  const data = await client.graphql<{definition: {fieldDefinitions: FieldDefinitionRow[]} | null}>(
    `query AdminUiHomeDefinition { definition: metaobjectDefinitionByType(type: "${HOME_TYPE}") { fieldDefinitions { key name required type { name } validations { name value } } } }`,
  );
  const definition = data.definition?.fieldDefinitions ?? [];
  const status = get('status') === 'DRAFT' ? 'DRAFT' : 'ACTIVE';
  const featured = Array.from({length: FEATURED_SLOTS}, (_, i) => get(`featured_${i}`)).filter(Boolean);
  const sections = choicesOf(definition, 'section_order')
    .filter((s) => form.get(`show_${s}`) === '1')
    .map((s, i) => ({s, order: Number(get(`order_${s}`)) || 100 + i}))
    .sort((a, b) => a.order - b.order)
    .map((x) => x.s);
  const values: Record<string, string> = {
    hero_heading: get('hero_heading'),
    hero_text: get('hero_text'),
    hero_image: get('hero_image'),
    hero_cta_label: get('hero_cta_label'),
    hero_cta_link: get('hero_cta_link'),
    featured_collection: get('featured_collection'),
    featured_articles: featured.length ? JSON.stringify([...new Set(featured)]) : '',
    section_order: sections.length ? JSON.stringify(sections) : '',
  };
  const fields = Object.entries(values)
    .filter(([key]) => definition.some((d) => d.key === key))
    .map(([key, value]) => ({key, value}));
  const errors = await upsert(client, HOME_TYPE, HOME_HANDLE, fields, status, definition);
  return {errors, values, status};
}
