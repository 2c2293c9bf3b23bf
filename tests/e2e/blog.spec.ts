/**
 * A reader's journeys through the journal: the article list and its pagination (with and without
 * JavaScript), topics, an article (table of contents, previous/next, related reading, comments,
 * sharing), the Atom feed, structured data, and what happens with unknown addresses.
 *
 * Expected content is read from the emulator the storefront talks to (the `emulator` fixture), so
 * the tests keep passing when other journeys add articles or comments.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {test, expect, type EmulatorClient} from './fixtures';

const BLOG = '/blogs/news';
const ARTICLE = '/blogs/news/what-is-dry-needling';

interface ListedArticle {
  handle: string;
  title: string;
  publishedAt: string;
  tags: string[];
}

async function listArticles(emulator: EmulatorClient, query?: string): Promise<ListedArticle[]> {
  const data = await emulator.storefront<{blog: {articles: {nodes: ListedArticle[]}}}>(
    `query($query: String) { blog(handle: "news") {
      articles(first: 250, sortKey: PUBLISHED_AT, reverse: true, query: $query) { nodes { handle title publishedAt tags } }
    } }`,
    {query: query ?? null},
  );
  return data.blog.articles.nodes;
}

async function publishedComments(emulator: EmulatorClient, handle: string) {
  const data = await emulator.storefront<{
    blog: {articleByHandle: {comments: {nodes: Array<{author: {name: string}; content: string}>}}};
  }>(
    `query($handle: String!) { blog(handle: "news") { articleByHandle(handle: $handle) {
      comments(first: 250) { nodes { author { name } content } }
    } } }`,
    {handle},
  );
  return data.blog.articleByHandle.comments.nodes;
}

/**
 * The pagination journeys need a second page (more than nine articles in the seed journal). If the seed
 * ever shrinks, that is a failure that says so, never a silently skipped test.
 */
function expectMoreThanOnePage(articles: ListedArticle[]) {
  expect(articles.length, 'the seed journal (blog "news") needs more than 9 articles to test pagination').toBeGreaterThan(9);
}

/** Opens a page and waits until the app has loaded and hydrated, before the test clicks anything. */
async function open(page: Page, url: string) {
  const response = await page.goto(url);
  await page.waitForLoadState('networkidle');
  return response;
}

/** The article cards of a list page. */
const cards = (page: Page) => page.getByRole('main').getByRole('listitem').filter({has: page.getByRole('article')});

test.describe('the journal page', () => {
  test('shows article cards with image, title, excerpt, date, author, reading time and tags', async ({page, emulator}) => {
    const articles = await listArticles(emulator);
    await open(page, BLOG);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(/training & recovery journal/i);

    await expect(cards(page)).toHaveCount(Math.min(9, articles.length));
    const first = cards(page).first();
    await expect(first.getByRole('heading', {level: 2})).toHaveText(articles[0].title);
    await expect(first.getByRole('img')).toHaveAttribute('alt', /\S/);
    await expect(first.getByRole('img')).toHaveAttribute('sizes', /\S/);
    await expect(first.locator('time')).toHaveAttribute('datetime', articles[0].publishedAt);
    await expect(first).toContainText(/By \S+/);
    await expect(first).toContainText(/\d+ min read/);
    for (const tag of articles[0].tags) {
      await expect(first.getByRole('link', {name: tag, exact: true})).toHaveAttribute(
        'href',
        `${BLOG}/tagged/${encodeURIComponent(tag)}`,
      );
    }

    // Every card image keeps the same 16:9 frame, so nothing shifts while images load.
    const ratios = await page
      .locator('main article img')
      .evaluateAll((images) => images.map((img) => (img as HTMLImageElement).getBoundingClientRect()).map((r) => r.width / r.height));
    for (const ratio of ratios) expect(ratio).toBeCloseTo(16 / 9, 1);

    await first.getByRole('link', {name: articles[0].title}).click();
    await expect(page).toHaveURL(new RegExp(`/blogs/news/${articles[0].handle}$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(articles[0].title);
  });

  test('"Load more" appends the next articles without reloading the page', async ({page, emulator}) => {
    const articles = await listArticles(emulator);
    expectMoreThanOnePage(articles);
    await open(page, BLOG);
    await expect(cards(page)).toHaveCount(9);
    await page.evaluate(() => ((window as unknown as {__sameDocument: boolean}).__sameDocument = true));

    await page.getByRole('link', {name: 'Load more articles'}).click();
    await expect(cards(page)).toHaveCount(Math.min(18, articles.length));
    await expect(page).toHaveURL(/cursor=/);
    // Still the same document: a client-side update, not a full page load.
    expect(await page.evaluate(() => (window as unknown as {__sameDocument?: boolean}).__sameDocument)).toBe(true);
    await expect(cards(page).first().getByRole('heading')).toHaveText(articles[0].title);
    await expect(cards(page).nth(9).getByRole('heading')).toHaveText(articles[9].title);
  });

  test('without JavaScript, "Load more" is a real link to the next page and back', async ({browser, emulator}) => {
    const articles = await listArticles(emulator);
    expectMoreThanOnePage(articles);
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();

    await page.goto(BLOG);
    const more = page.getByRole('link', {name: 'Load more articles'});
    await expect(more).toHaveAttribute('href', /[?&]cursor=[^&]+/);
    await expect(more).toHaveAttribute('rel', 'next');
    await more.click();

    await expect(page).toHaveURL(/cursor=/);
    await expect(cards(page)).toHaveCount(Math.min(9, articles.length - 9));
    await expect(cards(page).first().getByRole('heading')).toHaveText(articles[9].title);
    await page.getByRole('link', {name: 'Show newer articles'}).click();
    await expect(cards(page).first().getByRole('heading')).toHaveText(articles[0].title);
    await context.close();
  });

  test('links its Atom feed from the page head and the page', async ({page}) => {
    await page.goto(BLOG);
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute('href', /^https?:\/\/[^/]+\/blogs\/news\.atom$/);
    await expect(page.getByRole('link', {name: /subscribe to the feed/i})).toHaveAttribute('href', '/blogs/news.atom');
  });
});

test.describe('topics', () => {
  test('a tag page lists only articles with that tag', async ({page, emulator}) => {
    const tagged = await listArticles(emulator, 'tag:recovery');
    expect(tagged.length).toBeGreaterThan(0);

    await open(page, ARTICLE);
    await page.getByRole('list', {name: 'Tags'}).getByRole('link', {name: 'recovery', exact: true}).click();
    await expect(page).toHaveURL(/\/blogs\/news\/tagged\/recovery$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(/tagged .recovery./i);
    await expect(cards(page)).toHaveCount(Math.min(9, tagged.length));
    const titles = await cards(page).getByRole('heading', {level: 2}).allTextContents();
    expect(titles).toEqual(tagged.slice(0, 9).map((article) => article.title));
  });

  test('a tag nothing is filed under shows a clear empty state', async ({page}) => {
    const response = await open(page, '/blogs/news/tagged/underwater-basket-weaving');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', {name: /nothing tagged .underwater-basket-weaving. yet/i})).toBeVisible();
    await expect(cards(page)).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await page.getByRole('link', {name: 'Browse all articles'}).click();
    await expect(page).toHaveURL(/\/blogs\/news$/);
  });
});

test.describe('an article', () => {
  test('has a table of contents whose links scroll to their headings', async ({page}) => {
    await open(page, ARTICLE);
    const toc = page.getByRole('navigation', {name: 'Table of contents'});
    await expect(toc).toBeVisible();
    const link = toc.getByRole('link', {name: 'The bottom line'});
    await expect(link).toHaveAttribute('href', '#the-bottom-line');

    const heading = page.getByRole('heading', {level: 2, name: 'The bottom line'});
    await expect(heading).toHaveAttribute('id', 'the-bottom-line');
    await expect(heading).not.toBeInViewport();
    // The privacy banner covers the bottom of the screen until the reader answers it (decision 042),
    // and the table of contents' last links sit there: answer it first, as a reader would.
    const privacy = page.getByRole('region', {name: /your privacy/i});
    await privacy.getByRole('button', {name: 'Decline'}).click();
    await expect(privacy).toBeHidden();
    await link.click();
    await expect(page).toHaveURL(/#the-bottom-line$/);
    await expect(heading).toBeInViewport();
  });

  test('on a phone the table of contents opens above the text', async ({browser}) => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}});
    const page = await context.newPage();
    await open(page, ARTICLE);
    const toc = page.getByRole('navigation', {name: 'Table of contents'});
    await toc.getByText('In this article').click();
    await toc.getByRole('link', {name: 'Who should check first'}).click();
    await expect(page.getByRole('heading', {level: 2, name: 'Who should check first'})).toBeInViewport();
    await context.close();
  });

  test('a link to the comments lands on them, though the long text above is rendered only as it is reached', async ({browser}) => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}});
    const page = await context.newPage();
    await page.goto(`${ARTICLE}#comments`);
    await expect(page.getByRole('heading', {level: 2, name: /^Comments/})).toBeInViewport();
    // Scrolling back up renders the text there: the closing heading is readable, not a blank gap.
    const closing = page.getByRole('heading', {level: 2, name: 'The bottom line'});
    await closing.scrollIntoViewIfNeeded();
    await expect(closing).toBeInViewport();
    await expect(closing).toHaveText('The bottom line');
    await context.close();
  });

  test('shows the byline, hero image and tags', async ({page}) => {
    await page.goto(ARTICLE);
    const article = page.getByRole('article').first();
    await expect(article.getByText('By Maya Okafor')).toBeVisible();
    await expect(article.locator('time').first()).toHaveAttribute('datetime', '2026-09-14T08:00:00Z');
    await expect(article.getByText(/\d+ min read/).first()).toBeVisible();
    const hero = article.locator('img[fetchpriority="high"]');
    await expect(hero).toHaveAttribute('loading', 'eager');
    await expect(hero).toHaveAttribute('width', /\d+/);
    await expect(hero).toHaveAttribute('height', /\d+/);
    await expect(hero).toHaveAttribute('alt', /calf muscle/i);
    const preload = page.locator('head link[rel="preload"][as="image"]');
    await expect(preload).toHaveAttribute('imagesrcset', (await hero.getAttribute('srcset'))!);
    await expect(preload).toHaveAttribute('imagesizes', (await hero.getAttribute('sizes'))!);
    await expect(page.getByRole('region', {name: 'About the author'})).toContainText(/physical therapist/i);
  });

  test('links the previous and next article by date', async ({page, emulator}) => {
    const articles = await listArticles(emulator);
    const index = articles.findIndex((article) => article.handle === 'what-is-dry-needling');
    const newer = articles[index - 1];
    const older = articles[index + 1];

    await open(page, ARTICLE);
    const nav = page.getByRole('navigation', {name: 'More articles'});
    await expect(nav.getByRole('link', {name: /previous article/i})).toContainText(older.title);
    await nav.getByRole('link', {name: /next article/i}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(newer.title);
    await expect(page.getByRole('navigation', {name: 'More articles'}).getByRole('link', {name: /previous article/i})).toContainText(
      /what is dry needling/i,
    );
  });

  test('suggests related articles that share its tags', async ({page, emulator}) => {
    const articles = await listArticles(emulator);
    const current = articles.find((article) => article.handle === 'what-is-dry-needling')!;
    await page.goto(ARTICLE);
    const related = page.getByRole('region', {name: 'Keep reading'});
    await expect(related.getByRole('article')).toHaveCount(3);
    for (const title of await related.getByRole('heading', {level: 3}).allTextContents()) {
      const article = articles.find((candidate) => candidate.title === title);
      expect(article, title).toBeDefined();
      expect(article!.handle).not.toBe(current.handle);
      expect(article!.tags.some((tag) => current.tags.includes(tag)), `${title} shares a tag`).toBe(true);
    }
  });

  test('shows approved comments with a count of those shown so far, and never an email address', async ({page, emulator}) => {
    const comments = await publishedComments(emulator, 'what-is-dry-needling');
    expect(comments.length).toBeGreaterThan(5);
    const response = await open(page, ARTICLE);
    const html = await response!.text();

    const section = page.getByRole('region', {name: 'Comments'});
    // Counting every comment would cost a long Storefront query: the count grows with the pages shown.
    await expect(section.getByText('5+ comments')).toBeVisible();
    await expect(section.getByRole('listitem')).toHaveCount(5);
    await expect(section.getByRole('listitem').first()).toContainText(comments[0].author.name);

    const seeded = JSON.parse(readFileSync(path.join(process.cwd(), 'emulator/content/comments.json'), 'utf8')) as Array<{
      article: string;
      status: string;
      body: string;
      author: {email: string};
    }>;
    for (const {author} of seeded) expect(html).not.toContain(author.email);
    expect(await section.innerHTML()).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    // Comments that are not approved never reach the page.
    for (const comment of seeded.filter((c) => c.article === 'what-is-dry-needling' && c.status !== 'published')) {
      expect(html).not.toContain(comment.body.slice(0, 40));
    }

    await section.getByRole('link', {name: 'Show more comments'}).click();
    await expect(section.getByRole('listitem')).toHaveCount(Math.min(10, comments.length));
    await expect(section.getByText(comments.length > 10 ? '10+ comments' : `${comments.length} comments`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(section.getByRole('listitem').nth(5)).toContainText(comments[5].author.name);
  });

  test('without JavaScript, "Show more comments" is a link to the next comments', async ({browser, emulator}) => {
    const comments = await publishedComments(emulator, 'what-is-dry-needling');
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const section = page.getByRole('region', {name: 'Comments'});
    await section.getByRole('link', {name: 'Show more comments'}).click();
    await expect(page).toHaveURL(/comments_cursor=.+#comments$/);
    await expect(section.getByRole('listitem').first()).toContainText(comments[5].author.name);
    await section.getByRole('link', {name: 'Back to the first comments'}).click();
    await expect(section.getByRole('listitem').first()).toContainText(comments[0].author.name);
    await context.close();
  });

  test('copies its link for sharing', async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    await open(page, ARTICLE);
    await page.getByRole('button', {name: 'Copy link'}).click();
    await expect(page.getByRole('status').filter({hasText: 'Link copied'})).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/blogs\/news\/what-is-dry-needling$/);
  });

  test('describes itself to search engines and social networks', async ({page}) => {
    await page.goto(ARTICLE);
    const origin = new URL(page.url()).origin;
    await expect(page).toHaveTitle(/What Is Dry Needling\? .* \| Trailforge Athletics/);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${origin}${ARTICLE}`);
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', /dry needling/i);
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\//);
    await expect(page.locator('head meta[property="article:published_time"]')).toHaveAttribute('content', '2026-09-14T08:00:00Z');
    await expect(page.locator('head meta[property="article:tag"]')).toHaveCount(2);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      `${origin}/blogs/news.atom`,
    );

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((text) => JSON.parse(text) as unknown) as Array<Record<string, unknown>>;
    const posting = data.find((item) => item['@type'] === 'BlogPosting');
    const breadcrumbs = data.find((item) => item['@type'] === 'BreadcrumbList');
    expect(posting).toMatchObject({
      headline: expect.stringMatching(/dry needling/i),
      datePublished: '2026-09-14T08:00:00Z',
      author: {'@type': 'Person', name: 'Maya Okafor'},
      url: `${origin}${ARTICLE}`,
    });
    expect((breadcrumbs!.itemListElement as unknown[]).length).toBe(3);
  });
});

test.describe('the Atom feed', () => {
  test('is Atom XML with the latest articles and absolute links', async ({request, baseURL, emulator}) => {
    const articles = await listArticles(emulator);
    const response = await request.get('/blogs/news.atom');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml.trim().endsWith('</feed>')).toBe(true);

    const entries = xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    expect(entries).toHaveLength(Math.min(20, articles.length));
    const origin = new URL(baseURL!).origin;
    expect(entries[0]).toContain(`<link rel="alternate" type="text/html" href="${origin}/blogs/news/${articles[0].handle}"/>`);
    expect(entries[0]).toContain(`<title type="text">${articles[0].title.replace(/&/g, '&amp;')}</title>`);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${origin}/blogs/news.atom"/>`);
    // Titles with & are escaped; the body is escaped HTML without scripts.
    expect(xml).not.toMatch(/<script/i);
    expect(xml).toContain('Training &amp; Recovery Journal');
  });
});

test.describe('unknown addresses', () => {
  for (const address of ['/blogs/no-such-journal', '/blogs/news/no-such-article', '/blogs/no-such-journal/tagged/recovery']) {
    test(`${address} is a 404 page`, async ({page, pageErrors}) => {
      pageErrors.allowDocumentStatus(404);
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', {name: /not found/i})).toBeVisible();
    });
  }

  test('the feed of an unknown journal is a 404', async ({request}) => {
    const response = await request.get('/blogs/no-such-journal.atom');
    expect(response.status()).toBe(404);
  });
});
