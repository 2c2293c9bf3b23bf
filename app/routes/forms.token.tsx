import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {isFormId} from '~/lib/forms/form-guard-fields';
import {issueVisitorFormToken} from '~/lib/forms/visitor.server';

/**
 * GET /forms/token?form=… — a fresh anti-bot token for one form, bound to this browser's visitor
 * cookie (set here when missing). The forms fetch it after hydration, so pages never carry a
 * per-visitor token and stay cacheable; the answer itself is private and never stored.
 * See docs/decisions/020-form-abuse-protection.md.
 */
export async function loader({request, context}: LoaderFunctionArgs) {
  const formId = new URL(request.url).searchParams.get('form') ?? '';
  if (!isFormId(formId)) {
    return Response.json({error: 'Unknown form.'}, {status: 400, headers: {'Cache-Control': 'no-store'}});
  }
  const {token, headers} = await issueVisitorFormToken(request, {
    secret: context.settings.sessionSecret,
    secure: context.settings.isProduction,
    formId,
  });
  headers.set('Cache-Control', 'private, no-store');
  return Response.json({token}, {headers});
}
