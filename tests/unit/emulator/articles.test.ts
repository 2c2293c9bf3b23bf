import {beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

describe('blogs and articles', () => {
  let emu: TestEmulator;
  beforeAll(() => {
    emu = makeEmulator();
  });

  const blogArticles = async (args: string) => {
    const {body} = await emu.gql(`{ blog(handle: "news") { articles(first: 50${args}) { nodes { handle } } } }`);
    expect(body.errors).toBeUndefined();
    return body.data.blog.articles.nodes.map((n: {handle: string}) => n.handle);
  };
  const allArticles = async (args: string) => {
    const {body} = await emu.gql(`{ articles(first: 50${args}) { nodes { handle } } }`);
    expect(body.errors).toBeUndefined();
    return body.data.articles.nodes.map((n: {handle: string}) => n.handle);
  };

  it('filters by tag, tag_not, author and blog_title, combined with AND or spaces', async () => {
    expect(await blogArticles(', query: "tag:recovery"')).toEqual(['what-is-dry-needling', 'sleep-and-recovery']);
    expect(await blogArticles(', query: "tag:recovery AND tag_not:news"')).toEqual(['what-is-dry-needling']);
    expect(await blogArticles(', query: "tag:recovery tag_not:news"')).toEqual(['what-is-dry-needling']);
    expect(await blogArticles(', query: "author:\\"Callum Reyes\\""')).toEqual(['hill-repeats', 'grip-strength']);
    expect(await allArticles(', query: "blog_title:\\"Athlete Stories\\""')).toEqual(['first-beast']);
    expect(await allArticles(', query: "tag:recovery AND blog_title:\\"Training & Recovery Journal\\""')).toEqual([
      'what-is-dry-needling',
      'sleep-and-recovery',
    ]);
    expect(await blogArticles(', query: "tag:strength OR tag:hills"')).toEqual(['hill-repeats', 'grip-strength']);
    expect(await blogArticles(', query: "tag:nothing-has-this"')).toEqual([]);
  });

  it('sorts by every ArticleSortKeys value, and reverses', async () => {
    expect(await blogArticles('')).toEqual(['what-is-dry-needling', 'hill-repeats', 'sleep-and-recovery', 'grip-strength']);
    expect(await blogArticles(', sortKey: ID, reverse: true')).toEqual([
      'grip-strength',
      'sleep-and-recovery',
      'hill-repeats',
      'what-is-dry-needling',
    ]);
    expect(await blogArticles(', sortKey: PUBLISHED_AT, reverse: true')).toEqual([
      'sleep-and-recovery',
      'what-is-dry-needling',
      'hill-repeats',
      'grip-strength',
    ]);
    expect(await blogArticles(', sortKey: TITLE')).toEqual([
      'grip-strength',
      'hill-repeats',
      'sleep-and-recovery',
      'what-is-dry-needling',
    ]);
    // Callum (2 articles, ties by id), Maya, Priya.
    expect(await blogArticles(', sortKey: AUTHOR')).toEqual([
      'hill-repeats',
      'grip-strength',
      'what-is-dry-needling',
      'sleep-and-recovery',
    ]);
    // grip-strength was updated last.
    expect((await blogArticles(', sortKey: UPDATED_AT, reverse: true'))[0]).toBe('grip-strength');
    expect(await allArticles(', sortKey: BLOG_TITLE')).toEqual([
      'first-beast',
      'what-is-dry-needling',
      'hill-repeats',
      'sleep-and-recovery',
      'grip-strength',
    ]);
    // RELEVANCE ranks title matches above body matches.
    expect(await blogArticles(', sortKey: RELEVANCE, query: "needling"')).toEqual(['what-is-dry-needling', 'hill-repeats']);
  });

  it('serves article fields the way the Storefront API does', async () => {
    const {body} = await emu.gql(`{ blog(handle: "news") { articleByHandle(handle: "what-is-dry-needling") {
      id handle title publishedAt tags
      authorV2 { name firstName lastName email bio }
      content(truncateAt: 12) contentHtml excerpt excerptHtml
      image { url altText width height }
      seo { title description }
      blog { handle title }
      metafield(namespace: "custom", key: "promo_banner") { value type }
      noNamespace: metafield(key: "promo_banner") { value }
    } } }`);
    expect(body.errors).toBeUndefined();
    const a = body.data.blog.articleByHandle;
    expect(a).toMatchObject({
      id: 'gid://shopify/Article/5001',
      handle: 'what-is-dry-needling',
      tags: ['recovery', 'mobility'],
      authorV2: {name: 'Maya Okafor', firstName: 'Maya', lastName: 'Okafor', bio: 'Maya Okafor writes here.'},
      content: 'Body of What',
      excerpt: 'Excerpt of What Is Dry Needling? & more.',
      excerptHtml: '<p>Excerpt of <em>What Is Dry Needling?</em> &amp; more.</p>',
      image: {url: 'http://127.0.0.1:4999/cdn/images/what-is-dry-needling.svg', width: 1600, height: 900},
      blog: {handle: 'news', title: 'Training & Recovery Journal'},
      metafield: {value: 'spring-sale', type: 'single_line_text_field'},
      // Without a namespace Shopify reads the app-reserved namespace, not "custom".
      noNamespace: null,
    });
    expect(a.contentHtml).toContain('src="http://127.0.0.1:4999/cdn/images/hero.svg"');
    expect(a.contentHtml).not.toContain('src="/cdn/');
  });

  it('lists only published comments', async () => {
    const {body} = await emu.gql(`{ blog(handle: "news") { articleByHandle(handle: "what-is-dry-needling") {
      comments(first: 10) { nodes { id author { name } content contentHtml } }
    } } }`);
    const comments = body.data.blog.articleByHandle.comments.nodes;
    expect(comments.map((c: {author: {name: string}}) => c.author.name)).toEqual(['Jordan P.', 'Sam R.']);
    expect(comments[0].contentHtml).toBe('<p>Great read.</p>\n<p>Thanks!</p>');
    // Plain-text bodies are escaped, never rendered as HTML.
    expect(comments[1].contentHtml).toBe('<p>Second &lt;b&gt;published&lt;/b&gt;</p>');
  });

  it('shows a comment once a moderator publishes it', async () => {
    emu.comments.setStatus(7003, 'published');
    const {body} = await emu.gql(`{ node(id: "gid://shopify/Comment/7003") { ... on Comment { content } } }`);
    expect(body.data.node).toEqual({content: 'Waiting'});
    const {body: spam} = await emu.gql(`{ node(id: "gid://shopify/Comment/7002") { id } }`);
    expect(spam.data.node).toBeNull();
  });

  it('finds articles by id through article() and node()', async () => {
    const {body} = await emu.gql(`{
      article(id: "gid://shopify/Article/5002") { handle }
      node(id: "gid://shopify/Article/5005") { __typename ... on Article { handle blog { handle } } }
    }`);
    expect(body.data.article.handle).toBe('hill-repeats');
    expect(body.data.node).toEqual({__typename: 'Article', handle: 'first-beast', blog: {handle: 'stories'}});
  });
});
