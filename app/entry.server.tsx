import type {AppLoadContext, EntryContext} from '@shopify/remix-oxygen';
import {RemixServer} from '@remix-run/react';
import {isbot} from 'isbot';
import {renderToReadableStream} from 'react-dom/server';
import {createContentSecurityPolicy} from '@shopify/hydrogen';
import {TURNSTILE_ORIGIN} from '~/lib/forms/turnstile.server';
import {keepStreamedScriptsInBody} from '~/lib/shop/document-stream.server';

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  context: AppLoadContext,
) {
  const {settings} = context;
  // Shopify's CDN is allowed by default. The emulator serves images and the API
  // over plain http on loopback, which the default policy (https:// only) would
  // block — so its origin is added only when the app runs on the embedded default.
  const emulatorOrigin = settings.usesEmulator
    ? new URL(settings.storeDomain).origin
    : undefined;
  const extra = emulatorOrigin ? [emulatorOrigin] : [];
  // Cloudflare Turnstile's script and frame, only when the store turned it on.
  const captcha = settings.turnstile ? [TURNSTILE_ORIGIN] : [];

  const {nonce, header, NonceProvider} = createContentSecurityPolicy({
    shop: {
      checkoutDomain: settings.checkoutDomain,
      storeDomain: settings.usesEmulator ? undefined : settings.storeDomain,
    },
    imgSrc: ["'self'", 'data:', 'https://cdn.shopify.com', ...extra],
    connectSrc: ["'self'", ...extra],
    // Only scripts carrying this response's nonce run, plus what they load ('strict-dynamic'):
    // cdn.shopify.com also hosts files merchants upload, so the host itself is not trusted.
    scriptSrc: ["'self'", "'strict-dynamic'", 'https://cdn.shopify.com', ...captcha],
    ...(captcha.length ? {frameSrc: captcha} : {}),
    // base-uri 'self' is already Hydrogen's default.
    objectSrc: ["'none'"],
    formAction: ["'self'", ...checkoutOrigins([settings.checkoutDomain, settings.storeDomain]), ...extra],
    frameAncestors: ["'none'"],
  });

  const body = await renderToReadableStream(
    <NonceProvider>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceProvider>,
    {
      nonce,
      signal: request.signal,
      onError(error) {
        console.error(error);
        responseStatusCode = 500;
      },
    },
  );

  if (isbot(request.headers.get('user-agent'))) {
    await body.allReady;
  }

  responseHeaders.set('Content-Type', 'text/html');
  responseHeaders.set('Content-Security-Policy', header);
  responseHeaders.set('X-Content-Type-Options', 'nosniff');
  responseHeaders.set('Referrer-Policy', 'strict-origin-when-cross-origin');

  return new Response(keepStreamedScriptsInBody(body), {
    headers: responseHeaders,
    status: responseStatusCode,
  });
}

/**
 * Forms may post to the store itself and end at Shopify's checkout (Buy now and cart links redirect
 * there, and form-action covers redirects): the checkout domain and the store domain.
 */
function checkoutOrigins(domains: Array<string | undefined>): string[] {
  return domains.flatMap((domain) => {
    if (!domain) return [];
    try {
      return [new URL(domain.includes('://') ? domain : `https://${domain}`).origin];
    } catch {
      return [];
    }
  });
}
