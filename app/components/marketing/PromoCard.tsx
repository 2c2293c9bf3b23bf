import {useLocation} from '@remix-run/react';
import {Image} from '@shopify/hydrogen';
import {useState} from 'react';
import type {PromoBanner, PromoStyle} from '~/lib/marketing/promo-banner';
import {DismissPromoForm} from '~/components/marketing/DismissPromoForm';
import {PromoLinkTo} from '~/components/marketing/PromoLinkTo';
import {marketingCopy} from '~/components/marketing/copy';
import {articleHandleFromPath} from '~/lib/analytics/events';

const TONE: Record<PromoStyle, {card: string; eyebrow: string; text: string; button: string; close: string}> = {
  forest: {
    card: 'bg-forest-900 text-white ring-1 ring-forest-950',
    eyebrow: 'text-clay-300',
    text: 'text-stone-200',
    button: 'btn-primary',
    close: 'text-white hover:bg-white/15',
  },
  clay: {
    card: 'bg-clay-700 text-white',
    eyebrow: 'text-clay-100',
    text: 'text-clay-100',
    button: 'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-white px-5 py-2.5 font-bold text-clay-800 hover:bg-clay-100',
    close: 'text-white hover:bg-white/15',
  },
  stone: {
    card: 'bg-stone-100 text-charcoal-900 ring-1 ring-stone-200',
    eyebrow: 'text-clay-700',
    text: 'text-charcoal-700',
    button: 'btn-primary',
    close: 'text-forest-950 hover:bg-stone-200',
  },
};

/**
 * A promo as a card (above an article, or on the home page): optional image, heading, message
 * and one call to action. Marked up as a complementary aside, so it stays out of the article's
 * heading outline.
 */
export function PromoCard({
  banner,
  className = '',
  label = marketingCopy.promo.label,
  placement,
}: {
  banner: PromoBanner;
  className?: string;
  /** The landmark's name; an article can carry two promos, and each needs its own. */
  label?: string;
  /** Where it is shown, for the promo click event; by default "article" on an article, else "home". */
  placement?: string;
}) {
  const [dismissed, setDismissed] = useState(false);
  const {pathname} = useLocation();
  const shownAt = placement ?? (articleHandleFromPath(pathname) ? 'article' : 'home');
  if (dismissed) return null;
  const tone = TONE[banner.style];
  const heading = banner.heading ?? banner.message;
  const message = banner.heading ? banner.message : '';

  return (
    <aside
      aria-label={label}
      data-testid="promo-card"
      data-handle={banner.handle}
      className={`relative flex items-start gap-4 overflow-hidden rounded-2xl p-5 sm:gap-6 sm:p-6 ${tone.card} ${className}`}
    >
      {banner.image ? (
        <div className="aspect-square w-16 shrink-0 overflow-hidden rounded-xl bg-black/10 sm:w-28">
          <Image
            data={banner.image}
            aspectRatio="1/1"
            sizes="(min-width: 640px) 7rem, 4rem"
            className="h-full w-full object-cover"
            loading="lazy"
          />
        </div>
      ) : null}
      <div className={`min-w-0 flex-1 ${banner.dismissible ? 'pr-6' : ''}`}>
        <p className={`text-xs font-extrabold uppercase tracking-[0.14em] ${tone.eyebrow}`}>{marketingCopy.promo.label}</p>
        <p className="mt-1.5 text-lg font-extrabold leading-snug text-balance sm:text-xl">{heading}</p>
        {message ? <p className={`mt-2 text-[0.9375rem] leading-relaxed whitespace-pre-line ${tone.text}`}>{message}</p> : null}
        {banner.cta ? (
          <PromoLinkTo link={banner.cta.link} className={`mt-4 ${tone.button}`} promo={{banner: banner.handle, placement: shownAt}}>
            {banner.cta.label}
            <span aria-hidden="true">→</span>
          </PromoLinkTo>
        ) : null}
      </div>
      {banner.dismissible ? (
        <div className="absolute right-2 top-2">
          <DismissPromoForm
            dismissKey={banner.dismissKey}
            label={marketingCopy.promo.dismiss}
            onDismiss={() => setDismissed(true)}
            className={`grid size-8 place-items-center rounded-full ${tone.close}`}
          />
        </div>
      ) : null}
    </aside>
  );
}
