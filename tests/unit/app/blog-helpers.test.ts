import {describe, expect, it} from 'vitest';
import {
  articlePath,
  feedPath,
  findNeighbours,
  formatPublishedDate,
  rankRelated,
  tagPath,
  tagQuery,
  toCommentPage,
} from '~/lib/blog/blog';

const entry = (handle: string, publishedAt: string, tags: string[] = []) => ({handle, publishedAt, tags});

describe('blog URLs', () => {
  it('follows Shopify URL shapes and encodes each segment', () => {
    expect(articlePath('news', 'what-is-dry-needling')).toBe('/blogs/news/what-is-dry-needling');
    expect(tagPath('news', 'race prep/day')).toBe('/blogs/news/tagged/race%20prep%2Fday');
    expect(feedPath('news')).toBe('/blogs/news.atom');
  });
});

describe('tagQuery', () => {
  it('passes simple tags bare', () => {
    expect(tagQuery('race-prep')).toBe('tag:race-prep');
  });

  it('quotes other tags so they cannot add search terms', () => {
    expect(tagQuery('race day')).toBe('tag:"race day"');
    expect(tagQuery('x" OR tag:"y')).toBe('tag:"x\\" OR tag:\\"y"');
    expect(tagQuery('a\\b')).toBe('tag:"a\\\\b"');
  });
});

describe('previous and next article', () => {
  const entries = [
    entry('march', '2026-03-10T08:00:00Z'),
    entry('november', '2026-11-03T07:30:00Z'),
    entry('september', '2026-09-14T08:00:00Z'),
  ];

  it('finds the older (previous) and newer (next) article by publication date, whatever the input order', () => {
    const {previous, next} = findNeighbours(entries, 'september');
    expect(previous?.handle).toBe('march');
    expect(next?.handle).toBe('november');
  });

  it('has no next for the newest and no previous for the oldest', () => {
    expect(findNeighbours(entries, 'november').next).toBeNull();
    expect(findNeighbours(entries, 'march').previous).toBeNull();
    expect(findNeighbours(entries, 'unknown')).toEqual({previous: null, next: null});
  });
});

describe('related articles', () => {
  const entries = [
    entry('current', '2026-09-14T00:00:00Z', ['recovery', 'mobility']),
    entry('both-old', '2026-01-01T00:00:00Z', ['mobility', 'recovery']),
    entry('one-new', '2026-10-01T00:00:00Z', ['Recovery']),
    entry('one-old', '2026-02-01T00:00:00Z', ['mobility', 'running']),
    entry('none', '2026-12-01T00:00:00Z', ['nutrition']),
    entry('one-mid', '2026-06-01T00:00:00Z', ['recovery']),
  ];

  it('ranks by shared tags, then newest, leaving out the article itself and unrelated ones', () => {
    const related = rankRelated(entries, {handle: 'current', tags: ['recovery', 'mobility']});
    expect(related.map((item) => item.handle)).toEqual(['both-old', 'one-new', 'one-mid']);
  });

  it('returns nothing for an article without tags', () => {
    expect(rankRelated(entries, {handle: 'current', tags: []})).toEqual([]);
  });
});

describe('comments', () => {
  it('keeps the author name and text, splits paragraphs, and has no email', () => {
    const page = toCommentPage({
      nodes: [
        {id: 'gid://shopify/Comment/1', content: 'First para.\n\nSecond\nline.', author: {name: 'Jordan P.'}},
        {id: 'gid://shopify/Comment/2', content: 'Hi', author: {name: '  '}},
      ],
      pageInfo: {hasNextPage: true, endCursor: 'abc'},
    });
    expect(page).toEqual({
      comments: [
        {id: 'gid://shopify/Comment/1', authorName: 'Jordan P.', paragraphs: ['First para.', 'Second\nline.']},
        {id: 'gid://shopify/Comment/2', authorName: 'A reader', paragraphs: ['Hi']},
      ],
      hasNextPage: true,
      endCursor: 'abc',
    });
    expect(JSON.stringify(page)).not.toContain('@');
  });
});

describe('dates', () => {
  it('formats in UTC so server and browser agree', () => {
    expect(formatPublishedDate('2026-09-14T23:30:00Z')).toBe('September 14, 2026');
    expect(formatPublishedDate('nope')).toBe('');
  });
});
