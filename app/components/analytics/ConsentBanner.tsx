import {useFetcher, useLocation} from '@remix-run/react';
import {useEffect, useRef} from 'react';
import {CONSENT_FIELD, type ConsentChoice} from '~/lib/analytics/consent';
import {RETURN_TO_FIELD} from '~/lib/newsletter/newsletter-state';
import {analyticsCopy} from '~/components/analytics/copy';

export const CONSENT_FETCHER_KEY = 'analytics-consent';
/** Other bars fixed to the bottom of the screen (the program page's Add to cart) sit above the banner. */
const HEIGHT_PROPERTY = '--consent-banner-height';

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
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = section.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty(HEIGHT_PROPERTY, `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(HEIGHT_PROPERTY);
    };
  }, [choice]);

  if (choice) return null;

  return (
    <>
      {/* Room at the end of the page, so the fixed banner never hides the footer's last line. */}
      <div aria-hidden="true" className="h-44 sm:h-28" />
      <section
        ref={section}
        aria-labelledby="consent-heading"
        data-testid="consent-banner"
        className="fixed inset-x-0 bottom-0 z-50 border-t border-stone-200 bg-white/95 shadow-[0_-8px_24px_rgba(0,0,0,0.08)] backdrop-blur"
      >
        <div className="container-page flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:gap-6">
          <div className="min-w-0 flex-1">
            <h2 id="consent-heading" className="text-base font-extrabold text-charcoal-900">
              {analyticsCopy.heading}
            </h2>
            <p className="mt-1 text-sm text-charcoal-700">{analyticsCopy.body}</p>
          </div>
          <fetcher.Form method="post" action="/consent" className="flex shrink-0 gap-3">
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
        </div>
      </section>
    </>
  );
}
