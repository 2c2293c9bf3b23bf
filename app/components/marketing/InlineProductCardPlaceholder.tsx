import {Link} from '@remix-run/react';
import {marketingCopy} from '~/components/marketing/copy';

const copy = marketingCopy.inlineProduct;

/**
 * Where an inline product card will stream in (app/lib/blog/inline-cards.server.ts): the card's own
 * frame, image box and lines of text, so the body below does not move when the card arrives. The
 * title is the editor's link text (usually the product's title, so it wraps alike), and the "View
 * program" link already works: a reader without JavaScript, whose browser never swaps the card in,
 * still gets to the product. Keep its classes in step with InlineProductCard.
 */
export function InlineProductCardPlaceholder({handle, label, className = ''}: {handle: string; label: string; className?: string}) {
  return (
    <aside
      aria-label={label}
      aria-busy="true"
      data-testid="inline-product-placeholder"
      className={`relative flex gap-4 overflow-hidden rounded-2xl border border-stone-200 bg-white p-3 shadow-sm sm:gap-6 sm:p-4 ${className}`}
    >
      <div className="aspect-square w-24 shrink-0 rounded-xl bg-stone-200 sm:w-40" />
      <div className="flex min-w-0 flex-1 flex-col justify-center py-1">
        <p className="text-xs font-extrabold uppercase tracking-[0.14em] text-clay-700">{copy.eyebrow}</p>
        <p className="mt-1 text-lg font-extrabold leading-snug text-forest-950 sm:text-xl">{label}</p>
        {/* The description's two lines (wide screens only, as on the card). */}
        <p aria-hidden="true" className="mt-1 hidden text-[0.9375rem] leading-relaxed sm:block">
          &nbsp;
          <br />
          &nbsp;
        </p>
        <div className="mt-2 flex flex-col items-start gap-x-4 gap-y-2 sm:flex-row sm:flex-wrap sm:items-center">
          <p aria-hidden="true" className="flex items-baseline gap-1.5 font-bold">
            &nbsp;
          </p>
          <Link
            to={`/products/${handle}`}
            prefetch="intent"
            className="inline-flex items-center gap-1 font-bold text-clay-700 underline-offset-4 after:absolute after:inset-0 hover:underline"
          >
            {copy.view}
            <span className="sr-only">: {label}</span>
            <span aria-hidden="true">→</span>
          </Link>
        </div>
      </div>
    </aside>
  );
}
