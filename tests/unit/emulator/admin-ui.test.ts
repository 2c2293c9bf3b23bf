/**
 * The /admin editors' UI: renders, escapes what readers typed, changes data through the Admin API,
 * and refuses cross-site form posts.
 */
import {describe, expect, it} from 'vitest';
import {adminGql, adminToken, makeAdminEmulator, ORIGIN, postComment, READER_COMMENT, storefrontComments} from './admin-helpers';

const form = (fields: Record<string, string>, origin: string | null = ORIGIN): RequestInit => ({
  method: 'POST',
  headers: {'content-type': 'application/x-www-form-urlencoded', ...(origin ? {origin} : {})},
  body: new URLSearchParams(fields).toString(),
  redirect: 'manual',
});

describe('/admin UI', () => {
  it('lists comments awaiting review with the reader’s text escaped', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    await postComment(emu, token, {...READER_COMMENT, body: 'Nice <script>alert(1)</script> post', author: 'Eve <img src=x>'});
    const response = await emu.fetch('/admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('<h1>Comments</h1>');
    expect(page).toContain('Pending Pat'); // seed comment 7003 is pending
    expect(page).toContain('Nice &lt;script&gt;alert(1)&lt;/script&gt; post');
    expect(page).toContain('Eve &lt;img src=x&gt;');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x>');
    for (const path of ['/admin/banners', '/admin/banners/new', '/admin/banners/spring-sale', '/admin/subscribers', '/admin/blog']) {
      expect((await emu.fetch(path)).status, path).toBe(200);
    }
  });

  it('approves a comment from a form post, which publishes it on the storefront', async () => {
    const emu = makeAdminEmulator();
    expect(await storefrontComments(emu)).not.toContain('gid://shopify/Comment/7003');
    const response = await emu.fetch('/admin/comments/7003/approve', form({tab: 'review'}));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/comments?status=review&done=comment-approve');
    expect(await storefrontComments(emu)).toContain('gid://shopify/Comment/7003');
    const token = await adminToken(emu);
    const {body} = await adminGql(emu, token, '{ comment(id: "gid://shopify/Comment/7003") { status } }');
    expect(body.data.comment.status).toBe('PUBLISHED');
    const after = await (await emu.fetch('/admin/comments?status=review&done=comment-approve')).text();
    expect(after).toContain('Comment approved');
    expect(after).not.toContain('Pending Pat');
  });

  it('refuses posts from another origin or with no origin at all', async () => {
    const emu = makeAdminEmulator();
    expect((await emu.fetch('/admin/comments/7003/approve', form({}, 'https://evil.example'))).status).toBe(403);
    expect((await emu.fetch('/admin/comments/7003/approve', form({}, null))).status).toBe(403);
    const token = await adminToken(emu);
    const {body} = await adminGql(emu, token, '{ comment(id: "gid://shopify/Comment/7003") { status } }');
    expect(body.data.comment.status).toBe('PENDING');
  });

  it('creates a promo banner from the form; it reaches the storefront once active', async () => {
    const emu = makeAdminEmulator();
    const response = await emu.fetch(
      '/admin/banners',
      form({
        handle: 'hill-week',
        heading: 'Hill week',
        message: 'Seven days of hills.',
        link_type: 'product',
        link_product: 'gid://shopify/Product/1001',
        link_url: 'https://ignored.example',
        placement: 'article_top',
        starts_at: '2026-05-01T08:00',
        ends_at: '',
        dismissible: 'true',
        status: 'ACTIVE',
      }),
    );
    expect(response.status).toBe(303);
    const {body} = await emu.gql(`{ metaobject(handle: {type: "promo_banner", handle: "hill-week"}) {
      fields { key value }
      product: field(key: "link_product") { reference { ... on Product { handle } } }
    } }`);
    expect(body.data.metaobject.product.reference).toEqual({handle: 'trail-pack'});
    const fields = Object.fromEntries(body.data.metaobject.fields.map((f: {key: string; value: string}) => [f.key, f.value]));
    expect(fields).toEqual({
      heading: 'Hill week',
      message: 'Seven days of hills.',
      link_product: 'gid://shopify/Product/1001',
      placement: 'article_top',
      starts_at: '2026-05-01T08:00:00Z',
      dismissible: 'true',
    });

    // A form with an error is shown again, with what the editor typed.
    const invalid = await emu.fetch('/admin/banners', form({handle: 'no-message', heading: 'Oops', message: '', placement: 'article_top', link_type: 'none', status: 'DRAFT'}));
    expect(invalid.status).toBe(422);
    const page = await invalid.text();
    expect(page).toContain('Message can');
    expect(page).toContain('value="Oops"');
  });
});
