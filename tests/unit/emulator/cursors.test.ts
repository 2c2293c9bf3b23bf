/**
 * Cursors name a position (last id and sort value), so a page link whose item has since gone (a comment
 * moderated away) still resumes where it was, as on Shopify; an unreadable cursor never nulls the article.
 */
import {describe, expect, it} from 'vitest';
import {decodeCursor, encodeCursor, paginate} from '../../../emulator/src/storefront/connection';
import {makeEmulator, type TestEmulator} from './helpers';

const COMMENTS = `query Comments($first: Int, $last: Int, $after: String, $before: String, $reverse: Boolean) {
  article: blog(handle: "news") { articleByHandle(handle: "what-is-dry-needling") {
    title
    comments(first: $first, last: $last, after: $after, before: $before, reverse: $reverse) {
      nodes { author { name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  } }
}`;

async function comments(emu: TestEmulator, variables: Record<string, unknown>) {
  const {body} = await emu.gql(COMMENTS, variables);
  return {errors: body.errors, article: body.data?.article?.articleByHandle};
}

const names = (article: {comments: {nodes: {author: {name: string}}[]}}) => article.comments.nodes.map((n) => n.author.name);

function withReaders(): TestEmulator {
  const emu = makeEmulator();
  for (const name of ['Ana', 'Ben', 'Cleo']) {
    emu.comments.create({
      blog: 'news',
      article: 'what-is-dry-needling',
      author: {name, email: `${name.toLowerCase()}@example.com`},
      body: `Hello from ${name}`,
      status: 'published',
    });
  }
  return emu;
}

describe('comment cursors after moderation', () => {
  it('resumes after a comment that was moderated away instead of nulling the article', async () => {
    const emu = withReaders();
    const first = await comments(emu, {first: 2});
    expect(names(first.article)).toEqual(['Jordan P.', 'Sam R.']);
    const cursor = first.article.comments.pageInfo.endCursor;

    emu.comments.setStatus(7004, 'spam'); // Sam's comment, the one the cursor names

    const next = await comments(emu, {first: 2, after: cursor});
    expect(next.errors).toBeUndefined();
    expect(next.article.title).toBeTruthy();
    expect(names(next.article)).toEqual(['Ana', 'Ben']);
    expect(next.article.comments.pageInfo).toMatchObject({hasNextPage: true, hasPreviousPage: true});
  });

  it('does the same backwards and in reverse order', async () => {
    const emu = withReaders();
    const newestFirst = await comments(emu, {first: 2, reverse: true});
    expect(names(newestFirst.article)).toEqual(['Cleo', 'Ben']);
    const cursor = newestFirst.article.comments.pageInfo.endCursor;
    const benId = emu.comments.list({status: 'published'}).find((c) => c.author.name === 'Ben')!.id;
    emu.comments.setStatus(benId, 'removed');

    const older = await comments(emu, {first: 5, reverse: true, after: cursor});
    expect(names(older.article)).toEqual(['Ana', 'Sam R.', 'Jordan P.']);

    const before = await comments(emu, {last: 5, reverse: true, before: cursor});
    expect(names(before.article)).toEqual(['Cleo']);
  });

  it('answers an unreadable comment cursor with an empty page, the article intact', async () => {
    const emu = withReaders();
    for (const after of ['garbage', encodeCursor('not-a-number'), Buffer.from('{"x":1}').toString('base64')]) {
      const result = await comments(emu, {first: 2, after});
      expect(result.errors, after).toBeUndefined();
      expect(result.article.title).toBeTruthy();
      expect(result.article.comments.nodes).toEqual([]);
      expect(result.article.comments.pageInfo).toMatchObject({hasNextPage: false, endCursor: null});
    }
  });

  it('still reports a garbage cursor on a root connection as a GraphQL error', async () => {
    const emu = makeEmulator();
    const {body} = await emu.gql('{ products(first: 1, after: "garbage") { nodes { handle } } }');
    expect(body.errors[0].message).toMatch(/Invalid cursor/);
    expect(body.errors[0].path).toEqual(['products']);
  });
});

describe('position cursors in paginate', () => {
  interface Row {
    id: number;
    title: string;
  }
  const rows: Row[] = [
    {id: 4, title: 'alpine'},
    {id: 2, title: 'Boulder'},
    {id: 9, title: 'canyon'},
    {id: 1, title: 'canyon'},
    {id: 7, title: 'delta'},
  ];
  // Sorted as the resolvers sort: by title (case-insensitive), ties by id.
  const byTitle = [...rows].sort((a, b) => a.title.localeCompare(b.title, 'en', {sensitivity: 'base'}) || a.id - b.id);
  const key = (r: Row) => r.id;
  const options = {sortValue: (r: Row) => r.title};
  const ids = (list: Row[]) => list.map((r) => r.id);

  it('stores the sort value in the cursor', () => {
    const page = paginate(byTitle, {first: 2}, key, 'rows', options);
    expect(decodeCursor(page.pageInfo.endCursor!)).toEqual({id: 2, value: 'Boulder'});
  });

  it('resumes after a removed item by its title, ties broken by id', () => {
    const cursor = paginate(byTitle, {first: 3}, key, 'rows', options).pageInfo.endCursor!; // canyon #1
    const without = byTitle.filter((r) => r.id !== 1);
    expect(ids(paginate(without, {first: 5, after: cursor}, key, 'rows', options).nodes)).toEqual([9, 7]);
    expect(ids(paginate(without, {last: 5, before: cursor}, key, 'rows', options).nodes)).toEqual([4, 2]);
  });

  it('follows a descending list, and an emptied list gives an empty page', () => {
    const descending = [...byTitle].reverse();
    const cursor = paginate(descending, {first: 2}, key, 'rows', options).pageInfo.endCursor!; // canyon #1
    const without = descending.filter((r) => r.id !== 1);
    expect(ids(paginate(without, {first: 5, after: cursor}, key, 'rows', options).nodes)).toEqual([2, 4]);
    expect(paginate([], {first: 5, after: cursor}, key, 'rows', options).nodes).toEqual([]);
  });

  it('refuses to guess in a list that is not ordered by its cursor values', () => {
    const shuffled = [rows[2]!, rows[0]!, rows[4]!, rows[1]!];
    const cursor = encodeCursor(1, 'canyon');
    expect(() => paginate(shuffled, {first: 2, after: cursor}, key, 'rows', options)).toThrow(/Invalid cursor/);
    expect(paginate(shuffled, {first: 2, after: cursor}, key, 'rows', {...options, invalidCursor: 'empty'}).nodes).toEqual([]);
  });
});
