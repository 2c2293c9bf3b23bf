import {describe, expect, it} from 'vitest';
import {startCommentFormSettings} from '~/lib/blog/comment-settings.server';
import type {AppLoadContext} from '~/lib/shop/context.server';

/** A context whose Admin API answers the comment policy and records which blog ids were asked for. */
function contextAsking(policies: Record<string, string>) {
  const asked: string[] = [];
  const admin = {
    graphql: async (_query: string, {variables}: {variables: {id: string}}) => {
      asked.push(variables.id);
      return {blog: {commentPolicy: policies[variables.id] ?? 'MODERATED'}};
    },
  };
  const context = {admin, settings: {usesEmulator: true}} as unknown as AppLoadContext;
  return {context, asked};
}

describe('comment form settings, started early', () => {
  it('asks after the article query the first time, then beside it once the blog is known', async () => {
    const {context, asked} = contextAsking({'gid://shopify/Blog/1': 'AUTO_PUBLISHED'});
    const first = startCommentFormSettings(context, 'early-journal');
    expect(asked).toEqual([]);
    await expect(first('gid://shopify/Blog/1')).resolves.toEqual({policy: 'AUTO_PUBLISHED'});
    expect(asked).toEqual(['gid://shopify/Blog/1']);

    const second = startCommentFormSettings(context, 'early-journal');
    // Already on its way before the article query has answered.
    expect(asked).toEqual(['gid://shopify/Blog/1', 'gid://shopify/Blog/1']);
    await expect(second('gid://shopify/Blog/1')).resolves.toEqual({policy: 'AUTO_PUBLISHED'});
    expect(asked).toHaveLength(2);
  });

  it('a blog recreated under the same handle is asked about by its new id', async () => {
    const {context, asked} = contextAsking({'gid://shopify/Blog/2': 'MODERATED', 'gid://shopify/Blog/3': 'CLOSED'});
    await startCommentFormSettings(context, 'recreated-journal')('gid://shopify/Blog/2');
    const next = startCommentFormSettings(context, 'recreated-journal');
    await expect(next('gid://shopify/Blog/3')).resolves.toEqual({policy: 'CLOSED'});
    expect(asked).toEqual(['gid://shopify/Blog/2', 'gid://shopify/Blog/2', 'gid://shopify/Blog/3']);
  });
});
