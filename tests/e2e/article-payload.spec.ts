import {test, expect} from './fixtures';

/**
 * The article body is sent once: in the markup of a page load (the page data the browser hydrates
 * from leaves it out and the browser keeps the server's markup), and in the data of a client-side
 * navigation, where there is no markup yet (app/lib/blog/markup-only.ts).
 */
const ARTICLE = '/blogs/news/what-is-dry-needling';
const SENTENCE = 'Here is what it is, what the research can and cannot tell us';

test('a page load carries the article body once, and the body stays after hydration', async ({page}) => {
  const response = await page.goto(ARTICLE);
  const html = await response!.text();
  expect(html.split(SENTENCE).length - 1).toBe(1);

  await page.waitForLoadState('networkidle');
  const body = page.getByTestId('article-body');
  await expect(body).toContainText(SENTENCE);
  await expect(body.getByRole('heading', {level: 2, name: 'What dry needling is'})).toHaveAttribute(
    'id',
    'what-dry-needling-is',
  );
});

test('an article opened from the blog page, without a page load, shows its whole body', async ({page}) => {
  await page.goto('/blogs/news');
  await page.waitForLoadState('networkidle');
  const data = page.waitForResponse((answer) => answer.url().includes('.data'));
  await page.getByRole('main').getByRole('link', {name: /What Is Dry Needling/}).first().click();
  await data;
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.getByTestId('article-body')).toContainText(SENTENCE);
  await expect(page.getByTestId('article-body')).toContainText('The bottom line');
});
