import {useEffect, useState} from 'react';
import type {TocItem} from '~/lib/blog/blog';
import {blogCopy} from '~/components/blog/copy';

/**
 * The article's h2/h3 headings as in-page links (plain `#id` anchors: they work without
 * JavaScript, and `scroll-padding-top` keeps the heading clear of the sticky header).
 *
 * `variant="sidebar"` is the sticky list beside the text on wide screens; `variant="inline"` is a
 * disclosure above the text on narrow ones. Only one is displayed at a time, so only one is in the
 * accessibility tree.
 */
export function TableOfContents({
  items,
  variant,
  className = '',
}: {
  items: TocItem[];
  variant: 'sidebar' | 'inline';
  className?: string;
}) {
  const activeId = useActiveHeading(items, variant === 'sidebar');
  if (items.length === 0) return null;

  const list = <TocList items={items} activeId={activeId} />;

  if (variant === 'inline') {
    return (
      <nav aria-label={blogCopy.tocLabel} className={className} data-toc="inline">
        <details className="group rounded-xl border border-stone-200 bg-white">
          <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 font-bold text-forest-950 [&::-webkit-details-marker]:hidden">
            {blogCopy.tocTitle}
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 transition-transform group-open:rotate-180">
              <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </summary>
          <div className="border-t border-stone-200 px-4 pb-4 pt-2">{list}</div>
        </details>
      </nav>
    );
  }

  return (
    <nav aria-label={blogCopy.tocLabel} className={className} data-toc="sidebar">
      <p className="eyebrow mb-3">{blogCopy.tocTitle}</p>
      <div className="border-l-2 border-stone-200">{list}</div>
    </nav>
  );
}

function TocList({items, activeId, nested = false}: {items: TocItem[]; activeId: string | null; nested?: boolean}) {
  return (
    <ol role="list" className={nested ? 'mt-1 space-y-1' : 'space-y-1.5'}>
      {items.map((item) => {
        const active = item.id === activeId;
        return (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              aria-current={active ? 'location' : undefined}
              className={`-ml-0.5 block border-l-2 py-1 text-[0.9375rem] leading-snug transition-colors ${
                nested ? 'pl-7 text-charcoal-600' : 'pl-4 font-semibold text-charcoal-700'
              } ${
                active
                  ? 'border-clay-600 text-forest-950'
                  : 'border-transparent hover:border-stone-300 hover:text-forest-900'
              }`}
            >
              {item.text}
            </a>
            {item.children.length ? <TocList items={item.children} activeId={activeId} nested /> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The heading the reader is in: the last one whose top has scrolled past the upper fifth of the viewport. */
function useActiveHeading(items: TocItem[], enabled: boolean): string | null {
  const [activeId, setActiveId] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled || typeof IntersectionObserver === 'undefined') return;
    const ids = items.flatMap((item) => [item.id, ...item.children.map((child) => child.id)]);
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null);
    if (headings.length === 0) return;

    const update = () => {
      const line = window.innerHeight * 0.2;
      let current: string | null = null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading.id;
        else break;
      }
      setActiveId(current);
    };
    // Headings crossing the line trigger an update; no scroll listener needed.
    const observer = new IntersectionObserver(update, {rootMargin: '0px 0px -80% 0px'});
    headings.forEach((heading) => observer.observe(heading));
    update();
    return () => observer.disconnect();
  }, [items, enabled]);
  return activeId;
}
