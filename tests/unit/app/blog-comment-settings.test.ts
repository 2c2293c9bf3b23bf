import {describe, expect, it} from 'vitest';
import {startCommentFormSettings} from '~/lib/blog/comment-settings.server';
import type {AppLoadContext} from '~/lib/shop/context.server';

type Blog = {id: string; handle: string; commentPolicy: string};

/**
 * A context whose Admin API knows these blogs, answers the policy by handle (`blogs(query:)`) and
 * by id, and records what it was asked, in order. `failing`: every Admin call fails.
 */
function contextWith(blogs: Blog[], {failing = false} = {}) {
  const asked: string[] = [];
  const admin = {
    graphql: async (_query: string, {variables}: {variables: {id?: string; query?: string}}) => {
      if (failing) throw new Error('Admin API unreachable');
      if (variables.query !== undefined) {
        asked.push(`by handle ${variables.query}`);
        const handle = /^handle:"(.*)"$/.exec(variables.query)?.[1];
        return {blogs: {nodes: blogs.filter((blog) => blog.handle === handle)}};
      }
      asked.push(`by id ${variables.id}`);
      return {blog: blogs.find((blog) => blog.id === variables.id) ?? null};
    },
  };
  // STOREFRONT_CACHE=none (the emulator's default): nothing is kept between page loads.
  const context = {admin, settings: {usesEmulator: true, storefrontCache: 'none'}} as unknown as AppLoadContext;
  return {context, asked};
}

describe('comment form settings, asked beside the article query', () => {
  it('asks by the blog’s handle before the article query has answered, once', async () => {
    const {context, asked} = contextWith([{id: 'gid://shopify/Blog/1', handle: 'early-journal', commentPolicy: 'AUTO_PUBLISHED'}]);
    const settingsFor = startCommentFormSettings(context, 'early-journal');
    // Already on its way: the blog's id is not needed to start.
    expect(asked).toEqual(['by handle handle:"early-journal"']);
    await expect(settingsFor('gid://shopify/Blog/1')).resolves.toEqual({policy: 'AUTO_PUBLISHED'});
    expect(asked).toHaveLength(1);
  });

  it('asks again by id when the handle now names another blog than the article query found', async () => {
    const {context, asked} = contextWith([
      {id: 'gid://shopify/Blog/2', handle: 'recreated-journal', commentPolicy: 'MODERATED'},
      {id: 'gid://shopify/Blog/3', handle: 'old-name', commentPolicy: 'CLOSED'},
    ]);
    const settingsFor = startCommentFormSettings(context, 'recreated-journal');
    await expect(settingsFor('gid://shopify/Blog/3')).resolves.toEqual({policy: 'CLOSED'});
    expect(asked).toEqual(['by handle handle:"recreated-journal"', 'by id gid://shopify/Blog/3']);
  });

  it('keeps quotes in a handle from changing the search', async () => {
    const {context, asked} = contextWith([]);
    await startCommentFormSettings(context, 'a"b\\c')('gid://shopify/Blog/9');
    expect(asked[0]).toBe('by handle handle:"abc"');
  });

  it('falls back to moderated comments when the Admin API cannot be reached, as the lookup by id does', async () => {
    const {context} = contextWith([], {failing: true});
    await expect(startCommentFormSettings(context, 'news')('gid://shopify/Blog/1')).resolves.toEqual({policy: 'MODERATED'});
  });

  it('says comments are unavailable when the store has no Admin API access', async () => {
    const context = {admin: null, settings: {usesEmulator: true, storefrontCache: 'none'}} as unknown as AppLoadContext;
    await expect(startCommentFormSettings(context, 'news')('gid://shopify/Blog/1')).resolves.toEqual({policy: 'UNAVAILABLE'});
  });
});
