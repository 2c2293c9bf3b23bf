/**
 * Where `/discount/:code?redirect=` may send the shopper: only a path on this site. `//host`,
 * `/\host` (browsers read both as another host), absolute URLs and anything with control
 * characters fall back, so the link cannot be used to bounce shoppers to another site.
 */
export function sameSitePath(value: string | null | undefined, fallback = '/'): string {
  if (!value || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    // Resolve against a throwaway origin: if the result leaves it, the path was not same-site.
    const base = 'https://same-site.invalid';
    const resolved = new URL(value, base);
    if (resolved.origin !== base) return fallback;
    // Dot segments can collapse into a protocol-relative path (`/.//evil.example` → `//evil.example`),
    // which a browser would read as another host.
    if (resolved.pathname.startsWith('//')) return fallback;
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return fallback;
  }
}
