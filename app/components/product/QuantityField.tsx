import {useEffect, useState} from 'react';
import {MAX_QUANTITY} from '~/lib/catalog/quantity';
import {PRODUCT_COPY} from '~/lib/catalog/copy';

/**
 * Licences (a plain number field named `quantity`, so it posts without JavaScript; the server
 * checks it). The − and + buttons only work with JavaScript, so they stay disabled until it runs.
 */
export function QuantityField({
  value,
  onChange,
  disabled,
}: {
  value: number;
  onChange: (quantity: number) => void;
  disabled?: boolean;
}) {
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  // What the shopper is typing: clearing the field to type "3" must not become "13", so an empty or
  // out-of-range draft stays in the field and only a valid number reaches the form state.
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const clamp = (next: number) => Math.min(MAX_QUANTITY, Math.max(1, Math.trunc(next) || 1));
  const type = (raw: string) => {
    setDraft(raw);
    const typed = Number(raw);
    if (raw.trim() !== '' && Number.isInteger(typed) && typed >= 1 && typed <= MAX_QUANTITY) onChange(typed);
  };
  const stepper = 'grid size-11 place-items-center text-xl font-bold text-forest-950 hover:bg-stone-100 disabled:opacity-40';
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <label htmlFor="product-quantity" className="field-label">
        {PRODUCT_COPY.quantityLabel}
      </label>
      <div className="flex items-center overflow-hidden rounded-lg border-2 border-stone-300 bg-white">
        <button type="button" className={stepper} aria-label={PRODUCT_COPY.decrease} disabled={!interactive || disabled || value <= 1} onClick={() => onChange(clamp(value - 1))}>
          −
        </button>
        <input
          id="product-quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_QUANTITY}
          step={1}
          required
          value={draft}
          disabled={disabled}
          onChange={(event) => type(event.target.value)}
          onBlur={() => {
            const settled = clamp(Number(draft));
            setDraft(String(settled));
            if (settled !== value) onChange(settled);
          }}
          aria-describedby="product-quantity-hint"
          className="h-11 w-14 border-x-2 border-stone-300 text-center text-base font-bold [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
        />
        <button type="button" className={stepper} aria-label={PRODUCT_COPY.increase} disabled={!interactive || disabled || value >= MAX_QUANTITY} onClick={() => onChange(clamp(value + 1))}>
          +
        </button>
      </div>
      <p id="product-quantity-hint" className="basis-full text-sm text-charcoal-600">
        {PRODUCT_COPY.quantityHint}
      </p>
    </div>
  );
}
