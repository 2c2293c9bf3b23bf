/**
 * Anti-bot form tokens (docs/decisions/020-form-abuse-protection.md).
 *
 * A token is `v1.<issuedAt>.<signature>`; the signature is an HMAC over the issue time, the visitor's
 * id (from the visitor cookie) and the form it was issued for. So a token scraped from one page only
 * works for the browser it was issued to, on that form, for at most FORM_TOKEN_MAX_AGE_MS. The key is
 * derived from SESSION_SECRET with HKDF and a purpose label, so it signs nothing else, and the check is
 * `crypto.subtle.verify` (constant time).
 */

/** A form stays sendable this long after its token was issued; then it asks to be sent again. */
export const FORM_TOKEN_MAX_AGE_MS = 2 * 60 * 60_000;

const VERSION = 'v1';
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

/** The HMAC key for form tokens, derived once per secret (and isolate). */
function formTokenKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle
      .importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey'])
      .then((material) =>
        crypto.subtle.deriveKey(
          {
            name: 'HKDF',
            hash: 'SHA-256',
            salt: encoder.encode('trailforge'),
            info: encoder.encode('trailforge form token v1'),
          },
          material,
          {name: 'HMAC', hash: 'SHA-256', length: 256},
          false,
          ['sign', 'verify'],
        ),
      );
    keys.set(secret, key);
  }
  return key;
}

function payload(visitorId: string, formId: string, issuedAt: string) {
  // Lengths first, so no choice of ids can make two different triples sign the same bytes.
  return encoder.encode(`${VERSION}|${visitorId.length}:${visitorId}|${formId.length}:${formId}|${issuedAt}`);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function issueFormToken({
  secret,
  visitorId,
  formId,
  now = Date.now(),
}: {
  secret: string;
  visitorId: string;
  formId: string;
  now?: number;
}): Promise<string> {
  const issuedAt = String(now);
  const signature = await crypto.subtle.sign('HMAC', await formTokenKey(secret), payload(visitorId, formId, issuedAt));
  return `${VERSION}.${issuedAt}.${toBase64Url(new Uint8Array(signature))}`;
}

export type FormTokenCheck =
  | {ok: true; ageMs: number}
  /** No token at all: a page without JavaScript, or a script posting blind. */
  | {ok: false; reason: 'missing'}
  /** Forged, tampered, another visitor's, or another form's: all look the same from here. */
  | {ok: false; reason: 'invalid'}
  | {ok: false; reason: 'expired'};

export async function verifyFormToken({
  secret,
  visitorId,
  formId,
  token,
  now = Date.now(),
  maxAgeMs = FORM_TOKEN_MAX_AGE_MS,
}: {
  secret: string;
  visitorId: string | null;
  formId: string;
  token: unknown;
  now?: number;
  maxAgeMs?: number;
}): Promise<FormTokenCheck> {
  if (typeof token !== 'string' || token === '') return {ok: false, reason: 'missing'};
  const [version, issuedAt, encoded, ...rest] = token.split('.');
  if (version !== VERSION || rest.length || !issuedAt || !/^\d{10,16}$/.test(issuedAt) || !encoded) {
    return {ok: false, reason: 'invalid'};
  }
  const signature = fromBase64Url(encoded);
  if (!signature || !visitorId) return {ok: false, reason: 'invalid'};
  const valid = await crypto.subtle.verify('HMAC', await formTokenKey(secret), signature, payload(visitorId, formId, issuedAt));
  if (!valid) return {ok: false, reason: 'invalid'};
  const ageMs = now - Number(issuedAt);
  // A token from the future was not issued by this clock: treat it like a forgery.
  if (ageMs < -60_000) return {ok: false, reason: 'invalid'};
  if (ageMs > maxAgeMs) return {ok: false, reason: 'expired'};
  return {ok: true, ageMs};
}
