import type {UiAdminClient, UserError} from './client';
import {actionForm, badge, esc, formatDate, page} from './html';

export const COMMENT_TABS = {
  review: {label: 'Needs review', query: 'status:pending OR status:unapproved'},
  published: {label: 'Published', query: 'status:published'},
  spam: {label: 'Spam', query: 'status:spam'},
  removed: {label: 'Deleted', query: 'status:removed'},
  all: {label: 'All', query: null},
} as const;

export type CommentTab = keyof typeof COMMENT_TABS;

interface CommentRow {
  id: string;
  status: 'PENDING' | 'UNAPPROVED' | 'PUBLISHED' | 'SPAM' | 'REMOVED';
  body: string;
  createdAt: string;
  publishedAt: string | null;
  author: {name: string; email: string};
  article: {title: string; handle: string; blog: {title: string}} | null;
}

const COMMENTS_QUERY = `
  query AdminUiComments($query: String) {
    list: comments(first: 100, query: $query, sortKey: CREATED_AT, reverse: true) {
      nodes {
        id status body createdAt publishedAt
        author { name email }
        article { title handle blog { title } }
      }
    }
    all: comments(first: 250) { nodes { status } }
  }
`;

export const MODERATION_MUTATIONS = {
  approve: `mutation AdminUiApprove($id: ID!) { commentApprove(id: $id) { comment { id status } userErrors { field message code } } }`,
  spam: `mutation AdminUiSpam($id: ID!) { commentSpam(id: $id) { comment { id status } userErrors { field message code } } }`,
  'not-spam': `mutation AdminUiNotSpam($id: ID!) { commentNotSpam(id: $id) { comment { id status } userErrors { field message code } } }`,
  delete: `mutation AdminUiDelete($id: ID!) { commentDelete(id: $id) { deletedCommentId userErrors { field message code } } }`,
} as const;

export type ModerationAction = keyof typeof MODERATION_MUTATIONS;

export const MODERATION_NOTICES: Record<ModerationAction, string> = {
  approve: 'Comment approved: it is now visible on the article.',
  spam: 'Comment marked as spam.',
  'not-spam': 'Comment marked as not spam: it is back in the review queue.',
  delete: 'Comment deleted: it no longer appears on the storefront.',
};

const numeric = (gid: string) => gid.split('/').pop() ?? '';

function tabCounts(statuses: string[]): Record<CommentTab, number> {
  const count = (...s: string[]) => statuses.filter((x) => s.includes(x)).length;
  return {
    review: count('PENDING', 'UNAPPROVED'),
    published: count('PUBLISHED'),
    spam: count('SPAM'),
    removed: count('REMOVED'),
    all: statuses.length,
  };
}

function commentCard(c: CommentRow, tab: CommentTab): string {
  const id = numeric(c.id);
  const back = {tab};
  const actions: string[] = [];
  if (c.status !== 'REMOVED') {
    if (c.status !== 'PUBLISHED') actions.push(actionForm(`/admin/comments/${id}/approve`, 'Approve', 'primary', back));
    if (c.status === 'SPAM') actions.push(actionForm(`/admin/comments/${id}/not-spam`, 'Not spam', '', back));
    else actions.push(actionForm(`/admin/comments/${id}/spam`, 'Mark as spam', '', back));
    actions.push(
      actionForm(`/admin/comments/${id}/delete`, 'Delete', 'danger', back, 'Delete this comment? It cannot be restored.'),
    );
  }
  const statusLabel = c.status === 'UNAPPROVED' ? 'awaiting review' : c.status.toLowerCase();
  return `<article class="card" data-comment-id="${esc(id)}">
  <div class="comment-head">
    <strong>${esc(c.author.name)}</strong>
    <a class="comment-meta" href="mailto:${esc(c.author.email)}">${esc(c.author.email)}</a>
    ${badge(c.status, statusLabel)}
  </div>
  <div class="comment-meta">On <em>${esc(c.article?.title ?? 'an unknown article')}</em>${
    c.article ? ` <span class="note">(${esc(c.article.blog.title)} · ${esc(c.article.handle)})</span>` : ''
  } · ${esc(formatDate(c.createdAt))}${c.publishedAt ? ` · published ${esc(formatDate(c.publishedAt))}` : ''}</div>
  <p class="comment-body">${esc(c.body)}</p>
  ${actions.length ? `<div class="actions">${actions.join('')}</div>` : '<p class="note">Deleted comments cannot be moderated.</p>'}
</article>`;
}

export async function renderComments(
  client: UiAdminClient,
  shopName: string,
  tab: CommentTab,
  notice: string | null,
  errors: string[] = [],
): Promise<Response> {
  const data = await client.graphql<{list: {nodes: CommentRow[]}; all: {nodes: {status: string}[]}}>(
    COMMENTS_QUERY,
    {query: COMMENT_TABS[tab].query},
  );
  const counts = tabCounts(data.all.nodes.map((n) => n.status));
  const tabs = (Object.keys(COMMENT_TABS) as CommentTab[])
    .map(
      (key) =>
        `<li><a href="/admin/comments?status=${key}"${key === tab ? ' aria-current="page"' : ''}>${esc(
          COMMENT_TABS[key].label,
        )}<span class="count">${counts[key]}</span></a></li>`,
    )
    .join('');
  const list = data.list.nodes.length
    ? data.list.nodes.map((c) => commentCard(c, tab)).join('\n')
    : `<p class="empty">No comments here.</p>`;
  return page({
    title: 'Comments',
    section: 'comments',
    shopName,
    notice,
    errors,
    body: `<h1>Comments</h1>
<p class="lead">Readers' comments arrive through the Admin REST API. Approve them to publish them on the article; mark spam to hide them.</p>
<ul class="tabs" aria-label="Filter by status">${tabs}</ul>
<section aria-label="${esc(COMMENT_TABS[tab].label)}">${list}</section>`,
  });
}

export async function moderate(client: UiAdminClient, action: ModerationAction, id: string): Promise<string[]> {
  const data = await client.graphql<Record<string, {userErrors: UserError[]}>>(MODERATION_MUTATIONS[action], {
    id: `gid://shopify/Comment/${id}`,
  });
  return Object.values(data)[0]?.userErrors.map((e) => e.message) ?? [];
}
