import {redirect, type ActionFunctionArgs} from '@shopify/remix-oxygen';
import {CONSENT_FIELD, isConsentChoice} from '~/lib/analytics/consent';
import {consentCookie} from '~/lib/analytics/consent.server';
import {safeReturnPath} from '~/lib/marketing/dismissals';
import {readFormData} from '~/lib/forms/read-form.server';
import {RETURN_TO_FIELD} from '~/lib/newsletter/newsletter-state';

/**
 * POST /consent — records Accept or Decline from our consent banner (embedded default) in a
 * first-party cookie. A fetcher gets data and the root revalidates; a plain form post (no
 * JavaScript) is sent back to the page it came from. A forged post can only change that
 * browser's own choice, so no form guard is needed.
 */
export async function action({request, context}: ActionFunctionArgs) {
  const form = await readFormData(request);
  const choice = form.get(CONSENT_FIELD);
  const back = safeReturnPath(form.get(RETURN_TO_FIELD));
  const viaFetcher = !form.has(RETURN_TO_FIELD);

  if (!isConsentChoice(choice)) {
    return viaFetcher ? Response.json({ok: false}, {status: 400}) : redirect(back, 303);
  }
  const headers = {
    'Set-Cookie': await consentCookie(choice, {
      secure: context.settings.isProduction && new URL(request.url).protocol === 'https:',
    }),
    'Cache-Control': 'no-store',
  };
  return viaFetcher ? Response.json({ok: true, choice}, {headers}) : redirect(back, {status: 303, headers});
}

/** Someone opening the address directly gets the home page. */
export function loader() {
  return redirect('/', 303);
}
