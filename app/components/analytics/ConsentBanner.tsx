import {useFetcher, useLocation} from '@remix-run/react';
import {CONSENT_FIELD, type ConsentChoice} from '~/lib/analytics/consent';
import {RETURN_TO_FIELD} from '~/lib/marketing/newsletter-state';
import {analyticsCopy} from '~/components/analytics/copy';

export const CONSENT_FETCHER_KEY = 'analytics-consent';

/** The choice being sent right now (so tracking and the banner react at once), else the recorded one. */
export function useConsentChoice(recorded: ConsentChoice | null): ConsentChoice | null {
  const fetcher = useFetcher({key: CONSENT_FETCHER_KEY});
  const pending = fetcher.formData?.get(CONSENT_FIELD);
  return pending === 'granted' || pending === 'denied' ? pending : recorded;
}

/**
 * Our own consent banner for the embedded default (with a real store, Shopify's privacy banner
 * takes its place). Non-modal, at the bottom of the screen; nothing is tracked until Accept.
 * Works without JavaScript: the buttons post a plain form that comes back to this page.
 */
export function ConsentBanner({recorded}: {recorded: ConsentChoice | null}) {
  const fetcher = useFetcher({key: CONSENT_FETCHER_KEY});
  const location = useLocation();
  const choice = useConsentChoice(recorded);
  if (choice) return null;

  return (
    <section
      aria-labelledby="consent-heading"
      data-testid="consent-banner"
      className="fixed inset-x-3 bottom-3 z-50 mx-auto max-w-2xl rounded-2xl border border-stone-200 bg-white p-5 shadow-2xl sm:inset-x-6 sm:p-6"
    >
      <h2 id="consent-heading" className="text-lg font-extrabold text-charcoal-900">
        {analyticsCopy.heading}
      </h2>
      <p className="mt-1.5 text-sm text-charcoal-700">{analyticsCopy.body}</p>
      <fetcher.Form method="post" action="/consent" className="mt-4 flex flex-wrap gap-3">
        {/* Without JavaScript the post comes back here; a fetcher sends no return path and gets data. */}
        <noscript>
          <input type="hidden" name={RETURN_TO_FIELD} value={`${location.pathname}${location.search}`} />
        </noscript>
        <button type="submit" name={CONSENT_FIELD} value="granted" className="btn-primary">
          {analyticsCopy.accept}
        </button>
        <button type="submit" name={CONSENT_FIELD} value="denied" className="btn-secondary">
          {analyticsCopy.decline}
        </button>
      </fetcher.Form>
    </section>
  );
}
