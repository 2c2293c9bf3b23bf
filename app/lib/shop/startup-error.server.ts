import type {EnvError} from '~/lib/shop/env.server';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page a misconfigured deploy answers with: it names each setting that is wrong (never its
 * value) so whoever deploys can fix it, instead of a generic 500. Plain HTML with no scripts and no
 * store data: the app itself cannot run without its settings.
 */
export function startupErrorResponse(error: EnvError): Response {
  const items = error.problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>Store settings need attention</title>
<style>body{font:16px/1.6 system-ui,sans-serif;background:#f5f5f0;color:#1f2421;margin:0;padding:3rem 1.5rem}
main{max-width:40rem;margin:auto}h1{color:#1f3d2b;line-height:1.2}code{background:#e7e5df;padding:0 .25rem}</style></head>
<body><main><h1>Store settings need attention</h1>
<p>Trailforge cannot start until these settings are fixed in <code>.env</code> or the Oxygen environment:</p>
<ul>${items}</ul>
<p>See <code>.env.example</code> for what each setting means.</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
