/**
 * The raw value of one cookie as our hand-written Set-Cookie used to send it, before the cookies
 * moved to Remix `createCookie` (which base64-encodes JSON). Only so cookies set before that change
 * still read; remove once the longest of them (the dismissal cookie, one year) has expired.
 */
export function legacyCookieValue(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}
