/**
 * What the newsletter action answers and the form shows. Shared by the server action and the
 * form (client), so it holds types only.
 */
export type NewsletterOutcome =
  /**
   * Every accepted sign-up, whether the address was new, already on the list, or had unsubscribed:
   * one neutral answer, so the form reveals nobody's membership.
   */
  | 'accepted'
  | 'invalid-email'
  /** The form guard refused the post (too fast, cross-site, rate-limited, honeypot). */
  | 'blocked'
  /** The Admin API failed or timed out: the reader should try again later. */
  | 'try-again'
  /** No Admin API credentials: sign-up is switched off. */
  | 'unavailable';

export interface NewsletterState {
  outcome: NewsletterOutcome;
  ok: boolean;
  message: string;
  /** What the reader typed, so a failed attempt keeps it in the input. */
  email: string;
  /** The page a no-JS reader came from, for the "back" link on /newsletter. */
  returnTo: string | null;
  /** The token to send the form again with (a page without JavaScript has no other). */
  formToken?: string;
}

/**
 * What every newsletter form needs from the server (the root loader provides it once). Nothing per
 * visitor: the anti-bot token is fetched by the form itself.
 */
export interface NewsletterSettings {
  available: boolean;
}

export const NEWSLETTER_ACTION = '/newsletter';
export const RETURN_TO_FIELD = 'return_to';
export const EMAIL_FIELD = 'email';

/**
 * A route `handle` that says the page shows its own newsletter form (given its loader data), so the
 * footer leaves its form out rather than offering the same sign-up twice in a row.
 */
export interface NewsletterRouteHandle {
  ownNewsletter?: (data: unknown) => boolean;
}

export function pageHasOwnNewsletter(matches: ReadonlyArray<{handle?: unknown; data?: unknown}>): boolean {
  return matches.some((match) => {
    const handle = match.handle as NewsletterRouteHandle | undefined;
    return typeof handle?.ownNewsletter === 'function' && handle.ownNewsletter(match.data);
  });
}
