/** Names of the anti-abuse fields, shared by the forms (client) and the guard (server). */
export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'form_token';

/**
 * The form a token is issued for. Shared by the forms (client), the token route and the actions,
 * so a token issued for one article's comment form is refused on another's, and on the newsletter.
 */
export const formIds = {
  newsletter: 'newsletter',
  comment: (blogHandle: string, articleHandle: string) => `comment:${blogHandle}/${articleHandle}`,
} as const;

/** The URL a form fetches its token from once the page has hydrated. */
export const FORM_TOKEN_ROUTE = '/forms/token';

/** A form id as the token route accepts it (anything else is a 400). */
export function isFormId(value: string): boolean {
  return value === formIds.newsletter || /^comment:[\p{L}\p{N}_-]{1,255}\/[\p{L}\p{N}_-]{1,255}$/u.test(value);
}
