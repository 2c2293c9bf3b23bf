import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeContent, makeEmulator, tempDir} from './helpers';

describe('state in the data folder', () => {
  it('keeps carts across a restart and never writes to the seed content', async () => {
    const contentDir = makeContent();
    const dataDir = tempDir('data');
    const before = fs.readFileSync(path.join(contentDir, 'comments.json'), 'utf8');

    const first = makeEmulator({contentDir, dataDir});
    const {body} = await first.gql(
      `mutation { cartCreate(input: {lines: [{merchandiseId: "gid://shopify/ProductVariant/2101", quantity: 2}], note: "keep me"}) { cart { id } } }`,
    );
    const cartId = body.data.cartCreate.cart.id;
    first.comments.create({blog: 'news', article: 'what-is-dry-needling', author: {name: 'New Reader', email: 'new@example.com'}, body: 'Hello', status: 'published'});
    first.comments.setStatus(7003, 'spam');

    // A new process: nothing shared in memory, only the data folder.
    const second = makeEmulator({contentDir, dataDir});
    const {body: again} = await second.gql(`query($id: ID!) { cart(id: $id) { note totalQuantity cost { totalAmount { amount } } } }`, {id: cartId});
    expect(again.data.cart).toEqual({note: 'keep me', totalQuantity: 2, cost: {totalAmount: {amount: '39.98'}}});
    const {body: comments} = await second.gql(`{ blog(handle: "news") { articleByHandle(handle: "what-is-dry-needling") { comments(first: 10) { nodes { id author { name } } } } } }`);
    expect(comments.data.blog.articleByHandle.comments.nodes).toEqual([
      {id: 'gid://shopify/Comment/7001', author: {name: 'Jordan P.'}},
      {id: 'gid://shopify/Comment/7004', author: {name: 'Sam R.'}},
      {id: 'gid://shopify/Comment/7005', author: {name: 'New Reader'}},
    ]);
    expect(second.comments.get(7003)?.status).toBe('spam');

    expect(fs.readFileSync(path.join(contentDir, 'comments.json'), 'utf8')).toBe(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['carts.json', 'comments.json']);
  });

  it('tolerates a missing content folder and starts empty', async () => {
    const warnings: string[] = [];
    const emu = makeEmulator({contentDir: path.join(tempDir('empty'), 'not-there'), log: (m) => warnings.push(m)});
    expect(warnings.length).toBeGreaterThan(0);
    const {body} = await emu.gql('{ shop { name } products(first: 5) { nodes { id } } menu(handle: "main-menu") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.products.nodes).toEqual([]);
    expect(body.data.menu).toBeNull();
  });
});
