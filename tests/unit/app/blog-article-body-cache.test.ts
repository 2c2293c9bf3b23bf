import {describe, expect, it} from 'vitest';
import {MAX_PREPARED_ARTICLES, preparedArticleBody, preparedArticleCount} from '~/lib/blog/article-body.server';

const BODY = '<h2>Warm up</h2><p>Ten easy minutes first.</p><h2>Main set</h2><p>Hills.</p>';

describe('prepared article bodies, kept per version of an article', () => {
  it('prepares a body once and hands the same result to the next request for that version', () => {
    const first = preparedArticleBody({id: 'gid://shopify/Article/cache-1', contentHtml: BODY}, ['main']);
    const second = preparedArticleBody({id: 'gid://shopify/Article/cache-1', contentHtml: `${BODY}`}, ['main']);
    expect(second).toBe(first);
    expect(first.toc.map((item) => item.text)).toEqual(['Warm up', 'Main set']);
    expect(first.wordCount).toBe(9);
    expect(first.readingMinutes).toBe(1);
  });

  it('an edited article is prepared again at once: the version is its HTML, not a clock', () => {
    const before = preparedArticleBody({id: 'gid://shopify/Article/cache-2', contentHtml: BODY}, ['main']);
    const after = preparedArticleBody(
      {id: 'gid://shopify/Article/cache-2', contentHtml: BODY.replace('Hills.', 'Hill repeats, six of them.')},
      ['main'],
    );
    expect(after).not.toBe(before);
    expect(after.text).toContain('Hill repeats');
  });

  it('ids the page reserves are part of the version', () => {
    const body = '<h2>Comments</h2>';
    const plain = preparedArticleBody({id: 'gid://shopify/Article/cache-3', contentHtml: body}, []);
    const reserved = preparedArticleBody({id: 'gid://shopify/Article/cache-3', contentHtml: body}, ['comments']);
    expect(plain.toc[0].id).toBe('comments');
    expect(reserved.toc[0].id).not.toBe('comments');
  });

  it('keeps at most a bounded number of articles, dropping the least recently read', () => {
    const kept = preparedArticleBody({id: 'gid://shopify/Article/cache-kept', contentHtml: BODY}, []);
    for (let index = 0; index < MAX_PREPARED_ARTICLES * 2; index += 1) {
      preparedArticleBody({id: `gid://shopify/Article/cache-fill-${index}`, contentHtml: BODY}, []);
      // Read often, so it is never the least recently read.
      expect(preparedArticleBody({id: 'gid://shopify/Article/cache-kept', contentHtml: BODY}, [])).toBe(kept);
    }
    expect(preparedArticleCount()).toBe(MAX_PREPARED_ARTICLES);
    const first = preparedArticleBody({id: 'gid://shopify/Article/cache-fill-0', contentHtml: BODY}, []);
    expect(preparedArticleBody({id: 'gid://shopify/Article/cache-fill-0', contentHtml: BODY}, [])).toBe(first);
  });

  it('cuts the body around product links once per set of own domains', () => {
    const html = '<p>Intro.</p><p><a href="https://trail.example/products/grip-block">Grip block</a></p><p>End.</p>';
    const body = preparedArticleBody({id: 'gid://shopify/Article/cache-4', contentHtml: html}, []);
    expect(body.segmentsFor([]).handles).toEqual([]);
    expect(body.segmentsFor(['trail.example']).handles).toEqual(['grip-block']);
    expect(body.segmentsFor(['trail.example'])).toBe(body.segmentsFor(['trail.example']));
  });
});
