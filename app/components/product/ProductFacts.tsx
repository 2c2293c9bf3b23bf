import {PRODUCT_COPY} from '~/lib/catalog/copy';

/** Duration, level, sessions and equipment (from `custom.*` metafields), then how it is delivered. */
export function ProductFacts({
  facts,
  requiresShipping,
}: {
  facts: Array<{key: string; label: string; value: string}>;
  requiresShipping: boolean;
}) {
  return (
    <div className="grid gap-3">
      {facts.length ? (
        <dl aria-label={PRODUCT_COPY.factsLabel} className="grid grid-cols-3 gap-px overflow-hidden rounded-xl border border-stone-200 bg-stone-200" data-testid="product-facts">
          {facts.map((fact) => (
            <div key={fact.key} className={`bg-white px-4 py-3 ${fact.key === 'equipment' ? 'col-span-3' : ''}`}>
              <dt className="text-xs font-bold uppercase tracking-wider text-charcoal-600">{fact.label}</dt>
              <dd className="mt-0.5 text-sm font-semibold text-forest-950 sm:text-base">{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className="flex items-start gap-2 text-sm text-charcoal-700" data-testid="delivery-note">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-4 shrink-0 text-forest-700" fill="none" stroke="currentColor" strokeWidth="2.5">
          <path d="M5 12.5l4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>
          <strong className="text-forest-900">
            {requiresShipping ? PRODUCT_COPY.deliveryPhysical : PRODUCT_COPY.deliveryDigital}
          </strong>{' '}
          {requiresShipping ? null : PRODUCT_COPY.deliveryDigitalDetail}
        </span>
      </p>
    </div>
  );
}
