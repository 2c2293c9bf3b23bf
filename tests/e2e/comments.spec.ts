import {randomUUID} from 'node:crypto';
import {test, expect, type EmulatorClient} from './fixtures';
import type {Page} from '@playwright/test';

/**
 * A reader comments on an article; marketing approves it in Shopify admin (here: the emulator's
 * Admin GraphQL API, the same call real admin makes); the comment then appears on the article.
 */
const ARTICLE = '/blogs/news/deload-weeks-explained';

// The test stack sets no minimum fill time (FORM_MIN_FILL_MS=0, docs/decisions/020), so journeys never
// wait on the clock; the form still needs the token its browser fetched.

// Each journey posts from its own client address (on MiniOxygen `oxygen-buyer-ip` is only a label the
// client chooses, docs/decisions/020), so the comment rate limit counts every journey on its own:
// journeys running in parallel, or repeated, never use up one another's posts.
test.beforeEach(async ({page}) => {
  await page.setExtraHTTPHeaders({'oxygen-buyer-ip': `e2e-comments-${randomUUID()}`});
});

function unique(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function fillComment(page: Page, {name, email, body}: {name: string; email: string; body: string}) {
  const form = page.getByRole('region', {name: 'Leave a comment'});
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Comment').fill(body);
  return form;
}

type AdminComment = {id: string; body: string; status: string};

async function findComment(emulator: EmulatorClient, text: string): Promise<AdminComment> {
  const data = await emulator.admin<{comments: {nodes: AdminComment[]}}>(
    `query Pending { comments(first: 50, reverse: true) { nodes { id body status } } }`,
  );
  const match = data.comments.nodes.find((comment) => comment.body.includes(text));
  if (!match) throw new Error(`comment containing "${text}" not found in admin`);
  return match;
}

async function approve(emulator: EmulatorClient, id: string) {
  const data = await emulator.admin<{commentApprove: {comment: {status: string} | null; userErrors: {message: string}[]}}>(
    `mutation Approve($id: ID!) { commentApprove(id: $id) { comment { status } userErrors { message } } }`,
    {id},
  );
  expect(data.commentApprove.userErrors).toEqual([]);
  expect(data.commentApprove.comment?.status).toBe('PUBLISHED');
}

test.describe('reader comments', () => {
  test('a comment waits for moderation, then appears once approved', async ({page, emulator}) => {
    const body = unique('Deloads finally make sense to me, thanks!');
    const email = `${unique('reader').replace(/\W/g, '')}@example.com`;
    await page.goto(ARTICLE);
    const form = await fillComment(page, {name: 'Robin Trail', email, body});
    await form.getByRole('button', {name: 'Post comment'}).click();

    await expect(page.getByTestId('comment-form-status')).toContainText('once our team has read it');
    // The form clears, and the comment is not shown yet.
    await expect(form.getByLabel('Comment')).toHaveValue('');
    await expect(page.locator('#comments')).not.toContainText(body);

    const comment = await findComment(emulator, body);
    expect(comment.status).toBe('UNAPPROVED');
    await approve(emulator, comment.id);

    await page.reload();
    await expect(page.locator('#comments')).toContainText(body);
    await expect(page.locator('#comments')).toContainText('Robin Trail');
    // The reader's email never reaches the page.
    expect(await page.content()).not.toContain(email);
  });

  test('with analytics accepted, marketing sees which article got a comment, never who wrote it', async ({page}) => {
    const body = unique('Great breakdown of the deload week.');
    const email = `${unique('counted').replace(/\W/g, '')}@example.com`;
    await page.goto(ARTICLE);
    await page.waitForLoadState('networkidle');
    const consented = page.waitForResponse((response) => response.url().includes('/consent') && response.request().method() === 'POST');
    await page.getByRole('region', {name: /your privacy/i}).getByRole('button', {name: 'Accept'}).click();
    await consented;
    const form = await fillComment(page, {name: 'Sam Ridge', email, body});
    await form.getByRole('button', {name: 'Post comment'}).click();
    await expect(page.getByTestId('comment-form-status')).toContainText('once our team has read it');

    // Recorded by the test stack's analytics subscriber (PUBLIC_ANALYTICS_DEBUG).
    const recorded = () =>
      page.evaluate(() => (window as unknown as {__trailforgeAnalytics?: Array<{name: string; custom?: unknown}>}).__trailforgeAnalytics ?? []);
    await expect
      .poll(async () => (await recorded()).filter((event) => event.name === 'custom_comment_submitted').map((event) => event.custom))
      .toEqual([{blogHandle: 'news', articleHandle: 'deload-weeks-explained', status: 'pending'}]);
    const everything = JSON.stringify(await recorded());
    expect(everything).not.toContain(email);
    expect(everything).not.toContain('Sam Ridge');
    expect(everything).not.toContain(body);
  });

  test('a validation error is shown beside the field and keeps what was typed', async ({page}) => {
    await page.goto(ARTICLE);
    const body = 'A thoughtful comment I would hate to retype.';
    const form = await fillComment(page, {name: 'Sam Ridge', email: 'sam-at-example.com', body});
    // Skip the browser's own email check so the server's answer is what the reader sees.
    await form.locator('form').evaluate((element) => ((element as HTMLFormElement).noValidate = true));
    await form.getByRole('button', {name: 'Post comment'}).click();

    await expect(form.getByText('Please enter a valid email address')).toBeVisible();
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Name')).toHaveValue('Sam Ridge');
    await expect(form.getByLabel('Email')).toHaveValue('sam-at-example.com');
    await expect(form.getByLabel('Comment')).toHaveValue(body);
  });

  test('when Shopify fails, the reader sees why and keeps their comment', async ({page, emulator, pageErrors}) => {
    // The storefront answers 503 to its own form post; the browser logs that, and that is expected here.
    pageErrors.allow(/status of 503/);
    const body = unique('This one must survive an outage.');
    // Only this comment's post fails, whatever else reaches the emulator meanwhile.
    const armed = await emulator.request.post('/__emulator/faults', {
      data: {path: '/admin/api/*/comments.json', method: 'POST', bodyIncludes: body, status: 503, times: 1},
    });
    expect(armed.status()).toBe(201);

    await page.goto(ARTICLE);
    const form = await fillComment(page, {name: 'Kit Outage', email: 'kit@example.com', body});
    await form.getByRole('button', {name: 'Post comment'}).click();

    await expect(page.getByTestId('comment-form-status')).toContainText('couldn\u2019t post your comment');
    await expect(form.getByLabel('Comment')).toHaveValue(body);
    await expect(form.getByLabel('Name')).toHaveValue('Kit Outage');
  });

  test('markup in a comment shows as text and never runs', async ({page, emulator}) => {
    const marker = unique('xss');
    // Straight to the Admin REST API, as any other client could: the storefront must escape it on render.
    const token = await emulator.adminAccessToken();
    const created = await emulator.request.post('/admin/api/2025-07/comments.json', {
      headers: {'X-Shopify-Access-Token': token},
      data: {
        comment: {
          body: `<img src=x onerror="window.__pwned=1">${marker}<script>window.__pwned=1</script>`,
          author: 'Mallory',
          email: 'mallory@example.net',
          blog_id: 4001,
          article_id: 5005,
        },
      },
    });
    expect(created.ok()).toBe(true);
    await approve(emulator, (await findComment(emulator, marker)).id);

    await page.goto(ARTICLE);
    const comments = page.locator('#comments');
    await expect(comments).toContainText(`<img src=x onerror="window.__pwned=1">${marker}`);
    await expect(comments.locator('img[src="x"], script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as {__pwned?: number}).__pwned)).toBeUndefined();
  });
});

test.describe('reader comments without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the form comes back once to be sent again, words kept, then shows the moderation message', async ({page, emulator}) => {
    const body = unique('Posted from a browser with scripts off.');
    await page.goto(ARTICLE);
    const form = await fillComment(page, {name: 'Lee Noscript', email: 'lee@example.com', body});
    await form.getByRole('button', {name: 'Post comment'}).click();

    // The page carries no per-visitor token (it stays cacheable): the first post hands one back.
    await expect(page.getByTestId('comment-form-status')).toContainText('send it once more');
    await expect(form.getByLabel('Name')).toHaveValue('Lee Noscript');
    await expect(form.getByLabel('Comment')).toHaveValue(body);
    await form.getByRole('button', {name: 'Post comment'}).click();

    await expect(page.getByTestId('comment-form-status')).toContainText('once our team has read it');
    expect((await findComment(emulator, body)).status).toBe('UNAPPROVED');
  });
});

test.describe('the blog comment policy set in admin', () => {
  // A policy belongs to a whole blog, so each journey sets it on a blog of its own (test fixtures in
  // tests/fixtures/extra-content/blogs/, reachable by handle only): the journal every other test reads
  // keeps its policy, whatever runs in parallel.
  const FIXTURE_BLOGS = {
    'comment-policy-auto': 'gid://shopify/Blog/4902',
    'comment-policy-closed': 'gid://shopify/Blog/4903',
  } as const;

  /** Sets the policy of the journey's own blog, as admin does, and returns its article's path. */
  async function setPolicy(
    emulator: EmulatorClient,
    blogHandle: keyof typeof FIXTURE_BLOGS,
    commentPolicy: 'MODERATED' | 'AUTO_PUBLISHED' | 'CLOSED',
  ): Promise<string> {
    const data = await emulator.admin<{blogUpdate: {blog: {handle: string} | null; userErrors: {message: string}[]}}>(
      `mutation Policy($id: ID!, $policy: CommentPolicy!) {
        blogUpdate(id: $id, blog: {commentPolicy: $policy}) { blog { handle } userErrors { message } }
      }`,
      {id: FIXTURE_BLOGS[blogHandle], policy: commentPolicy},
    );
    expect(data.blogUpdate.userErrors, `the test fixture blog "${blogHandle}" must exist`).toEqual([]);
    expect(data.blogUpdate.blog?.handle).toBe(blogHandle);
    return `/blogs/${blogHandle}/policy-article`;
  }

  test('auto-published comments say so and show at once', async ({page, emulator}) => {
    const article = await setPolicy(emulator, 'comment-policy-auto', 'AUTO_PUBLISHED');
    await page.goto(article);
    await expect(page.getByText('Comments appear as soon as you post them.')).toBeVisible();
    const body = unique('Straight onto the page.');
    const form = await fillComment(page, {name: 'Ari Instant', email: 'ari@example.com', body});
    await form.getByRole('button', {name: 'Post comment'}).click();
    await expect(page.getByTestId('comment-form-status')).toContainText('your comment is published');
    await page.reload();
    await expect(page.locator('#comments')).toContainText(body);
  });

  test('closed comments show a short line and no form', async ({page, emulator}) => {
    const article = await setPolicy(emulator, 'comment-policy-closed', 'CLOSED');
    await page.goto(article);
    await expect(page.getByText('Comments are closed for this article.')).toBeVisible();
    await expect(page.getByRole('region', {name: 'Leave a comment'})).toHaveCount(0);
  });
});
