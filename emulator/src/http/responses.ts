/** Small response helpers shared by every module. */

export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-request-id',
};

export function json(
  body: unknown,
  init: {status?: number; headers?: Record<string, string>} = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {'content-type': 'application/json; charset=utf-8', ...init.headers},
  });
}

export function text(
  body: string,
  init: {status?: number; headers?: Record<string, string>} = {},
): Response {
  return new Response(body, {
    status: init.status ?? 200,
    headers: {'content-type': 'text/plain; charset=utf-8', ...init.headers},
  });
}

export function html(
  body: string,
  init: {status?: number; headers?: Record<string, string>} = {},
): Response {
  return new Response(body, {
    status: init.status ?? 200,
    headers: {'content-type': 'text/html; charset=utf-8', ...init.headers},
  });
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
