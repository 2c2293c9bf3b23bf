import {describe, expect, it} from 'vitest';
import {parseCommentInput} from '~/lib/comments/comment-input';
import {numericId} from '~/lib/comments/submit-comment.server';

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe('parseCommentInput', () => {
  it('accepts a normal comment and strips HTML from it', () => {
    const result = parseCommentInput(
      form({name: ' Dana <b>K.</b> ', email: 'Dana@Example.com', body: 'Great <script>alert(1)</script>read'}),
    );
    expect(result).toEqual({ok: true, values: {name: 'Dana K.', email: 'dana@example.com', body: 'Great alert(1)read'}});
  });

  it('reports each bad field and keeps what the reader typed', () => {
    const result = parseCommentInput(form({name: '', email: 'not-an-email', body: 'x'}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.name).toMatch(/enter your name/);
    expect(result.fieldErrors.email).toMatch(/valid email/);
    expect(result.fieldErrors.body).toMatch(/at least 2/);
    expect(result.values).toEqual({name: '', email: 'not-an-email', body: 'x'});
  });

  it('enforces the length limits', () => {
    const result = parseCommentInput(
      form({name: 'n'.repeat(101), email: `${'a'.repeat(250)}@example.com`, body: 'b'.repeat(5001)}),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['body', 'email', 'name']);
  });

  it('counts the comment after stripping tags', () => {
    const result = parseCommentInput(form({name: 'A', email: 'a@example.com', body: '<p></p>'}));
    expect(result.ok).toBe(false);
  });
});

describe('numericId', () => {
  it('takes the number from a GID', () => {
    expect(numericId('gid://shopify/Article/5001')).toBe(5001);
    expect(() => numericId('5001')).toThrow();
  });
});
