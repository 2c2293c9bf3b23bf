import {Link} from '@remix-run/react';
import type {ReactNode} from 'react';
import type {PromoLink} from '~/lib/marketing/promo-banner';

/** A promo's call to action: a client-side route for our own pages, a plain link for other sites. */
export function PromoLinkTo({link, className, children}: {link: PromoLink; className?: string; children: ReactNode}) {
  if (link.external) {
    return (
      <a href={link.href} className={className} rel="noopener">
        {children}
      </a>
    );
  }
  return (
    <Link to={link.href} prefetch="intent" className={className}>
      {children}
    </Link>
  );
}
