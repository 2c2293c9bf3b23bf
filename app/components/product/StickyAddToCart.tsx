import {Money} from '@shopify/hydrogen';
import {useEffect, useState} from 'react';
import type {ProductPageVariantFragment} from 'storefrontapi.generated';
import {AddToCartButton} from '~/components/cart/AddToCartButton';
import {PRODUCT_COPY} from '~/lib/catalog/copy';

/**
 * On phones, once the main Add to cart button has scrolled up out of view, a slim bar at the
 * bottom keeps the price and Add to cart in reach. It is fixed-position and only slides
 * (transform), so it never pushes content. It hides again over the footer.
 */
export function StickyAddToCart({
  targetId,
  title,
  selectedVariant,
  quantity,
}: {
  targetId: string;
  title: string;
  selectedVariant: ProductPageVariantFragment;
  quantity: number;
}) {
  const [pastButton, setPastButton] = useState(false);
  const [overFooter, setOverFooter] = useState(false);

  useEffect(() => {
    const button = document.getElementById(targetId);
    const footer = document.querySelector('footer');
    if (!button || typeof IntersectionObserver === 'undefined') return;
    // The sticky site header covers the top of the viewport: under it counts as out of view.
    const headerHeight = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const buttonObserver = new IntersectionObserver(
      ([entry]) => {
        // Out of view *above* the visible area: the shopper has scrolled past it.
        if (entry) setPastButton(!entry.isIntersecting && entry.boundingClientRect.top < headerHeight);
      },
      {rootMargin: `-${Math.round(headerHeight)}px 0px 0px 0px`},
    );
    const footerObserver = new IntersectionObserver(([entry]) => setOverFooter(Boolean(entry?.isIntersecting)));
    buttonObserver.observe(button);
    if (footer) footerObserver.observe(footer);
    return () => {
      buttonObserver.disconnect();
      footerObserver.disconnect();
    };
  }, [targetId]);

  const visible = pastButton && !overFooter;
  const available = selectedVariant.availableForSale;
  return (
    <div
      role="region"
      aria-label={PRODUCT_COPY.stickyLabel}
      data-testid="sticky-add-to-cart"
      data-visible={visible}
      // Above the consent banner while it asks (it publishes its height), else at the very bottom.
      style={{bottom: 'var(--consent-banner-height, 0px)'}}
      className={`fixed inset-x-0 z-30 border-t border-stone-200 bg-white/95 px-4 py-2.5 shadow-[0_-8px_24px_-12px_rgb(20_39_28/0.35)] backdrop-blur transition-[transform,visibility] duration-200 md:hidden ${visible ? 'visible translate-y-0' : 'invisible translate-y-full'}`}
    >
      <div className="mx-auto flex max-w-xl items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-bold text-forest-950">{title}</p>
          <p className="truncate text-sm font-extrabold text-charcoal-900">
            <Money as="span" data={selectedVariant.price} />
            {selectedVariant.title !== 'Default Title' ? (
              <span className="ml-1 font-semibold text-charcoal-600">· {selectedVariant.title}</span>
            ) : null}
          </p>
        </div>
        <div className="w-36 shrink-0">
          <AddToCartButton
            compact
            tone="primary"
            disabled={!available}
            lines={[{merchandiseId: selectedVariant.id, quantity, selectedVariant}]}
          >
            {available ? PRODUCT_COPY.addToCart : PRODUCT_COPY.soldOut}
          </AddToCartButton>
        </div>
      </div>
    </div>
  );
}
