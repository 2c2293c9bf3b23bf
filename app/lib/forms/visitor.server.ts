import {createCookie} from '@shopify/remix-oxygen';
import {issueFormToken} from '~/lib/forms/form-token.server';

/**
 * A random first-party id per browser, only so a form token works for the browser it was issued to
 * (docs/decisions/020-form-abuse-protection.md). It identifies nobody: it is never stored, logged or
 * sent anywhere, and it lives in an HttpOnly cookie no script can read.
 */
function visitorCookie(secure: boolean) {
  return createCookie('tf_visitor', {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
  });
}

const VISITOR_ID = /^[0-9a-f]{32}$/;

export async function readVisitorId(request: Request): Promise<string | null> {
  try {
    const value: unknown = await visitorCookie(false).parse(request.headers.get('Cookie'));
    return typeof value === 'string' && VISITOR_ID.test(value) ? value : null;
  } catch {
    return null;
  }
}

function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A fresh token for `formId`, bound to this browser's visitor id. When the browser has no id yet,
 * `headers` carries the Set-Cookie that gives it one. Only for private answers (a no-store resource
 * route, an action's reply): a per-visitor token never goes into cacheable HTML.
 */
export async function issueVisitorFormToken(
  request: Request,
  {secret, secure, formId}: {secret: string; secure: boolean; formId: string},
): Promise<{token: string; headers: Headers}> {
  const headers = new Headers();
  let visitorId = await readVisitorId(request);
  if (!visitorId) {
    visitorId = newVisitorId();
    headers.append('Set-Cookie', await visitorCookie(secure).serialize(visitorId));
  }
  return {token: await issueFormToken({secret, visitorId, formId}), headers};
}
