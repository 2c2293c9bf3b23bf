import {Form, Link, useFetcher, useLocation, useNavigate} from '@remix-run/react';
import {useEffect, useId, useRef, useState, type KeyboardEvent} from 'react';
import {PredictiveResults} from '~/components/search/PredictiveResults';
import {searchCopy as copy} from '~/components/search/copy';
import {moveActive, searchPath, type PredictiveAnswer, type PredictiveOption} from '~/lib/search/predictive';
import {MAX_TERM_LENGTH, normalizeTerm} from '~/lib/search/search-params';

const DEBOUNCE_MS = 200;

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5">
      <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header's search: an ARIA 1.2 combobox over predictive results. Without JavaScript it is a
 * plain GET form to /search (and, on phones, a link to /search). On phones the field opens as a
 * full-width panel under the header.
 */
export function PredictiveSearch() {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const panelId = `${id}-panel`;
  const fetcher = useFetcher<PredictiveAnswer>();
  const navigate = useNavigate();
  const location = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [value, setValue] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [answer, setAnswer] = useState<PredictiveAnswer | null>(null);
  const term = normalizeTerm(value);

  useEffect(() => setHydrated(true), []);

  // Debounced fetch of the latest term; fetcher.load also aborts a request still in flight.
  const load = useRef(fetcher.load);
  load.current = fetcher.load;
  useEffect(() => {
    if (!term) return;
    const timer = setTimeout(() => load.current(`/api/predictive-search?q=${encodeURIComponent(term)}`), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [term]);

  // Only an answer for the term in the field is ever shown: a slow answer to an older term is dropped.
  useEffect(() => {
    if (fetcher.data && fetcher.data.term === term) setAnswer(fetcher.data);
  }, [fetcher.data, term]);

  // A followed link closes everything.
  useEffect(() => {
    setExpanded(false);
    setPanelOpen(false);
    setActiveIndex(-1);
  }, [location.key]);

  const stale = !answer || answer.term !== term;
  const groups = answer?.groups ?? [];
  const viewAll: PredictiveOption = {key: 'view-all', label: copy.viewAll(answer?.term ?? term), to: searchPath(answer?.term ?? term)};
  const shown = [...groups.flatMap((group) => group.options), viewAll];
  const options = stale ? [] : shown;
  const showList = expanded && Boolean(term) && answer !== null;
  const active = showList ? options[activeIndex] ?? null : null;
  // DOM ids by position, so two results whose keys differ only in punctuation never share one.
  const positions = new Map(shown.map((option, index) => [option.key, index]));
  const optionId = (option: PredictiveOption) => `${id}-option-${positions.get(option.key) ?? 'x'}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(active))?.scrollIntoView({block: 'nearest'});
  });

  const choose = (option: PredictiveOption) => {
    setExpanded(false);
    setValue('');
    navigate(option.to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setExpanded(true);
      setActiveIndex((current) => moveActive(current, options.length, event.key as 'ArrowDown' | 'ArrowUp'));
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      if (showList) {
        event.preventDefault();
        setExpanded(false);
        setActiveIndex(-1);
      } else if (panelOpen) {
        // Keep what was typed (a search field clears itself on Escape) for when the panel reopens.
        event.preventDefault();
        setPanelOpen(false);
        toggleRef.current?.focus();
      }
    }
  };

  const openPanel = () => {
    setPanelOpen((open) => !open);
    // The field exists already (only hidden), so focus can move before the next paint.
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  return (
    <div
      className="lg:relative"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setExpanded(false);
      }}
    >
      {hydrated ? (
        <button
          ref={toggleRef}
          type="button"
          className="icon-btn lg:hidden"
          aria-label={panelOpen ? copy.closeSearch : copy.openSearch}
          aria-expanded={panelOpen}
          aria-controls={panelId}
          onClick={openPanel}
        >
          <SearchIcon />
        </button>
      ) : (
        <Link to="/search" className="icon-btn lg:hidden" aria-label={copy.openSearch}>
          <SearchIcon />
        </Link>
      )}
      <div
        id={panelId}
        className={`${panelOpen ? 'block' : 'hidden'} absolute inset-x-0 top-full border-b border-stone-200 bg-stone-50 p-3 shadow-lg lg:static lg:block lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        <Form method="get" action="/search" role="search" className="relative">
          <label htmlFor={`${id}-input`} className="sr-only">
            {copy.fieldLabel}
          </label>
          <span className="pointer-events-none absolute left-3 top-1/2 -translate-y-1/2 text-charcoal-600">
            <SearchIcon />
          </span>
          <input
            ref={inputRef}
            id={`${id}-input`}
            name="q"
            // A text field: HTML allows the combobox role on it, not on type="search".
            type="text"
            role="combobox"
            autoComplete="off"
            enterKeyHint="search"
            maxLength={MAX_TERM_LENGTH}
            placeholder={copy.headerPlaceholder}
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listboxId}
            aria-activedescendant={active ? optionId(active) : undefined}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setExpanded(true);
              setActiveIndex(-1);
            }}
            onFocus={() => setExpanded(true)}
            onKeyDown={onKeyDown}
            className="h-11 w-full rounded-full border-[1.5px] border-stone-300 bg-white pl-10 pr-4 text-base text-charcoal-900 placeholder:text-charcoal-500 focus:border-forest-700 focus:outline-3 focus:outline-forest-100 lg:h-10 lg:w-40 lg:text-[0.9375rem] xl:w-72"
          />
        </Form>
        <div
          className={`${showList ? 'block' : 'hidden'} mt-2 rounded-xl border border-stone-200 bg-white shadow-xl lg:absolute lg:right-0 lg:top-full lg:z-50 lg:w-[28rem]`}
        >
          {showList ? (
            <PredictiveResults
              id={listboxId}
              groups={groups}
              viewAll={viewAll}
              activeKey={active?.key ?? null}
              optionId={optionId}
              stale={stale}
              term={answer?.term ?? term}
              onChoose={choose}
            />
          ) : (
            <div id={listboxId} role="listbox" aria-label={copy.fieldLabel} />
          )}
        </div>
        <p className="sr-only" aria-live="polite">
          {showList && !stale ? copy.resultsAnnouncement(options.length - 1) : ''}
        </p>
      </div>
    </div>
  );
}
