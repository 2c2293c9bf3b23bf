// Virtual entry point for the app
import * as remixBuild from 'virtual:remix/server-build';
import {storefrontRedirect} from '@shopify/hydrogen';
import {createRequestHandler} from '@shopify/remix-oxygen';
import {createAppLoadContext} from '~/lib/shop/context.server';
import {EnvError, settingsFor} from '~/lib/shop/env.server';
import {startupErrorResponse} from '~/lib/shop/startup-error.server';
import {applyPageCachePolicy, responseAudience} from '~/lib/shop/page-cache.server';
import {openWorkerPageCache} from '~/lib/shop/worker-page-cache.server';
import {RETRY_AFTER_SECONDS} from '~/lib/shop/upstream.server';
import {
  boundedFormRequest,
  crossSiteRefusal,
  isSameSiteLocation,
  oversizedFormRefusal,
  withBaselineHeaders,
  withoutRedirectParams,
} from '~/lib/shop/response-hardening.server';

/**
 * Remix refuses an action whose Origin differs from the Host header (CSRF check). In
 * `shopify hydrogen dev`, MiniOxygen hands the worker its own internal Host while the request
 * URL keeps the address the browser used, so every script-driven POST would be refused. When
 * no proxy has said otherwise, the request URL's host is the public host.
 */
function withPublicHost(request: Request): Request {
  if (request.headers.has('x-forwarded-host')) return request;
  const publicHost = new URL(request.url).host;
  if (request.headers.get('host') === publicHost) return request;
  const headers = new Headers(request.headers);
  headers.set('x-forwarded-host', publicHost);
  return new Request(request, {headers});
}

/**
 * The Oxygen worker: build the load context, let Remix answer, commit the
 * session cookie, and give Shopify's URL redirects a chance on a 404.
 */
export default {
  async fetch(
    request: Request,
    env: Env,
    executionContext: ExecutionContext,
  ): Promise<Response> {
    try {
      // The page may already be kept for this reader's audience (worker-page-cache.server.ts):
      // answered before anything else runs, as Oxygen's own full-page cache would.
      const {storefrontCache} = settingsFor(env, process.env.NODE_ENV === 'production');
      const pageCache = storefrontCache === 'live' ? await openWorkerPageCache() : null;
      const kept = await pageCache?.match(request);
      if (kept) return kept;
      const waitUntil = executionContext.waitUntil.bind(executionContext);
      // Who may share the answer is read before the policy sets the headers shared caches go by.
      const finish = (response: Response) => {
        const audience = responseAudience(request, response);
        const answered = applyPageCachePolicy(request, response);
        return pageCache ? pageCache.keep(request, answered, audience, waitUntil) : answered;
      };

      const appLoadContext = await createAppLoadContext(
        request,
        env,
        executionContext,
      );
      const {isProduction} = appLoadContext.settings;
      const hostRequest = withPublicHost(request);

      const publicHost =
        hostRequest.headers.get('x-forwarded-host') ??
        hostRequest.headers.get('host') ??
        new URL(request.url).host;
      const refused = crossSiteRefusal(hostRequest, publicHost) ?? oversizedFormRefusal(request);
      if (refused) return withBaselineHeaders(refused, {isProduction});
      // A chunked (or falsely declared) form body is read with a byte cap before anything parses it.
      const publicRequest = await boundedFormRequest(hostRequest);
      if (publicRequest instanceof Response) return withBaselineHeaders(publicRequest, {isProduction});

      const handleRequest = createRequestHandler({
        build: remixBuild,
        mode: process.env.NODE_ENV,
        getLoadContext: () => appLoadContext,
      });

      const response = await handleRequest(publicRequest);

      if (appLoadContext.session.isPending) {
        response.headers.append(
          'Set-Cookie',
          await appLoadContext.session.commit(),
        );
      }

      if (response.status === 404) {
        // Redirects defined in Shopify admin (Online Store > Navigation > URL redirects), and
        // nothing else: the request loses return_to/redirect first, and a Location that would
        // leave this site keeps the 404.
        const redirected = await storefrontRedirect({
          request: withoutRedirectParams(request),
          response,
          storefront: appLoadContext.storefront,
        });
        const location = redirected.headers.get('Location');
        const safe = redirected === response || isSameSiteLocation(location, request.url);
        return finish(withBaselineHeaders(safe ? redirected : response, {isProduction}));
      }

      // Shopify could not answer a page's critical data: tell readers and crawlers when to come back.
      if (response.status === 503 && !response.headers.has('Retry-After')) {
        response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
      }
      // Anonymous pages may be kept by Oxygen's full-page cache; anything personal never is.
      return finish(withBaselineHeaders(response, {isProduction}));
    } catch (error) {
      if (error instanceof EnvError) {
        console.error(error.message);
        return startupErrorResponse(error);
      }
      console.error(error);
      return new Response('An unexpected error occurred', {
        status: 500,
        headers: {'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/plain; charset=utf-8'},
      });
    }
  },
};
