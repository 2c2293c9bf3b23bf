/** Trailforge's mark: a ridgeline over a forged bar. Decorative; the name sits beside it. */
export function BrandMark({className}: {className?: string}) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="7" fill="#1f3d2b" />
      <path d="M4 22 11.5 11l4.5 6 3.5-4.5L28 22Z" fill="#e9e4da" />
      <path d="M4 25h24" stroke="#d9773f" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
