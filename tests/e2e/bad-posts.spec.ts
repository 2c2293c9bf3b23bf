import {test, expect} from './fixtures';

/**
 * Every form endpoint is public: a post that is not a form at all, or a cart form whose input is
 * not the JSON Hydrogen's CartForm sends, gets a client error with a message — never a server error.
 */
const FORM_ENDPOINTS = [
  '/cart',
  '/products/grip-and-hang-strength-block',
  '/consent',
  '/newsletter',
  '/announcements/dismiss',
  '/blogs/news/what-is-dry-needling/comments',
];

test.describe('posts that are not what the forms send', () => {
  for (const path of FORM_ENDPOINTS) {
    test(`a JSON body to ${path} is refused without a server error`, async ({request}) => {
      const response = await request.post(path, {data: {hello: 'world'}, maxRedirects: 0});
      expect(response.status(), await response.text()).toBeLessThan(500);
    });
  }

  for (const input of ['x', 'null', '{"action":"LinesAdd"}', '[]']) {
    test(`cart input ${JSON.stringify(input)} answers 400 with a message`, async ({request}) => {
      const response = await request.post('/cart', {form: {cartFormInput: input}, maxRedirects: 0});
      expect(response.status()).toBe(400);
      expect(await response.text()).toMatch(/not supported|Choose a program/);
    });
  }

  test('Buy now with unparsable input answers 400, not 500', async ({request}) => {
    const response = await request.post('/products/grip-and-hang-strength-block', {
      form: {cartFormInput: '{broken'},
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
  });
});
