/**
 * Our own analytics events (published with Hydrogen's useAnalytics().publish, so every subscriber —
 * Shopify's, a tag manager's, the debug recorder — sees them next to Shopify's standard events).
 * Payloads never carry what a visitor typed about themselves (email, name).
 */
export const CUSTOM_EVENTS = {
  newsletterSignup: 'custom_newsletter_signup',
  commentSubmitted: 'custom_comment_submitted',
  promoClick: 'custom_promo_click',
} as const;

export type CustomEventName = (typeof CUSTOM_EVENTS)[keyof typeof CUSTOM_EVENTS];

export interface NewsletterSignupPayload {
  /** Where the form sits: footer, article, page or band (home). */
  placement: string;
  /** The page it was sent from. */
  path: string;
}

export interface CommentSubmittedPayload {
  blogHandle: string;
  articleHandle: string;
  /** Whether the comment shows at once or waits for moderation. */
  status: 'published' | 'pending';
}

export interface PromoClickPayload {
  /** The promo banner's handle (the metaobject Marketing edits). */
  banner: string;
  /** Where the banner was shown: announcement, home, article, article_inline … */
  placement: string;
  /** The article the reader was on, so Marketing sees which article sells. */
  articleHandle: string | null;
  href: string;
}

/** The article handle in a /blogs/:blog/:article path, or null elsewhere. */
export function articleHandleFromPath(pathname: string): string | null {
  const match = /^\/blogs\/[^/]+\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    // A malformed escape (`%E0%A4%A`) in a hand-typed URL: no article to name.
    return null;
  }
}
