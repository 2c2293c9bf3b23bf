import type {AppLoadContext, EntryContext} from '@shopify/remix-oxygen';
import {RemixServer} from '@remix-run/react';
import {isbot} from 'isbot';
import {renderToReadableStream} from 'react-dom/server';
import {createContentSecurityPolicy} from '@shopify/hydrogen';

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

  const {nonce, header, NonceProvider} = createContentSecurityPolicy({
    shop: {
      checkoutDomain: settings.checkoutDomain,
      storeDomain: settings.usesEmulator ? undefined : settings.storeDomain,
    },
    imgSrc: ["'self'", 'data:', 'https://cdn.shopify.com', ...extra],
    connectSrc: ["'self'", ...extra],
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

  return new Response(body, {
    headers: responseHeaders,
    status: responseStatusCode,
  });
}
