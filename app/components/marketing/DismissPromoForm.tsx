import {useFetcher, useLocation} from '@remix-run/react';
import {DISMISS_ACTION, DISMISS_KEY_FIELD, DISMISS_MODE_FIELD} from '~/lib/marketing/dismiss-fields';
import {RETURN_TO_FIELD} from '~/lib/newsletter/newsletter-state';

/**
 * The × on a dismissible banner. Without JavaScript it is a plain form POST: the resource route
 * sets the cookie and redirects back here, and the page comes back without the banner. With
 * JavaScript a fetcher sends the same POST and `onDismiss` hides the banner at once.
 */
export function DismissPromoForm({
  dismissKey,
  label,
  onDismiss,
  className,
}: {
  dismissKey: string;
  label: string;
  onDismiss?: (key: string) => void;
  className?: string;
}) {
  const fetcher = useFetcher({key: `dismiss-${dismissKey}`});
  const location = useLocation();

  return (
    <form
      method="post"
      action={DISMISS_ACTION}
      className="contents"
      onSubmit={(event) => {
        event.preventDefault();
        onDismiss?.(dismissKey);
        fetcher.submit({[DISMISS_KEY_FIELD]: dismissKey, [DISMISS_MODE_FIELD]: 'fetch'}, {method: 'post', action: DISMISS_ACTION});
      }}
    >
      <input type="hidden" name={DISMISS_KEY_FIELD} value={dismissKey} />
      <input type="hidden" name={RETURN_TO_FIELD} value={`${location.pathname}${location.search}`} />
      <button type="submit" className={className} aria-label={label} title={label}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
          <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}
