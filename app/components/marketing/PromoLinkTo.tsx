import {Link, useLocation} from '@remix-run/react';
import type {ReactNode} from 'react';
import type {PromoLink} from '~/lib/marketing/promo-banner';
import {useCustomEvent} from '~/components/analytics/useCustomEvent';
import {articleHandleFromPath, CUSTOM_EVENTS, type PromoClickPayload} from '~/lib/analytics/events';

/**
 * A promo's call to action: a client-side route for our own pages, a plain link for other sites.
 * For a promo banner (`promo` given), a click publishes custom_promo_click with the banner, where it
 * was shown and the article it was on, so marketing can see which article sells.
 */
export function PromoLinkTo({
  link,
  className,
  children,
  promo,
}: {
  link: PromoLink;
  className?: string;
  children: ReactNode;
  promo?: {banner: string; placement: string};
}) {
  const location = useLocation();
  const publishClick = useCustomEvent<PromoClickPayload>(CUSTOM_EVENTS.promoClick);
  const onClick = promo
    ? () =>
        publishClick({
          banner: promo.banner,
          placement: promo.placement,
          articleHandle: articleHandleFromPath(location.pathname),
          href: link.href,
        })
    : undefined;

  if (link.external) {
    return (
      <a href={link.href} className={className} rel="noopener" onClick={onClick}>
        {children}
      </a>
    );
  }
  return (
    <Link to={link.href} prefetch="intent" className={className} onClick={onClick}>
      {children}
    </Link>
  );
}
