import {isEmail, stripHtml} from '~/lib/forms/text';

export const COMMENT_LIMITS = {name: 100, email: 254, bodyMin: 2, bodyMax: 5000} as const;

export type CommentValues = {name: string; email: string; body: string};
export type CommentFieldErrors = Partial<Record<keyof CommentValues, string>>;

export type CommentInput =
  | {ok: true; values: CommentValues}
  | {ok: false; values: CommentValues; fieldErrors: CommentFieldErrors};

/**
 * Server-side validation of the comment form. The values handed back are what
 * the reader typed (trimmed, and no longer than each field allows), so a form with errors keeps
 * every word of it.
 */
export function parseCommentInput(formData: FormData): CommentInput {
  const raw = (key: string) => {
    const value = formData.get(key);
    return typeof value === 'string' ? value : '';
  };
  const typed = {name: raw('name').trim(), email: raw('email').trim(), body: raw('body').trim()};
  const clean = {name: stripHtml(typed.name), email: typed.email.toLowerCase(), body: stripHtml(typed.body)};
  const fieldErrors: CommentFieldErrors = {};

  if (!clean.name) fieldErrors.name = 'Please enter your name.';
  else if (clean.name.length > COMMENT_LIMITS.name)
    fieldErrors.name = `Your name can be at most ${COMMENT_LIMITS.name} characters.`;

  if (!clean.email) fieldErrors.email = 'Please enter your email address. It is never shown.';
  else if (clean.email.length > COMMENT_LIMITS.email || !isEmail(clean.email))
    fieldErrors.email = 'Please enter a valid email address, like name@example.com.';

  if (!clean.body) fieldErrors.body = 'Please write a comment.';
  else if (clean.body.length < COMMENT_LIMITS.bodyMin)
    fieldErrors.body = `Your comment needs at least ${COMMENT_LIMITS.bodyMin} characters.`;
  else if (clean.body.length > COMMENT_LIMITS.bodyMax)
    fieldErrors.body = `Your comment can be at most ${COMMENT_LIMITS.bodyMax.toLocaleString('en-US')} characters (it has ${clean.body.length.toLocaleString('en-US')}).`;

  // Handed back to refill the form, cut to what the fields accept (their maxlength): an oversized
  // post never gets more than that echoed back.
  const kept = {
    name: typed.name.slice(0, COMMENT_LIMITS.name),
    email: typed.email.slice(0, COMMENT_LIMITS.email),
    body: typed.body.slice(0, COMMENT_LIMITS.bodyMax),
  };
  if (Object.keys(fieldErrors).length) return {ok: false, values: kept, fieldErrors};
  return {ok: true, values: clean};
}
