import {redirect, type ActionFunctionArgs} from '@shopify/remix-oxygen';
import {DISMISS_KEY_FIELD, DISMISS_MODE_FIELD} from '~/lib/marketing/dismiss-fields';
import {isDismissKey, safeReturnPath} from '~/lib/marketing/dismissals';
import {dismissCookie, readDismissed} from '~/lib/marketing/dismissals.server';
import {RETURN_TO_FIELD} from '~/lib/newsletter/newsletter-state';
import {readFormData} from '~/lib/forms/read-form.server';

/**
 * POST /announcements/dismiss — remembers that the reader closed a banner, in a cookie the server
 * reads on the next render (so the banner never flashes back). A plain form post is redirected
 * back to the page it came from; a fetcher gets data. Nothing here is secret or costly, so the
 * form guard is not needed: the worst a forged post can do is hide a banner for that browser.
 */
export async function action({request, context}: ActionFunctionArgs) {
  const form = await readFormData(request);
  const key = form.get(DISMISS_KEY_FIELD);
  const viaFetcher = form.get(DISMISS_MODE_FIELD) === 'fetch';
  const back = safeReturnPath(form.get(RETURN_TO_FIELD));

  if (!isDismissKey(key)) {
    return viaFetcher ? Response.json({ok: false}, {status: 400}) : redirect(back, 303);
  }
  const headers = {
    'Set-Cookie': await dismissCookie(await readDismissed(request.headers.get('Cookie')), key, {
      secure: context.settings.isProduction && new URL(request.url).protocol === 'https:',
    }),
    'Cache-Control': 'no-store',
  };
  return viaFetcher ? Response.json({ok: true}, {headers}) : redirect(back, {status: 303, headers});
}

/** Someone opening the address directly gets the home page. */
export function loader() {
  return redirect('/', 303);
}
