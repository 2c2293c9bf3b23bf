import {useEffect, useState, type FocusEvent} from 'react';
import type {PromoBanner, PromoStyle} from '~/lib/marketing/promo-banner';
import {DismissPromoForm} from '~/components/marketing/DismissPromoForm';
import {PromoLinkTo} from '~/components/marketing/PromoLinkTo';
import {marketingCopy} from '~/components/marketing/copy';

const ROTATE_MS = 6_000;
const copy = marketingCopy.announcements;

const TONE: Record<PromoStyle, {bar: string; link: string; control: string}> = {
  forest: {
    bar: 'bg-forest-900 text-white',
    link: 'text-white decoration-clay-500',
    control: 'text-white hover:bg-white/15',
  },
  clay: {
    bar: 'bg-clay-700 text-white',
    link: 'text-white decoration-white/70',
    control: 'text-white hover:bg-white/15',
  },
  stone: {
    bar: 'bg-stone-200 text-forest-950',
    link: 'text-forest-900 decoration-clay-600',
    control: 'text-forest-950 hover:bg-stone-300',
  },
};

/**
 * The site-wide announcement bar. Its height is fixed (and the server already knows whether it
 * renders at all, dismissals included), so it never shifts the page.
 *
 * Several announcements rotate like an accessible carousel: every 6 s, paused while hovered or
 * while focus is inside, paused by the pause button, and never on its own under
 * prefers-reduced-motion. The live region is silent while rotating and polite once paused, so a
 * screen reader is not interrupted every few seconds. Without JavaScript the first one shows.
 * See docs/decisions/031-announcement-bar.md.
 */
export function AnnouncementBar({banners}: {banners: PromoBanner[]}) {
  const [dismissed, setDismissed] = useState<string[]>([]);
  const visible = banners.filter((banner) => !dismissed.includes(banner.dismissKey));
  const [index, setIndex] = useState(0);
  // 'auto' until the reader presses pause or play: then their choice wins over reduced motion.
  const [playState, setPlayState] = useState<'auto' | 'paused' | 'playing'>('auto');
  const [reducedMotion, setReducedMotion] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    setHydrated(true);
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setReducedMotion(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  const count = visible.length;
  const current = count ? index % count : 0;
  // Reduced motion starts paused; the reader may still press play.
  const paused = playState === 'paused' || (playState === 'auto' && reducedMotion);
  const rotating = hydrated && count > 1 && !paused && !hovered && !focused;

  useEffect(() => {
    if (!rotating) return;
    const timer = window.setTimeout(() => setIndex((value) => (value + 1) % count), ROTATE_MS);
    return () => window.clearTimeout(timer);
  }, [rotating, current, count]);

  if (count === 0) return null;
  const tone = TONE[visible[current].style];

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
  };

  return (
    <section
      aria-label={copy.regionLabel}
      aria-roledescription={count > 1 ? 'carousel' : undefined}
      data-testid="announcement-bar"
      className={`relative z-50 h-12 overflow-hidden sm:h-10 ${tone.bar}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
    >
      <div className="container-page flex h-full items-center gap-1">
        {count > 1 ? (
          <button
            type="button"
            className={`hidden size-8 shrink-0 place-items-center rounded-full sm:grid ${tone.control}`}
            aria-label={copy.previous}
            onClick={() => setIndex((current - 1 + count) % count)}
          >
            <Chevron direction="left" />
          </button>
        ) : null}

        <div className="relative h-full min-w-0 flex-1" aria-live={rotating ? 'off' : 'polite'} aria-atomic="false">
          {visible.map((banner, position) => (
            <div
              key={banner.dismissKey}
              role={count > 1 ? 'group' : undefined}
              aria-roledescription={count > 1 ? 'slide' : undefined}
              aria-label={count > 1 ? copy.slideLabel(position + 1, count) : undefined}
              hidden={position !== current}
              data-handle={banner.handle}
              className="flex h-full min-w-0 items-center justify-center gap-x-3 px-1 text-[0.8125rem] leading-tight sm:text-sm"
            >
              {/* Phones show the heading (two lines at most); wider screens add the message on one
                  truncated line. The call to action never truncates. */}
              <p className="line-clamp-2 min-w-0 sm:line-clamp-none sm:truncate">
                {banner.heading ? <strong className="font-extrabold">{banner.heading}</strong> : null}
                {banner.heading && banner.message ? (
                  <span className="hidden sm:inline">
                    <span aria-hidden="true"> · </span>
                    {banner.message}
                  </span>
                ) : (
                  <span>{banner.message}</span>
                )}
              </p>
              {banner.cta ? (
                <PromoLinkTo
                  link={banner.cta.link}
                  promo={{banner: banner.handle, placement: 'announcement'}}
                  className={`shrink-0 whitespace-nowrap font-bold underline decoration-2 underline-offset-4 ${tone.link}`}
                >
                  {banner.cta.label}
                </PromoLinkTo>
              ) : null}
            </div>
          ))}
        </div>

        {count > 1 ? (
          <>
            <button
              type="button"
              className={`hidden size-8 shrink-0 place-items-center rounded-full sm:grid ${tone.control}`}
              aria-label={copy.next}
              onClick={() => setIndex((current + 1) % count)}
            >
              <Chevron direction="right" />
            </button>
            <button
              type="button"
              className={`grid size-8 shrink-0 place-items-center rounded-full ${tone.control}`}
              aria-label={paused ? copy.play : copy.pause}
              onClick={() => setPlayState(paused ? 'playing' : 'paused')}
              data-paused={paused ? 'true' : 'false'}
            >
              {paused ? <PlayIcon /> : <PauseIcon />}
            </button>
          </>
        ) : null}

        {visible[current].dismissible ? (
          <DismissPromoForm
            dismissKey={visible[current].dismissKey}
            label={copy.dismiss}
            onDismiss={(key) => setDismissed((keys) => [...keys, key])}
            className={`grid size-8 shrink-0 place-items-center rounded-full ${tone.control}`}
          />
        ) : null}
      </div>
    </section>
  );
}

function Chevron({direction}: {direction: 'left' | 'right'}) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
      <path
        d={direction === 'left' ? 'M12.5 4.5 7 10l5.5 5.5' : 'M7.5 4.5 13 10l-5.5 5.5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5">
      <path d="M6 4h3v12H6zM11 4h3v12h-3z" fill="currentColor" />
    </svg>
  );
}

function PlayIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5">
      <path d="M6 4l10 6-10 6z" fill="currentColor" />
    </svg>
  );
}
