import {useLocation} from '@remix-run/react';
import {useEffect, useRef, type ReactNode} from 'react';

/**
 * The phone menu: a `<details>` disclosure, so it opens and its links work without JavaScript.
 * With JavaScript it also behaves like a menu people expect: it closes when a link in it is
 * followed (client navigation keeps the element, and it would otherwise stay open over the next
 * page), on Escape and on a click outside, and focus goes back to the menu button instead of
 * being lost in a closed panel.
 */
export function MobileMenu({label, children}: {label: string; children: ReactNode}) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const location = useLocation();

  // Close after every navigation (pathname, query or hash), not on the first render.
  const lastLocation = useRef(location.key);
  useEffect(() => {
    if (lastLocation.current === location.key) return;
    lastLocation.current = location.key;
    const details = detailsRef.current;
    if (details?.open) close(details, details.contains(document.activeElement));
  }, [location.key]);

  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      event.preventDefault();
      close(details, true);
    };
    const onClick = (event: MouseEvent) => {
      if (!details.open || details.contains(event.target as Node)) return;
      // Focus moves to whatever was clicked when it can take focus; otherwise it goes back to the button.
      const focusLost = !document.activeElement || document.activeElement === document.body;
      close(details, focusLost);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick);
    };
  }, []);

  return (
    <details ref={detailsRef} className="mobile-nav relative md:hidden">
      <summary className="icon-btn list-none" aria-label={label}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6">
          <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </summary>
      {children}
    </details>
  );
}

function close(details: HTMLDetailsElement, restoreFocus: boolean) {
  details.open = false;
  if (restoreFocus) details.querySelector('summary')?.focus();
}
