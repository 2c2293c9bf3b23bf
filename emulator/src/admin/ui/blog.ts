import {BANNER_TYPE} from './banners';
import type {UiAdminClient} from './client';
import {esc, option, page} from './html';
import {fieldMap, METAOBJECT_FIELDS, type MetaobjectRow} from './metaobject-forms';

/** Where the storefront finds promos: an article's own, else its blog's default. */
export const ARTICLE_PROMO = {namespace: 'custom', key: 'promo_banner'} as const;
export const BLOG_DEFAULT_PROMO = {namespace: 'custom', key: 'default_promo_banner'} as const;

const POLICIES = [
  ['MODERATED', 'Comments are held for review', 'Readers can comment; you approve each comment before it appears.'],
  ['AUTO_PUBLISHED', 'Comments are published at once', 'Readers can comment; comments appear without review (you can still remove them).'],
  ['CLOSED', 'Comments are closed', 'The comment form is hidden and new comments are refused.'],
] as const;

interface BlogRow {
  id: string;
  handle: string;
  title: string;
  commentPolicy: string;
  defaultPromo: {value: string} | null;
  articles: {nodes: {id: string; handle: string; title: string; promo: {value: string} | null}[]};
}

const QUERY = `
  query AdminUiBlogs {
    blogs(first: 20) {
      nodes {
        id handle title commentPolicy
        defaultPromo: metafield(namespace: "${BLOG_DEFAULT_PROMO.namespace}", key: "${BLOG_DEFAULT_PROMO.key}") { value }
        articles(first: 250, sortKey: PUBLISHED_AT, reverse: true) {
          nodes { id handle title promo: metafield(namespace: "${ARTICLE_PROMO.namespace}", key: "${ARTICLE_PROMO.key}") { value } }
        }
      }
    }
    banners: metaobjects(type: "${BANNER_TYPE}", first: 250) { nodes { ${METAOBJECT_FIELDS} } }
  }
`;

const BLOG_UPDATE = `
  mutation AdminUiBlogUpdate($id: ID!, $blog: BlogUpdateInput!) {
    blogUpdate(id: $id, blog: $blog) { blog { id commentPolicy } userErrors { field message code } }
  }
`;

const METAFIELDS_SET = `
  mutation AdminUiPromoSet($metafields: [MetafieldsSetInput!]!) {
    metafieldsSet(metafields: $metafields) { metafields { id } userErrors { field message code } }
  }
`;

const METAFIELDS_DELETE = `
  mutation AdminUiPromoDelete($metafields: [MetafieldIdentifierInput!]!) {
    metafieldsDelete(metafields: $metafields) { deletedMetafields { key } userErrors { field message } }
  }
`;

const numeric = (gid: string) => gid.split('/').pop() ?? '';

function promoOptions(banners: MetaobjectRow[], selected: string | undefined): string {
  const label = (m: MetaobjectRow) => {
    const f = fieldMap(m);
    const status = m.capabilities.publishable?.status === 'DRAFT' ? ' (draft)' : '';
    return `${f.heading || m.displayName} — ${f.placement ?? 'no placement'}${status}`;
  };
  return option('', '— None —', !selected) + banners.map((m) => option(m.id, label(m), m.id === selected)).join('');
}

export async function renderBlogSettings(
  client: UiAdminClient,
  shopName: string,
  notice: string | null,
  errors: string[] = [],
): Promise<Response> {
  const data = await client.graphql<{blogs: {nodes: BlogRow[]}; banners: {nodes: MetaobjectRow[]}}>(QUERY);
  const articleBanners = data.banners.nodes.filter((m) => ['article_top', 'article_inline'].includes(fieldMap(m).placement ?? ''));
  const sections = data.blogs.nodes
    .map((b) => {
      const id = numeric(b.id);
      const policies = POLICIES.map(
        ([value, label, hint]) =>
          `<label class="choice"><input type="radio" name="commentPolicy" value="${value}"${b.commentPolicy === value ? ' checked' : ''}> <span><strong>${esc(label)}</strong> <span class="note">${esc(hint)}</span></span></label>`,
      ).join('');
      const articleRows = b.articles.nodes
        .map(
          (a) => `<tr><td>${esc(a.title)}<span class="sub">${esc(a.handle)}</span></td>
<td><label class="sr-only" for="promo_${esc(numeric(a.id))}">Promo for “${esc(a.title)}”</label><select id="promo_${esc(numeric(a.id))}" name="promo_${esc(numeric(a.id))}">${promoOptions(articleBanners, a.promo?.value)}</select></td></tr>`,
        )
        .join('');
      return `<section class="card" aria-labelledby="blog-${esc(id)}">
<h2 id="blog-${esc(id)}">${esc(b.title)} <span class="note">/blogs/${esc(b.handle)}</span></h2>
<form method="post" action="/admin/blog/${esc(id)}/policy" class="stack">
<fieldset><legend>Comments</legend>${policies}</fieldset>
<div class="actions"><button type="submit" class="primary">Save comment setting</button></div>
</form>
<form method="post" action="/admin/blog/${esc(id)}/promos" class="stack" style="margin-top:1.5rem;max-width:none">
<div><label for="default_${esc(id)}">Default article promo</label>
<select id="default_${esc(id)}" name="default">${promoOptions(articleBanners, b.defaultPromo?.value)}</select>
<p class="hint">Shown on articles of this blog that have no promo of their own (blog metafield <code>${BLOG_DEFAULT_PROMO.namespace}.${BLOG_DEFAULT_PROMO.key}</code>).</p></div>
<table><thead><tr><th>Article</th><th>Article promo (metafield <code>${ARTICLE_PROMO.namespace}.${ARTICLE_PROMO.key}</code>)</th></tr></thead><tbody>${articleRows}</tbody></table>
<div class="actions"><button type="submit" class="primary">Save promos</button></div>
</form>
</section>`;
    })
    .join('');
  return page({
    title: 'Blog settings',
    section: 'blog',
    shopName,
    notice,
    errors,
    body: `<h1>Blog settings</h1><p class="lead">Comment policy (Admin <code>blogUpdate</code>) and which promo banner each article shows (metafields).</p>${sections || '<p class="empty">No blogs.</p>'}`,
  });
}

export async function savePolicy(client: UiAdminClient, blogId: string, policy: string): Promise<string[]> {
  if (!POLICIES.some(([p]) => p === policy)) return ['Choose a comment setting.'];
  const data = await client.graphql<{blogUpdate: {userErrors: {message: string}[]}}>(BLOG_UPDATE, {
    id: `gid://shopify/Blog/${blogId}`,
    blog: {commentPolicy: policy},
  });
  return data.blogUpdate.userErrors.map((e) => e.message);
}

/** Sets or clears the blog's default promo and every article promo that changed. */
export async function savePromos(client: UiAdminClient, blogId: string, form: FormData): Promise<string[]> {
  const data = await client.graphql<{blogs: {nodes: BlogRow[]}; banners: {nodes: MetaobjectRow[]}}>(QUERY);
  const blog = data.blogs.nodes.find((b) => numeric(b.id) === blogId);
  if (!blog) return ['Blog not found.'];
  const set: {ownerId: string; namespace: string; key: string; type: string; value: string}[] = [];
  const remove: {ownerId: string; namespace: string; key: string}[] = [];
  const change = (ownerId: string, current: string | undefined, wanted: string, target: {namespace: string; key: string}) => {
    if ((current ?? '') === wanted) return;
    if (wanted) set.push({ownerId, ...target, type: 'metaobject_reference', value: wanted});
    else remove.push({ownerId, ...target});
  };
  const value = (key: string) => {
    const v = form.get(key);
    return typeof v === 'string' ? v : '';
  };
  change(blog.id, blog.defaultPromo?.value, value('default'), BLOG_DEFAULT_PROMO);
  for (const a of blog.articles.nodes) {
    if (form.has(`promo_${numeric(a.id)}`)) change(a.id, a.promo?.value, value(`promo_${numeric(a.id)}`), ARTICLE_PROMO);
  }
  const errors: string[] = [];
  for (let i = 0; i < set.length; i += 25) {
    const result = await client.graphql<{metafieldsSet: {userErrors: {message: string}[]}}>(METAFIELDS_SET, {metafields: set.slice(i, i + 25)});
    errors.push(...result.metafieldsSet.userErrors.map((e) => e.message));
  }
  if (remove.length && !errors.length) {
    const result = await client.graphql<{metafieldsDelete: {userErrors: {message: string}[]}}>(METAFIELDS_DELETE, {metafields: remove});
    errors.push(...result.metafieldsDelete.userErrors.map((e) => e.message));
  }
  return errors;
}
