import type {UiAdminClient} from './client';
import {badge, esc, formatDate, fromDateTimeLocal, option, page, toDateTimeLocal} from './html';
import {
  choicesOf,
  fieldMap,
  fileSelect,
  labelFor,
  METAOBJECT_FIELDS,
  pickersFrom,
  PICKERS_QUERY,
  select,
  slugify,
  statusFieldset,
  upsert,
  type FieldDefinitionRow,
  type MetaobjectRow,
  type Pickers,
} from './metaobject-forms';

export const BANNER_TYPE = 'promo_banner';

const LINK_KEYS = {product: 'link_product', collection: 'link_collection', page: 'link_page', url: 'link_url'} as const;
type LinkType = keyof typeof LINK_KEYS | 'none';

const LIST_QUERY = `
  query AdminUiBanners {
    metaobjects(type: "${BANNER_TYPE}", first: 100, sortKey: "updated_at", reverse: true) {
      nodes { ${METAOBJECT_FIELDS} }
    }
    products(first: 250) { nodes { id title } }
    collections(first: 250) { nodes { id title } }
    pages(first: 250) { nodes { id title } }
  }
`;

const FORM_QUERY = `
  query AdminUiBannerForm($handle: String!, $withEntry: Boolean!) {
    definition: metaobjectDefinitionByType(type: "${BANNER_TYPE}") {
      fieldDefinitions { key name required type { name } validations { name value } }
    }
    entry: metaobjectByHandle(handle: {type: "${BANNER_TYPE}", handle: $handle}) @include(if: $withEntry) { ${METAOBJECT_FIELDS} }
    ${PICKERS_QUERY}
  }
`;

const DELETE_MUTATION = `
  mutation AdminUiBannerDelete($id: ID!) { metaobjectDelete(id: $id) { deletedId userErrors { field message code } } }
`;

/** Live / Scheduled / Ended / Draft, judged against `now` the way the storefront must (it filters dates itself). */
export function scheduleState(status: string | undefined, startsAt?: string, endsAt?: string, now = Date.now()): string {
  if (status !== 'ACTIVE') return 'draft';
  if (startsAt && Date.parse(startsAt) > now) return 'scheduled';
  if (endsAt && Date.parse(endsAt) <= now) return 'ended';
  return 'live';
}

function linkSummary(f: Record<string, string>, pickers?: Pick<Pickers, 'products' | 'collections' | 'pages'>): string {
  const find = (list: {id: string; title: string}[] | undefined, id: string) => list?.find((x) => x.id === id)?.title ?? id;
  if (f.link_product) return `Product: ${find(pickers?.products, f.link_product)}`;
  if (f.link_collection) return `Collection: ${find(pickers?.collections, f.link_collection)}`;
  if (f.link_page) return `Page: ${find(pickers?.pages, f.link_page)}`;
  if (f.link_url) return f.link_url;
  return '—';
}

export async function renderBannerList(client: UiAdminClient, shopName: string, notice: string | null): Promise<Response> {
  const data = await client.graphql<
    {metaobjects: {nodes: MetaobjectRow[]}} & Record<'products' | 'collections' | 'pages', {nodes: {id: string; title: string}[]}>
  >(LIST_QUERY);
  const titles = {products: data.products.nodes, collections: data.collections.nodes, pages: data.pages.nodes};
  const rows = data.metaobjects.nodes
    .map((m) => {
      const f = fieldMap(m);
      const status = m.capabilities.publishable?.status ?? 'ACTIVE';
      const state = scheduleState(status, f.starts_at, f.ends_at);
      return `<tr>
  <td><a href="/admin/banners/${encodeURIComponent(m.handle)}"><strong>${esc(f.heading || m.displayName)}</strong></a>
    <span class="sub">${esc((f.message ?? '').slice(0, 120))}${(f.message ?? '').length > 120 ? '…' : ''}</span>
    <span class="sub">Link: ${esc(linkSummary(f, titles))}</span></td>
  <td>${esc(f.placement ?? '')}</td>
  <td class="nowrap">${f.style ? `<span class="swatch ${esc(f.style)}"></span>${esc(f.style)}` : ''}</td>
  <td class="nowrap">${badge(status.toLowerCase(), status === 'ACTIVE' ? 'Active' : 'Draft')} ${state !== 'draft' ? badge(state) : ''}</td>
  <td>${esc(formatDate(f.starts_at)) || '<span class="sub">any time</span>'}<span class="sub">${f.ends_at ? `until ${esc(formatDate(f.ends_at))}` : 'no end'}</span></td>
  <td><span class="sub">${esc(formatDate(m.updatedAt))}</span></td>
</tr>`;
    })
    .join('');
  return page({
    title: 'Promo banners',
    section: 'banners',
    shopName,
    notice,
    body: `<div class="toolbar"><div><h1>Promo banners</h1>
<p class="lead">Entries of the <code>${BANNER_TYPE}</code> metaobject. Only active ones reach the storefront, which shows each within its start and end dates.</p></div>
<a class="button primary" href="/admin/banners/new">New banner</a></div>
${
  rows
    ? `<table><thead><tr><th>Banner</th><th>Placement</th><th>Style</th><th>Status</th><th>Schedule</th><th>Updated</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p class="empty">No promo banners yet.</p>'
}`,
  });
}

interface FormState {
  handle: string;
  isNew: boolean;
  values: Record<string, string>;
  status: 'ACTIVE' | 'DRAFT';
  id?: string;
}

function linkTypeOf(values: Record<string, string>): LinkType {
  if (values.link_type) return values.link_type as LinkType;
  for (const [type, key] of Object.entries(LINK_KEYS)) if (values[key]) return type as LinkType;
  return 'none';
}

function bannerForm(definition: FieldDefinitionRow[], pickers: Pickers, state: FormState): string {
  const v = state.values;
  const linkType = linkTypeOf(v);
  const text = (key: string, hint = '') =>
    `<div><label for="${key}">${labelFor(definition, key)}</label><input type="text" id="${key}" name="${key}" value="${esc(v[key] ?? '')}">${hint ? `<p class="hint">${hint}</p>` : ''}</div>`;
  const choice = (key: string) =>
    `<div><label for="${key}">${labelFor(definition, key)}</label>${select(
      key,
      choicesOf(definition, key).map((c) => ({value: c, label: c})),
      v[key],
      definition.find((f) => f.key === key)?.required ? null : '— None —',
    )}</div>`;
  const linkPane = (type: LinkType, inner: string) =>
    `<div data-link-pane="${type}"${type === linkType ? '' : ' hidden'}>${inner}</div>`;
  const refSelect = (key: string, items: {id: string; title: string}[]) =>
    `<label for="${key}">${labelFor(definition, key)}</label>${select(key, items.map((i) => ({value: i.id, label: i.title})), v[key])}`;
  return `<form class="stack" method="post" action="${state.isNew ? '/admin/banners' : `/admin/banners/${encodeURIComponent(state.handle)}`}">
${
  state.isNew
    ? `<div><label for="handle">Handle <span class="opt">(optional)</span></label><input type="text" id="handle" name="handle" value="${esc(state.handle)}" pattern="[a-z0-9][a-z0-9_\\-]*"><p class="hint">Lower-case letters, digits and hyphens. Left empty, it is made from the heading.</p></div>`
    : `<p class="note">Handle: <code>${esc(state.handle)}</code></p>`
}
${text('heading')}
<div><label for="message">${labelFor(definition, 'message')}</label><textarea id="message" name="message" required>${esc(v.message ?? '')}</textarea></div>
${text('cta_label', 'The button text, e.g. “See the program”.')}
<fieldset><legend>Link</legend>
<div><label for="link_type">Links to</label><select id="link_type" name="link_type">
${option('none', 'Nothing', linkType === 'none')}${option('product', 'A product', linkType === 'product')}${option('collection', 'A collection', linkType === 'collection')}${option('page', 'A page', linkType === 'page')}${option('url', 'A web address', linkType === 'url')}
</select></div>
${linkPane('product', refSelect('link_product', pickers.products))}
${linkPane('collection', refSelect('link_collection', pickers.collections))}
${linkPane('page', refSelect('link_page', pickers.pages))}
${linkPane('url', `<label for="link_url">${labelFor(definition, 'link_url')}</label><input type="url" id="link_url" name="link_url" value="${esc(v.link_url ?? '')}" placeholder="https://"><p class="hint">A full address (https://…). Shopify's URL fields need a scheme.</p>`)}
</fieldset>
<div class="grid2">${choice('placement')}${choice('style')}</div>
<div class="grid2">
<div><label for="starts_at">${labelFor(definition, 'starts_at')}</label><input type="datetime-local" id="starts_at" name="starts_at" value="${esc(toDateTimeLocal(v.starts_at) || v.starts_at_raw || '')}"><p class="hint">UTC. Empty: shown as soon as it is active.</p></div>
<div><label for="ends_at">${labelFor(definition, 'ends_at')}</label><input type="datetime-local" id="ends_at" name="ends_at" value="${esc(toDateTimeLocal(v.ends_at) || v.ends_at_raw || '')}"><p class="hint">UTC. Empty: no end date.</p></div>
</div>
<div><label for="image">${labelFor(definition, 'image')}</label>${fileSelect('image', pickers, v.image)}</div>
<label class="choice"><input type="checkbox" name="dismissible" value="true"${v.dismissible === 'true' ? ' checked' : ''}> Readers can dismiss this banner</label>
${statusFieldset(state.status)}
<div class="actions"><button type="submit" class="primary">${state.isNew ? 'Create banner' : 'Save banner'}</button><a class="button" href="/admin/banners">Cancel</a></div>
</form>
${
  state.isNew || !state.id
    ? ''
    : `<hr style="border:0;border-top:1px solid var(--line);margin:2rem 0 1rem"><form method="post" action="/admin/banners/${encodeURIComponent(state.handle)}/delete" onsubmit="return confirm('Delete this banner?')"><input type="hidden" name="id" value="${esc(state.id)}"><button type="submit" class="danger">Delete banner</button></form>`
}
<script>
(function(){var s=document.getElementById('link_type');if(!s)return;function u(){document.querySelectorAll('[data-link-pane]').forEach(function(p){p.hidden=p.getAttribute('data-link-pane')!==s.value;});}s.addEventListener('change',u);u();})();
</script>`;
}

async function loadForm(client: UiAdminClient, handle: string | null) {
  const data = await client.graphql<
    {definition: {fieldDefinitions: FieldDefinitionRow[]} | null; entry?: MetaobjectRow | null} & Record<string, {nodes: unknown[]}>
  >(FORM_QUERY, {handle: handle ?? '', withEntry: handle != null});
  return {definition: data.definition?.fieldDefinitions ?? null, entry: data.entry ?? null, pickers: pickersFrom(data)};
}

export async function renderBannerForm(
  client: UiAdminClient,
  shopName: string,
  handle: string | null,
  override?: {values: Record<string, string>; status: 'ACTIVE' | 'DRAFT'; errors: string[]},
): Promise<Response> {
  const {definition, entry, pickers} = await loadForm(client, handle);
  if (!definition) {
    return page({title: 'Promo banners', section: 'banners', shopName, status: 404, body: `<h1>Promo banners</h1><p class="empty">There is no <code>${BANNER_TYPE}</code> metaobject definition. Add it to emulator/content/metaobjects.json.</p>`});
  }
  if (handle != null && !entry) {
    return page({title: 'Banner not found', section: 'banners', shopName, status: 404, body: `<h1>Banner not found</h1><p><a href="/admin/banners">Back to promo banners</a></p>`});
  }
  const state: FormState = {
    handle: handle ?? override?.values.handle ?? '',
    isNew: handle == null,
    values: override?.values ?? fieldMap(entry),
    status: override?.status ?? entry?.capabilities.publishable?.status ?? 'DRAFT',
    id: entry?.id,
  };
  const f = fieldMap(entry);
  const title = handle == null ? 'New promo banner' : f.heading || entry!.displayName;
  return page({
    title,
    section: 'banners',
    shopName,
    status: override?.errors.length ? 422 : 200,
    errors: override?.errors,
    body: `<p class="note"><a href="/admin/banners">← Promo banners</a></p><h1>${esc(title)}</h1>
${entry ? `<p class="lead">Currently ${esc((entry.capabilities.publishable?.status ?? 'ACTIVE').toLowerCase())} · last saved ${esc(formatDate(entry.updatedAt))} · links to ${esc(linkSummary(f, pickers))}</p>` : '<p class="lead">New banners start as drafts unless you make them active.</p>'}
${bannerForm(definition, pickers, state)}`,
  });
}

/** Saves the banner form through metaobjectUpsert; returns errors (empty on success). */
export async function saveBanner(
  client: UiAdminClient,
  handleParam: string | null,
  form: FormData,
): Promise<{handle: string; errors: string[]; values: Record<string, string>; status: 'ACTIVE' | 'DRAFT'}> {
  const get = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  const status = get('status') === 'ACTIVE' ? 'ACTIVE' : 'DRAFT';
  const linkType = (get('link_type') || 'none') as LinkType;
  const values: Record<string, string> = {
    handle: get('handle'),
    heading: get('heading'),
    message: get('message'),
    cta_label: get('cta_label'),
    link_type: linkType,
    link_product: get('link_product'),
    link_collection: get('link_collection'),
    link_page: get('link_page'),
    link_url: get('link_url'),
    placement: get('placement'),
    style: get('style'),
    image: get('image'),
    dismissible: get('dismissible') === 'true' ? 'true' : 'false',
    starts_at_raw: get('starts_at'),
    ends_at_raw: get('ends_at'),
  };
  const errors: string[] = [];
  const startsAt = fromDateTimeLocal(values.starts_at_raw!);
  const endsAt = fromDateTimeLocal(values.ends_at_raw!);
  if (startsAt === null) errors.push('Starts at: enter a date and time.');
  if (endsAt === null) errors.push('Ends at: enter a date and time.');
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) errors.push('Ends at must be after starts at.');
  values.starts_at = startsAt ?? '';
  values.ends_at = endsAt ?? '';

  const {definition} = await loadForm(client, null);
  if (!definition) return {handle: '', errors: ['There is no promo_banner definition.'], values, status};

  let handle = handleParam ?? (values.handle || slugify(values.heading || values.message));
  if (!handle) errors.push('Handle: enter a handle or a heading.');
  if (handleParam == null && handle) {
    const exists = await client.graphql<{metaobjectByHandle: {id: string} | null}>(
      `query AdminUiBannerExists($handle: String!) { metaobjectByHandle(handle: {type: "${BANNER_TYPE}", handle: $handle}) { id } }`,
      {handle},
    );
    if (exists.metaobjectByHandle) {
      if (values.handle) errors.push(`Handle: a banner called “${handle}” already exists.`);
      else handle = `${handle}-${Date.now().toString(36)}`;
    }
  }
  if (errors.length) return {handle, errors, values, status};

  // Exactly one link field is kept; the others are cleared (an empty value clears a field).
  const linkKey = linkType === 'none' ? null : LINK_KEYS[linkType];
  const fields = [
    ...['heading', 'message', 'cta_label', 'placement', 'style', 'image', 'dismissible', 'starts_at', 'ends_at'].map((key) => ({
      key,
      value: values[key] ?? '',
    })),
    ...Object.values(LINK_KEYS).map((key) => ({key, value: key === linkKey ? (values[key] ?? '') : ''})),
  ].filter((f) => definition.some((d) => d.key === f.key));
  if (linkKey && !values[linkKey]) errors.push('Link: choose what the banner links to, or “Nothing”.');
  if (errors.length) return {handle, errors, values, status};
  const userErrors = await upsert(client, BANNER_TYPE, handle, fields, status, definition);
  return {handle, errors: userErrors, values, status};
}

export async function deleteBanner(client: UiAdminClient, id: string): Promise<string[]> {
  const data = await client.graphql<{metaobjectDelete: {userErrors: {message: string}[]}}>(DELETE_MUTATION, {id});
  return data.metaobjectDelete.userErrors.map((e) => e.message);
}
