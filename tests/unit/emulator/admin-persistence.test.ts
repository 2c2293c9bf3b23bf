/**
 * Everything written through the Admin API lives in the data folder and survives a restart;
 * the seed content is never written.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {adminGql, adminToken, makeAdminContent, makeAdminEmulator, postComment, READER_COMMENT} from './admin-helpers';
import {tempDir} from './helpers';

describe('Admin state across a restart', () => {
  it('keeps tokens, comments and their moderation, blog policy, metaobjects, metafields and customers', async () => {
    const contentDir = makeAdminContent();
    const dataDir = tempDir('admin-data');
    const seedBefore = fs.readFileSync(path.join(contentDir, 'metaobjects.json'), 'utf8');

    const first = makeAdminEmulator({contentDir, dataDir});
    const token = await adminToken(first);
    const created = await postComment(first, token, READER_COMMENT);
    const commentId = `gid://shopify/Comment/${created.body.comment!.id}`;
    const writes = await adminGql(
      first,
      token,
      `mutation($comment: ID!) {
        commentApprove(id: $comment) { userErrors { message } }
        spam: commentSpam(id: "gid://shopify/Comment/7003") { userErrors { message } }
        blogUpdate(id: "gid://shopify/Blog/4001", blog: {commentPolicy: AUTO_PUBLISHED}) { userErrors { message } }
        metaobjectUpsert(handle: {type: "promo_banner", handle: "autumn"}, metaobject: {fields: [{key: "message", value: "Autumn plans"}, {key: "placement", value: "article_top"}], capabilities: {publishable: {status: ACTIVE}}}) { metaobject { id } userErrors { message } }
        metaobjectDelete(id: "gid://shopify/Metaobject/11002") { userErrors { message } }
        metafieldsSet(metafields: [{ownerId: "gid://shopify/Blog/4001", namespace: "custom", key: "default_promo_banner", type: "metaobject_reference", value: "gid://shopify/Metaobject/11001"}]) { userErrors { message } }
        customerCreate(input: {email: "kept@example.com", emailMarketingConsent: {marketingState: SUBSCRIBED}}) { userErrors { message } }
      }`,
      {comment: commentId},
    );
    expect(writes.body.errors).toBeUndefined();
    for (const result of Object.values(writes.body.data) as {userErrors: unknown[]}[]) expect(result.userErrors).toEqual([]);

    // A new process: only the data folder is shared.
    const second = makeAdminEmulator({contentDir, dataDir});
    const {status, body} = await adminGql(
      second,
      token,
      `{
        comment(id: "${commentId}") { status }
        spam: comment(id: "gid://shopify/Comment/7003") { status }
        blog(id: "gid://shopify/Blog/4001") { commentPolicy metafield(namespace: "custom", key: "default_promo_banner") { value } }
        metaobjects(type: "promo_banner", first: 10) { nodes { handle } }
        customers(first: 1, query: "email:kept@example.com") { nodes { email emailMarketingConsent { marketingState } } }
      }`,
    );
    expect(status).toBe(200); // the token issued before the restart still works
    expect(body.data).toEqual({
      comment: {status: 'PUBLISHED'},
      spam: {status: 'SPAM'},
      blog: {commentPolicy: 'AUTO_PUBLISHED', metafield: {value: 'gid://shopify/Metaobject/11001'}},
      metaobjects: {nodes: [{handle: 'spring-sale'}, {handle: 'autumn'}]},
      customers: {nodes: [{email: 'kept@example.com', emailMarketingConsent: {marketingState: 'SUBSCRIBED'}}]},
    });
    const sf = await second.gql(`{ blog(handle: "news") { metafield(namespace: "custom", key: "default_promo_banner") { reference { ... on Metaobject { handle } } } } }`);
    expect(sf.body.data.blog.metafield.reference).toEqual({handle: 'spring-sale'});

    expect(fs.readFileSync(path.join(contentDir, 'metaobjects.json'), 'utf8')).toBe(seedBefore);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['admin-tokens.json', 'blogs.json', 'comments.json', 'customers.json', 'metadata.json']);
    // The data folder keeps only a hash of each token.
    expect(fs.readFileSync(path.join(dataDir, 'admin-tokens.json'), 'utf8')).not.toContain(token);
  });
});
