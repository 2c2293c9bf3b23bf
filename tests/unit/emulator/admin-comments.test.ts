/**
 * Comments: created through Admin REST (the only API that can), moderated through Admin GraphQL,
 * visible on the Storefront API only once published.
 */
import {describe, expect, it} from 'vitest';
import {adminGql, adminToken, makeAdminEmulator, postComment, READER_COMMENT, storefrontComments} from './admin-helpers';

const COMMENT_FIELDS = 'id status body bodyHtml isPublished publishedAt ip author { name email } article { handle title }';

async function setPolicy(emu: ReturnType<typeof makeAdminEmulator>, token: string, blogId: number, policy: string) {
  const {body} = await adminGql(
    emu,
    token,
    `mutation($id: ID!, $policy: CommentPolicy!) { blogUpdate(id: $id, blog: {commentPolicy: $policy}) { blog { commentPolicy } userErrors { field message } } }`,
    {id: `gid://shopify/Blog/${blogId}`, policy},
  );
  expect(body.data.blogUpdate).toEqual({blog: {commentPolicy: policy}, userErrors: []});
}

describe('Admin REST comments.json', () => {
  it('answers a new comment as pending, then holds it as unapproved on a moderated blog, off the storefront', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const {status, body} = await postComment(emu, token, READER_COMMENT);
    expect(status).toBe(201);
    expect(body.comment).toMatchObject({
      body: READER_COMMENT.body,
      author: 'Riley Reader',
      email: 'riley@example.com',
      status: 'pending',
      article_id: 5001,
      blog_id: 4001,
      ip: '203.0.113.9',
      published_at: null,
      user_agent: null,
    });
    // The body is plain text: its HTML is escaped, never passed through.
    expect(body.comment!.body_html).toBe('<p>Does this help with &lt;b&gt;calf&lt;/b&gt; cramps?</p>\n<p>Thanks!</p>');
    expect(Object.keys(body.comment!).sort()).toEqual(
      ['article_id', 'author', 'blog_id', 'body', 'body_html', 'created_at', 'email', 'id', 'ip', 'published_at', 'status', 'updated_at', 'user_agent'].sort(),
    );

    const id = `gid://shopify/Comment/${body.comment!.id}`;
    const {body: read} = await adminGql(emu, token, `query($id: ID!) { comment(id: $id) { ${COMMENT_FIELDS} } }`, {id});
    expect(read.data.comment).toMatchObject({status: 'UNAPPROVED', isPublished: false, publishedAt: null, article: {handle: 'what-is-dry-needling'}});
    expect(await storefrontComments(emu)).not.toContain(id);
  });

  it('publishes at once on an AUTO_PUBLISHED blog', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    await setPolicy(emu, token, 4001, 'AUTO_PUBLISHED');
    const {status, body} = await postComment(emu, token, READER_COMMENT);
    expect(status).toBe(201);
    expect(body.comment!.status).toBe('pending');
    const id = `gid://shopify/Comment/${body.comment!.id}`;
    expect(await storefrontComments(emu)).toContain(id);
    const {body: read} = await adminGql(emu, token, `query($id: ID!) { comment(id: $id) { status isPublished } }`, {id});
    expect(read.data.comment).toEqual({status: 'PUBLISHED', isPublished: true});
  });

  it('refuses comments on a CLOSED blog, blank bodies, bad emails, unknown articles and missing tokens', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);

    // Blog 4002 "stories" is CLOSED in the fixture; article 5005 belongs to it.
    const closed = await postComment(emu, token, {...READER_COMMENT, blog_id: 4002, article_id: 5005});
    expect(closed.status).toBe(422);
    expect(closed.body.errors).toEqual({base: ['Comments are closed for this blog']});

    const blank = await postComment(emu, token, {...READER_COMMENT, body: '   '});
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({errors: {body: ["can't be blank"]}});

    const email = await postComment(emu, token, {...READER_COMMENT, email: 'not-an-email'});
    expect(email.status).toBe(422);
    expect(email.body).toEqual({errors: {email: ['is invalid']}});

    expect((await postComment(emu, token, {...READER_COMMENT, article_id: 999999})).status).toBe(404);
    expect((await postComment(emu, token, {...READER_COMMENT, blog_id: 4002})).status).toBe(404);

    const anonymous = await postComment(emu, null, READER_COMMENT);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({errors: '[API] Invalid API key or access token (unrecognized login or wrong password)'});

    const {body} = await adminGql(emu, token, '{ comments(first: 50, query: "author:Riley") { nodes { id } } all: comments(first: 50) { nodes { id } } }');
    expect(body.data.all.nodes).toHaveLength(4); // the fixture's four seed comments, nothing added
  });
});

describe('Admin GraphQL comment moderation', () => {
  it('moves a comment through Shopify’s statuses and shows it on the storefront only while published', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const created = await postComment(emu, token, READER_COMMENT);
    const id = `gid://shopify/Comment/${created.body.comment!.id}`;
    const run = async (mutation: string) => {
      const {body} = await adminGql(
        emu,
        token,
        `mutation($id: ID!) { ${mutation}(id: $id) { comment { id status isPublished } userErrors { field message code } } }`,
        {id},
      );
      expect(body.errors).toBeUndefined();
      return body.data[mutation];
    };

    expect(await run('commentApprove')).toEqual({comment: {id, status: 'PUBLISHED', isPublished: true}, userErrors: []});
    expect(await storefrontComments(emu)).toContain(id);
    const {body: sf} = await emu.gql(`query($id: ID!) { node(id: $id) { ... on Comment { contentHtml author { name } } } }`, {id});
    expect(sf.data.node).toEqual({contentHtml: '<p>Does this help with &lt;b&gt;calf&lt;/b&gt; cramps?</p>\n<p>Thanks!</p>', author: {name: 'Riley Reader'}});

    expect(await run('commentSpam')).toEqual({comment: {id, status: 'SPAM', isPublished: false}, userErrors: []});
    expect(await storefrontComments(emu)).not.toContain(id);

    expect(await run('commentNotSpam')).toEqual({comment: {id, status: 'UNAPPROVED', isPublished: false}, userErrors: []});
    expect(await run('commentApprove')).toMatchObject({comment: {status: 'PUBLISHED'}});

    const {body: deleted} = await adminGql(emu, token, `mutation($id: ID!) { commentDelete(id: $id) { deletedCommentId userErrors { code } } }`, {id});
    expect(deleted.data.commentDelete).toEqual({deletedCommentId: id, userErrors: []});
    expect(await storefrontComments(emu)).not.toContain(id);
    const {body: gone} = await adminGql(emu, token, `query($id: ID!) { comment(id: $id) { status } }`, {id});
    expect(gone.data.comment).toEqual({status: 'REMOVED'});
    expect(await run('commentApprove')).toEqual({comment: null, userErrors: [{field: ['id'], message: 'Comment does not exist', code: 'NOT_FOUND'}]});
  });

  it('filters comments by status and article, and paginates', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const {body} = await adminGql(
      emu,
      token,
      `{
        pending: comments(first: 10, query: "status:pending") { nodes { id status } }
        published: comments(first: 10, query: "status:published article_id:5001") { nodes { id } }
        otherArticle: comments(first: 10, query: "article_id:5002") { nodes { id } }
        page: comments(first: 2, sortKey: CREATED_AT, reverse: true) { nodes { id } pageInfo { hasNextPage } }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.pending.nodes).toEqual([{id: 'gid://shopify/Comment/7003', status: 'PENDING'}]);
    expect(body.data.published.nodes.map((n: {id: string}) => n.id)).toEqual(['gid://shopify/Comment/7001', 'gid://shopify/Comment/7004']);
    expect(body.data.otherArticle.nodes).toEqual([]);
    expect(body.data.page).toEqual({nodes: [{id: 'gid://shopify/Comment/7004'}, {id: 'gid://shopify/Comment/7003'}], pageInfo: {hasNextPage: true}});
  });

  it('validates documents against the Admin schema with Shopify-shaped errors', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const {status, body} = await adminGql(emu, token, '{ comments(first: 1) { nodes { rating } } }');
    expect(status).toBe(200);
    expect(body.errors[0]).toMatchObject({
      message: "Field 'rating' doesn't exist on type 'Comment'",
      extensions: {code: 'undefinedField'},
    });
    const {body: noWindow} = await adminGql(emu, token, '{ comments { nodes { id } } }');
    expect(noWindow.errors[0].message).toBe('you must provide one of first or last');
  });
});

describe('the app’s comment code against the emulator', () => {
  it('submits a reader’s comment to moderation, reads the policy, and is told no on a closed blog', async () => {
    const {clearAdminTokenCache, createAdminClient} = await import('~/lib/admin/admin-client.server');
    const {getCommentPolicy, submitComment} = await import('~/lib/comments/submit-comment.server');
    clearAdminTokenCache();
    const emu = makeAdminEmulator();
    const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => emu.fetch(String(input), init)) as typeof fetch;
    const {CLIENT_ID, CLIENT_SECRET, ORIGIN} = await import('./admin-helpers');
    const admin = createAdminClient({origin: ORIGIN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, apiVersion: '2025-07'}, {fetchImpl});
    const values = {name: 'Riley Reader', email: 'riley@example.com', body: 'Very useful, thank you.'};

    await expect(getCommentPolicy(admin, 'gid://shopify/Blog/4001')).resolves.toBe('MODERATED');
    await expect(
      submitComment(admin, {blogId: 'gid://shopify/Blog/4001', articleId: 'gid://shopify/Article/5001', values, ip: '203.0.113.9'}),
    ).resolves.toEqual({ok: true, status: 'pending'});
    await expect(
      submitComment(admin, {blogId: 'gid://shopify/Blog/4002', articleId: 'gid://shopify/Article/5005', values, ip: 'unknown'}),
    ).resolves.toEqual({ok: false, reason: 'rejected'});

    const token = await adminToken(emu);
    const {body} = await adminGql(emu, token, '{ comments(first: 5, query: "status:unapproved") { nodes { author { name } ip } } }');
    expect(body.data.comments.nodes).toEqual([{author: {name: 'Riley Reader'}, ip: '203.0.113.9'}]);
  });
});
