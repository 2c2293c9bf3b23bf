import {Image, Money} from '@shopify/hydrogen';
import {searchCopy as copy} from '~/components/search/copy';
import type {PredictiveGroup, PredictiveOption} from '~/lib/search/predictive';

/**
 * The combobox's listbox (ARIA 1.2): one `group` per kind of result, labelled, with `option`s. Focus
 * never leaves the field (aria-activedescendant), so options take mouse clicks but no focus.
 */
export function PredictiveResults({
  id,
  groups,
  viewAll,
  activeKey,
  optionId,
  stale,
  term,
  onChoose,
}: {
  id: string;
  groups: PredictiveGroup[];
  viewAll: PredictiveOption;
  activeKey: string | null;
  optionId: (option: PredictiveOption) => string;
  /** True while a newer term's answer is on its way: shown dimmed, not chosen from. */
  stale: boolean;
  term: string;
  onChoose: (option: PredictiveOption) => void;
}) {
  const option = (item: PredictiveOption, extraClass = '', icon = false) => (
    <div
      key={item.key}
      id={optionId(item)}
      role="option"
      aria-selected={item.key === activeKey}
      // Keep focus in the field: a click must not blur it before the choice is made.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(item)}
      className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-3 py-2 text-charcoal-900 hover:bg-stone-100 aria-selected:bg-forest-50 aria-selected:outline aria-selected:outline-2 aria-selected:outline-forest-700 ${extraClass}`}
    >
      {icon ? (
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 shrink-0 text-charcoal-600">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      ) : null}
      {item.image ? (
        <Image
          data={item.image}
          aspectRatio="1/1"
          width={44}
          sizes="44px"
          loading="lazy"
          alt=""
          className="size-11 shrink-0 rounded-md bg-stone-200 object-cover"
        />
      ) : null}
      <span className="line-clamp-2 min-w-0 flex-1 font-semibold leading-snug">{item.label}</span>
      {item.price ? (
        <Money data={item.price as Parameters<typeof Money>[0]['data']} className="shrink-0 text-sm font-bold text-charcoal-700" />
      ) : null}
    </div>
  );

  return (
    <div
      id={id}
      role="listbox"
      aria-label={copy.fieldLabel}
      aria-busy={stale}
      className={`max-h-[min(70vh,34rem)] overflow-y-auto overscroll-contain p-2 ${stale ? 'opacity-60' : ''}`}
    >
      {groups.length ? (
        groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="py-1">
            <div
              id={`${id}-${group.kind}`}
              role="presentation"
              className="px-3 pb-1 pt-2 text-xs font-extrabold uppercase tracking-wider text-clay-700"
            >
              {copy.groups[group.kind]}
            </div>
            {group.options.map((item) => option(item, '', group.kind === 'queries'))}
          </div>
        ))
      ) : (
        <p role="presentation" className="px-3 py-3 text-sm text-charcoal-700">
          {copy.noPredictive(term)}
        </p>
      )}
      <div role="group" aria-label={copy.viewAll(term)} className="mt-1 border-t border-stone-200 pt-1">
        {option(viewAll, 'text-forest-800 underline underline-offset-2')}
      </div>
    </div>
  );
}
