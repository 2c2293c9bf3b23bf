import {createCookie} from '@shopify/remix-oxygen';

/**
 * A choice a visitor makes that the server must see on their next page (analytics consent,
 * dismissed banners), kept with Remix createCookie (base64 JSON): httpOnly, sent on same-site
 * navigations, secure over https. Unsigned: it is no secret, and a forged value only changes what
 * that visitor's own pages show.
 */
export function preferenceCookie(name: string, {maxAgeDays}: {maxAgeDays: number}) {
  const cookie = (secure: boolean) =>
    createCookie(name, {path: '/', maxAge: 60 * 60 * 24 * maxAgeDays, sameSite: 'lax', httpOnly: true, secure});
  return {
    /** The stored value, or null when there is none or it is not ours (garbage never throws). */
    async read(cookieHeader: string | null | undefined): Promise<unknown> {
      try {
        return await cookie(false).parse(cookieHeader ?? null);
      } catch {
        return null;
      }
    },
    /** The Set-Cookie header value that stores `value`. */
    serialize(value: unknown, {secure}: {secure: boolean}): Promise<string> {
      return cookie(secure).serialize(value);
    },
  };
}
