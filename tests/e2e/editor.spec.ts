import {test, expect} from './fixtures';

/**
 * Marketing staff on the embedded default work in the emulator's local admin
 * (http://127.0.0.1:4010/admin), which makes the same Admin API calls Shopify admin does.
 * Each journey edits there and checks what a reader then sees on the storefront.
 */
test.describe.configure({mode: 'serial'});

function unique(label: string) {
  return `${label} ${Date.now().toString(36)}`;
}

test('an editor publishes, edits and unpublishes an announcement', async ({page, emulatorUrl, emulator}) => {
  const handle = `editor-${Date.now().toString(36)}`;
  const message = unique('Trail clinic this Saturday: bring your questions.');
  try {
    await page.goto(`${emulatorUrl}/admin/banners/new`);
    await page.getByLabel('Handle').fill(handle);
    await page.getByLabel('Message').fill(message);
    await page.getByLabel('Placement').selectOption('announcement');
    await page.getByLabel('Active — visible on the storefront').check();
    await page.getByRole('button', {name: 'Create banner'}).click();
    await expect(page.getByText(/saved|created/i).first()).toBeVisible();

    await page.goto('/');
    await expect(page.getByRole('region', {name: 'Announcements'})).toContainText(message);

    const edited = unique('Trail clinic moved to Sunday.');
    await page.goto(`${emulatorUrl}/admin/banners/${handle}`);
    await page.getByLabel('Message').fill(edited);
    await page.getByRole('button', {name: 'Save banner'}).click();
    await page.goto('/');
    await expect(page.getByRole('region', {name: 'Announcements'})).toContainText(edited);

    await page.goto(`${emulatorUrl}/admin/banners/${handle}`);
    await page.getByLabel('Draft — hidden from the storefront').check();
    await page.getByRole('button', {name: 'Save banner'}).click();
    await page.goto('/');
    await expect(page.locator('body')).not.toContainText(edited);
  } finally {
    // Leave the shared emulator as we found it.
    const found = await emulator.admin<{metaobjectByHandle: {id: string} | null}>(
      `query Find($handle: MetaobjectHandleInput!) { metaobjectByHandle(handle: $handle) { id } }`,
      {handle: {type: 'promo_banner', handle}},
    );
    const id = found.metaobjectByHandle?.id;
    if (id) await emulator.admin(`mutation Remove($id: ID!) { metaobjectDelete(id: $id) { deletedId } }`, {id});
  }
});

test('an editor approves a reader comment and it appears on the article', async ({page, emulatorUrl, emulator}) => {
  const body = unique('Tried the recovery week plan, legs feel new.');
  const token = await emulator.adminAccessToken();
  const created = await emulator.request.post('/admin/api/2025-07/comments.json', {
    headers: {'X-Shopify-Access-Token': token},
    data: {comment: {body, author: 'Noor Editorial', email: 'noor@example.com', blog_id: 4001, article_id: 5006}},
  });
  expect(created.ok()).toBe(true);

  await page.goto('/blogs/news/sleep-the-recovery-tool-you-already-own');
  await expect(page.locator('#comments')).not.toContainText(body);

  await page.goto(`${emulatorUrl}/admin/comments`);
  const card = page.locator('article', {hasText: body});
  await card.getByRole('button', {name: 'Approve'}).click();
  await expect(page.locator('article', {hasText: body})).toHaveCount(0);

  await page.goto('/blogs/news/sleep-the-recovery-tool-you-already-own');
  await expect(page.locator('#comments')).toContainText(body);
  await expect(page.locator('#comments')).toContainText('Noor Editorial');
});
