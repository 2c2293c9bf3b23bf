import {describe, expect, it} from 'vitest';
import {parseCommentInput, COMMENT_LIMITS} from '~/lib/comments/comment-input';
import {createRateLimiter} from '~/lib/forms/rate-limit.server';
import {handleNewsletterSubmission} from '~/lib/newsletter/newsletter.server';
import type {NewsletterState} from '~/lib/newsletter/newsletter-state';
import {boundedFormRequest, MAX_FORM_BYTES, readCapped} from '~/lib/shop/response-hardening.server';
import type {AdminClient} from '~/lib/admin/admin-client.server';

/** A body sent in chunks with no Content-Length, as `Transfer-Encoding: chunked` arrives. */
function chunked(totalBytes: number, chunkBytes = 4096) {
  let sent = 0;
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1;
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new TextEncoder().encode((sent === size ? 'body=' : '') + 'x'.repeat(size - (sent === size ? 5 : 0))));
    },
  });
  return {stream, pulled: () => pulls};
}

function formPost(body: ReadableStream<Uint8Array> | string, type = 'application/x-www-form-urlencoded') {
  return new Request('https://shop.test/blogs/news/a', {
    method: 'POST',
    headers: {'Content-Type': type},
    body,
    // Node needs this to send a stream body; browsers and workerd stream the same way.
    duplex: 'half',
  } as RequestInit);
}

describe('form bodies without a declared length', () => {
  it('are refused with 413 once they pass 32 KB, without reading the rest', async () => {
    const {stream, pulled} = chunked(10 * 1024 * 1024);
    const result = await boundedFormRequest(formPost(stream));
    expect(result).toBeInstanceOf(Response);
    const response = result as Response;
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large.*32 KB/);
    // 32 KB in 4 KB chunks: the reader stops right after the limit, not at 10 MB.
    expect(pulled()).toBeLessThan(MAX_FORM_BYTES / 4096 + 4);
  });

  it('under the limit reach the action intact, with their length declared', async () => {
    const {stream} = chunked(20 * 1024);
    const result = await boundedFormRequest(formPost(stream));
    expect(result).toBeInstanceOf(Request);
    const request = result as Request;
    expect(request.headers.get('Content-Length')).toBe(String(20 * 1024));
    expect(((await request.formData()).get('body') as string).length).toBe(20 * 1024 - 5);
  });

  it('leave other requests alone (JSON to the Storefront API proxy, GETs)', async () => {
    const json = formPost('{"query":"{ shop { name } }"}', 'application/json');
    expect(await boundedFormRequest(json)).toBe(json);
    const get = new Request('https://shop.test/');
    expect(await boundedFormRequest(get)).toBe(get);
  });

  it('a body that breaks off mid-way is a 400, not a server error', async () => {
    let sent = false;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error('Network connection lost.'));
        sent = true;
        controller.enqueue(new TextEncoder().encode('body=half'));
      },
    });
    const result = await boundedFormRequest(formPost(broken));
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(400);
  });

  it('readCapped stops at the cap exactly', async () => {
    expect(await readCapped(chunked(100, 10).stream, 100)).toHaveLength(100);
    expect(await readCapped(chunked(101, 10).stream, 100)).toBeNull();
  });
});

describe('error replies echo no more than each field accepts', () => {
  it('comments: an oversized but under-32 KB body, name and email come back cut to their limits', () => {
    const form = new FormData();
    form.set('name', 'N'.repeat(3_000));
    form.set('email', `${'e'.repeat(3_000)}@example.com`);
    form.set('body', 'B'.repeat(25_000));
    const parsed = parseCommentInput(form);
    expect(parsed.ok).toBe(false);
    expect(parsed.values.name).toHaveLength(COMMENT_LIMITS.name);
    expect(parsed.values.email).toHaveLength(COMMENT_LIMITS.email);
    expect(parsed.values.body).toHaveLength(COMMENT_LIMITS.bodyMax);
    expect(JSON.stringify(parsed).length).toBeLessThan(6_000);
  });

  it('newsletter: a 20 KB "address" comes back as at most 254 characters', async () => {
    const admin = {graphql: () => Promise.reject(new Error('never called'))} as unknown as AdminClient;
    const request = new Request('https://shop.test/newsletter', {
      method: 'POST',
      headers: {Origin: 'https://shop.test', 'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({email: 'a'.repeat(20_000)}),
    });
    const result = (await handleNewsletterSubmission({
      request,
      context: {admin, settings: {sessionSecret: 'test-secret', isProduction: true} as never},
      limiter: createRateLimiter({limit: 10, windowMs: 60_000}),
    })) as unknown as {data: NewsletterState};
    expect(result.data.ok).toBe(false);
    expect(result.data.email.length).toBeLessThanOrEqual(254);
    expect(JSON.stringify(result.data).length).toBeLessThan(1_000);
  });
});
