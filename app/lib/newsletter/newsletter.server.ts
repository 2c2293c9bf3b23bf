import {data} from '@shopify/remix-oxygen';
import type {AppLoadContext} from '~/lib/shop/context.server';
import {guardFormPost, guardStatus} from '~/lib/forms/form-guard.server';
import {formIds} from '~/lib/forms/form-guard-fields';
import {createRateLimiter, type RateLimiter} from '~/lib/forms/rate-limit.server';
import {isEmail} from '~/lib/forms/text';
import {safeReturnPath} from '~/lib/marketing/dismissals';
import {
  EMAIL_FIELD,
  RETURN_TO_FIELD,
  type NewsletterOutcome,
  type NewsletterSettings,
  type NewsletterState,
} from '~/lib/newsletter/newsletter-state';
import {getSubscriberCount, roundedDownCount, subscribeToNewsletter} from '~/lib/newsletter/subscribe.server';
import {newsletterCopy} from '~/lib/newsletter/copy';
import {settledWithin} from '~/lib/shop/upstream.server';
import {readFormData} from '~/lib/forms/read-form.server';

/**
 * The one newsletter action behind every sign-up form (footer, after articles, /newsletter).
 * See docs/decisions/022-newsletter-via-admin-graphql.md and 033-newsletter-forms.md.
 */

// Its own limiter (comments have theirs): a person signs up once; a few retries are plenty.
const newsletterLimiter = createRateLimiter({limit: 6, windowMs: 10 * 60_000});

/** What every form needs, read once by the root loader: nothing per visitor, so pages stay cacheable. */
export function loadNewsletterSettings(context: Pick<AppLoadContext, 'admin'>): NewsletterSettings {
  return {available: Boolean(context.admin)};
}

/**
 * "1,500+" for "Join 1,500+ readers", or null (no Admin API, an error, too few to mention, or not
 * known within `budgetMs`). It is awaited, not streamed — streamed content needs JavaScript to
 * appear — so a slow Admin API may cost a page at most the budget; the lookup then carries on in
 * the background (waitUntil) and warms the ten-minute cache for the next page.
 */
export async function loadSocialProof(
  context: Pick<AppLoadContext, 'admin' | 'waitUntil'>,
  budgetMs = 300,
): Promise<string | null> {
  if (!context.admin) return null;
  const lookup = getSubscriberCount(context.admin).then((count) => (count === null ? null : roundedDownCount(count)));
  context.waitUntil(lookup.catch(() => null));
  try {
    return await settledWithin(lookup, budgetMs, null);
  } catch {
    return null;
  }
}

const STATUS: Record<NewsletterOutcome, number> = {
  accepted: 200,
  // The form shown again with a hint is an ordinary answer, not a failed request (as for comments).
  'invalid-email': 200,
  blocked: 400,
  'try-again': 503,
  unavailable: 503,
};

export function newsletterState(
  outcome: NewsletterOutcome,
  {email, returnTo, message, formToken}: {email: string; returnTo: string | null; message?: string; formToken?: string},
): NewsletterState {
  const ok = outcome === 'accepted';
  return {
    outcome,
    ok,
    message: message ?? newsletterCopy.outcomes[outcome === 'blocked' ? 'try-again' : outcome],
    // A success clears the input; every failure keeps what the reader typed.
    email: ok ? '' : email,
    returnTo,
    // The form's token comes back too, so a page without JavaScript can send another at once.
    ...(formToken ? {formToken} : {}),
  };
}

/** Reads the form, runs the anti-abuse guard, validates and subscribes. Never throws for the reader. */
export async function handleNewsletterSubmission({
  request,
  context,
  limiter = newsletterLimiter,
}: {
  request: Request;
  context: Pick<AppLoadContext, 'admin' | 'settings'>;
  limiter?: RateLimiter;
}) {
  const formData = await readFormData(request);
  const raw = formData.get(EMAIL_FIELD);
  // Never echo more than the field accepts (its maxlength), however much was posted.
  const email = (typeof raw === 'string' ? raw : '').trim().slice(0, 254);
  const returnTo = formData.has(RETURN_TO_FIELD) ? safeReturnPath(formData.get(RETURN_TO_FIELD), '') || null : null;
  if (!context.admin) return data(newsletterState('unavailable', {email, returnTo}), {status: STATUS.unavailable});

  // Every failure keeps the address and hands back a token to send it again with.
  const {guard, formToken, headers} = await guardFormPost({
    request,
    formData,
    formId: formIds.newsletter,
    settings: context.settings,
    limiter,
  });
  const reply = (outcome: NewsletterOutcome, message?: string, status?: number) =>
    data(newsletterState(outcome, {email, returnTo, message, formToken}), {status: status ?? STATUS[outcome], headers});

  if (!guard.ok) return reply('blocked', guard.message, guardStatus(guard.reason));

  if (!isEmail(email)) return reply('invalid-email');

  const outcome = await subscribeToNewsletter(context.admin, email.toLowerCase(), context.settings.newsletterOptIn);
  if (outcome === 'unavailable') return reply('try-again');
  if (outcome === 'invalid-email') return reply('invalid-email');
  // New, already subscribed, unsubscribed (now awaiting confirmation): the same answer for all.
  return reply('accepted');
}
