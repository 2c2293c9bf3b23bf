import {Link, useActionData, useFetcher, useLocation, useRouteLoaderData} from '@remix-run/react';
import {useCallback, useEffect, useId, useRef} from 'react';
import type {RootLoader} from '~/root';
import {FORM_TOKEN_FIELD, HONEYPOT_FIELD, formIds} from '~/lib/forms/form-guard-fields';
import {useFormToken} from '~/components/forms/useFormToken';
import {
  EMAIL_FIELD,
  NEWSLETTER_ACTION,
  RETURN_TO_FIELD,
  type NewsletterState,
} from '~/lib/newsletter/newsletter-state';
import {ContourArt} from '~/components/marketing/ContourArt';
import {TurnstileWidget} from '~/components/forms/TurnstileWidget';
import {newsletterCopy as copy} from '~/lib/newsletter/copy';
import {useCustomEvent} from '~/components/analytics/useCustomEvent';
import {CUSTOM_EVENTS, type NewsletterSignupPayload} from '~/lib/analytics/events';

export type NewsletterVariant = 'footer' | 'article' | 'page' | 'band';

/**
 * The newsletter sign-up, wherever it appears (footer, after each article, /newsletter, home).
 * Every instance posts to the one action at /newsletter: with JavaScript through its own fetcher
 * (the reader stays on the page), without it as a plain POST that lands on /newsletter with the
 * outcome. Settings (availability, the anti-bot token) and the honest subscriber count come from
 * the root loader, so the form needs no props beyond where it sits.
 */
export function NewsletterForm({variant}: {variant: NewsletterVariant}) {
  const root = useRouteLoaderData<RootLoader>('root');
  // Unkeyed: each form has its own fetcher, so one form's outcome never shows in another.
  const fetcher = useFetcher<NewsletterState>();
  const actionData = useActionData<NewsletterState>();
  const location = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  // The /newsletter page also shows the outcome of a no-JS post (its own action data).
  const state = fetcher.data ?? (variant === 'page' ? actionData : undefined);
  // Busy while the sign-up is on its way (the revalidation after it needs no waiting).
  const busy = fetcher.state === 'submitting';

  const publishSignup = useCustomEvent<NewsletterSignupPayload>(CUSTOM_EVENTS.newsletterSignup);

  // Clear the field as soon as a success arrives — not later, when it could wipe a new address.
  useEffect(() => {
    if (!fetcher.data?.ok) return;
    formRef.current?.reset();
    // Where people sign up, never who: no address in the event.
    publishSignup({placement: variant, path: location.pathname});
    // Once per answer: publishSignup changes identity when consent is given, not per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.data]);

  const settings = root?.newsletter;
  const send = useCallback(
    (data: FormData) => fetcher.submit(data, {method: 'post', action: NEWSLETTER_ACTION, preventScrollReset: true}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fetcher.submit is stable; the fetcher object is not
    [],
  );
  const {token: formToken, onSubmit} = useFormToken(formIds.newsletter, state?.formToken, send);
  const dark = variant === 'footer' || variant === 'article' || variant === 'band';
  const headingId = `${id}-heading`;
  const emailId = `${id}-email`;
  const statusId = `${id}-status`;
  const invalid = state?.outcome === 'invalid-email';

  const heading =
    variant === 'footer' ? (
      <h2 id={headingId} className="footer-heading">
        {copy.footerHeading}
      </h2>
    ) : variant === 'article' || variant === 'band' ? (
      <>
        <p className="eyebrow !text-clay-500">{copy.eyebrow}</p>
        <h2 id={headingId} className="mt-2 text-h3 !text-white">
          {variant === 'article' ? copy.articleHeading : copy.pageTitle}
        </h2>
      </>
    ) : (
      <>
        <h2 id={headingId} className="text-h3">
          {copy.pageFormHeading}
        </h2>
        <p className="mt-1 text-charcoal-600">{copy.pageFormNote}</p>
      </>
    );

  const intro =
    variant === 'page' ? null : (
      <p className={`mt-2 ${variant === 'footer' ? 'text-sm text-stone-300' : 'text-stone-200'}`}>
        {variant === 'footer' ? copy.shortIntro : copy.intro}
      </p>
    );

  const body = !settings?.available ? (
    <p className={`mt-4 rounded-lg p-3 text-sm font-semibold ${dark ? 'bg-white/10 text-stone-100' : 'bg-stone-100 text-charcoal-700'}`}>
      {copy.unavailable}
    </p>
  ) : (
    <>
      <SocialProof count={root?.newsletterProof} dark={dark} />
      <fetcher.Form
        ref={formRef}
        method="post"
        action={NEWSLETTER_ACTION}
        preventScrollReset
        className={variant === 'page' ? 'mt-6' : 'mt-4'}
        aria-labelledby={headingId}
        onSubmit={onSubmit}
      >
        <input type="hidden" name={FORM_TOKEN_FIELD} value={formToken} />
        {variant !== 'page' ? (
          <input type="hidden" name={RETURN_TO_FIELD} value={`${location.pathname}${location.search}`} />
        ) : state?.returnTo ? (
          // A no-JS post sent again from here still leads back to the page it started on.
          <input type="hidden" name={RETURN_TO_FIELD} value={state.returnTo} />
        ) : null}
        {/* Honeypot: hidden from people and assistive tech; bots fill it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={`${id}-website`}>{copy.honeypotLabel}</label>
          <input id={`${id}-website`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
        </div>
        <label
          htmlFor={emailId}
          className={`block font-semibold ${variant === 'page' ? 'text-base text-charcoal-900' : 'text-sm'} ${dark ? 'text-stone-100' : ''}`}
        >
          {copy.emailLabel}
        </label>
        <div className={`mt-1.5 flex gap-2 ${variant === 'footer' ? 'flex-col min-[420px]:flex-row sm:flex-col lg:flex-row' : 'flex-col sm:flex-row'}`}>
          <input
            id={emailId}
            name={EMAIL_FIELD}
            type="email"
            inputMode="email"
            autoComplete="email"
            required
            maxLength={254}
            placeholder={copy.emailPlaceholder}
            defaultValue={state?.email ?? ''}
            aria-invalid={invalid || undefined}
            aria-describedby={state && !state.ok ? statusId : undefined}
            className={`min-h-11 w-full min-w-0 flex-1 rounded-lg border-[1.5px] px-3.5 py-2.5 text-base text-charcoal-900 placeholder:text-charcoal-500 focus:outline-3 focus:outline-offset-0 ${
              dark ? 'border-white/20 bg-white focus:outline-clay-500' : 'border-stone-300 bg-white focus:border-forest-700 focus:outline-forest-100'
            } ${invalid ? '!border-[#b42318]' : ''}`}
          />
          <button type="submit" className="btn-primary shrink-0 whitespace-nowrap" disabled={busy} aria-disabled={busy || undefined}>
            {busy ? copy.submitting : copy.submit}
          </button>
        </div>
        <TurnstileWidget siteKey={root?.captchaSiteKey} resetOn={state} dark={dark} />
        <div aria-live="polite" className="empty:hidden">
          {state ? (
            <p
              id={statusId}
              role={state.ok ? 'status' : 'alert'}
              data-testid="newsletter-status"
              data-outcome={state.outcome}
              className={`mt-3 flex items-start gap-2 rounded-lg px-3 py-2.5 text-sm font-semibold ${
                state.ok
                  ? dark
                    ? 'bg-forest-700 text-white'
                    : 'bg-forest-50 text-forest-800'
                  : 'bg-clay-100 text-clay-800'
              }`}
            >
              <StatusIcon ok={state.ok} />
              <span>{state.message}</span>
            </p>
          ) : null}
        </div>
        <p className={`mt-3 text-xs ${dark ? 'text-stone-300' : 'text-charcoal-600'}`}>
          {copy.privacy}{' '}
          <Link to="/policies/privacy-policy" className={`underline underline-offset-2 ${dark ? 'text-stone-100' : 'text-forest-800'}`}>
            {copy.privacyLink}
          </Link>
        </p>
      </fetcher.Form>
    </>
  );

  if (variant === 'footer') {
    return (
      <section aria-labelledby={headingId} data-testid="newsletter-footer">
        {heading}
        {intro}
        {body}
      </section>
    );
  }
  if (variant === 'page') {
    return (
      <section aria-labelledby={headingId} data-testid="newsletter-page-form" className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
        {heading}
        {body}
      </section>
    );
  }
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`newsletter-${variant}`}
      className={`relative overflow-hidden bg-forest-900 text-white ${
        variant === 'article' ? 'rounded-2xl p-6 sm:p-8' : 'rounded-3xl p-7 sm:p-10 lg:p-12'
      }`}
    >
      <ContourArt className="opacity-15" lines={7} />
      <div className={`relative ${variant === 'band' ? 'grid gap-8 lg:grid-cols-[1fr_1.1fr] lg:items-center' : ''}`}>
        <div>
          {heading}
          {intro}
        </div>
        <div>{body}</div>
      </div>
    </section>
  );
}

/** "Join 1,500+ readers": the real count, rounded down; nothing at all when it is unknown. */
function SocialProof({count, dark}: {count: string | null | undefined; dark: boolean}) {
  if (!count) return null;
  return (
    <p className={`mt-3 flex items-center gap-2 text-sm font-semibold ${dark ? 'text-stone-100' : 'text-forest-800'}`} data-testid="newsletter-social-proof">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 text-clay-500">
        <path
          d="M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm6.5 1a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1.5 16c0-3 2.5-5 5.5-5s5.5 2 5.5 5v1h-11v-1Zm12.5 1v-1c0-1.5-.5-2.8-1.3-3.8.4-.1.8-.2 1.3-.2 2.5 0 4.5 1.7 4.5 4v1H14Z"
          fill="currentColor"
        />
      </svg>
      {copy.socialProof(count)}
    </p>
  );
}

function StatusIcon({ok}: {ok: boolean}) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0">
      {ok ? (
        <path d="m4.5 10.5 3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M10 5.5v5.5m0 3v.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      )}
    </svg>
  );
}
