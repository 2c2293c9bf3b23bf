/**
 * Decorative contour lines (the brand's topographic motif), drawn inline so they cost no request.
 * Used behind the home hero and on the newsletter panels.
 */
export function ContourArt({className = '', lines = 9}: {className?: string; lines?: number}) {
  return (
    <svg aria-hidden="true" className={`pointer-events-none absolute inset-0 h-full w-full ${className}`} preserveAspectRatio="xMidYMid slice" viewBox="0 0 1200 600">
      {Array.from({length: lines}, (_, index) => (
        <path
          key={index}
          d={`M-50 ${420 - index * 34} C 200 ${330 - index * 30}, 380 ${470 - index * 36}, 620 ${360 - index * 30} S 1000 ${260 - index * 24}, 1250 ${330 - index * 30}`}
          fill="none"
          stroke="#d9773f"
          strokeWidth="1.5"
        />
      ))}
    </svg>
  );
}
