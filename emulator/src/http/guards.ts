import type {EmulatorConfig} from '../config';
import type {Middleware} from './router';

/**
 * Two guards for the emulator's privileged surfaces, as one router middleware so no endpoint can
 * forget them:
 *
 * - `/admin…` (the admin UI and the Admin API) and `/__emulator/…` (test hooks) answer only when the
 *   Host header names this machine (localhost, 127.0.0.1, [::1], the configured host, the public
 *   origin's host, or a name listed in EMULATOR_ALLOWED_HOSTS). A page on an attacker's domain that
 *   re-binds its DNS name to 127.0.0.1 still sends its own name as Host, so it is refused.
 * - `/__emulator/…` takes only same-origin JSON: a browser page on another site (Origin of another
 *   host, `Origin: null`, or `Sec-Fetch-Site: cross-site/same-site`) gets a 403, and a write whose
 *   body is not `application/json` gets a 415. A cross-site form can send `text/plain` without a
 *   preflight; it cannot send JSON. Node clients (tests) send no Origin and pass.
 */

const CONTROL_PREFIX = '/__emulator/';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);

function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

function isControlPath(pathname: string): boolean {
  return pathname === '/__emulator' || pathname.startsWith(CONTROL_PREFIX);
}

/** Host names (no port, lower case; IPv6 in brackets) that may reach /admin and /__emulator. */
export function allowedHosts(config: EmulatorConfig): Set<string> {
  const hosts = new Set(LOOPBACK);
  const add = (value: string | undefined) => {
    const name = hostnameOf(value ?? '');
    if (name && !WILDCARD_BINDS.has(name)) hosts.add(name);
  };
  add(config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host);
  try {
    add(new URL(config.publicOrigin).host);
  } catch {
    /* an unusable public origin adds nothing */
  }
  for (const extra of config.allowedHosts) add(extra);
  return hosts;
}

/** `Example.COM:4010` → `example.com`; `[::1]:4010` → `[::1]`; garbage → ''. */
export function hostnameOf(host: string): string {
  if (!host) return '';
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'},
  });
}

/** True when a browser says the request comes from another origin than the one it is sent to. */
function isCrossOrigin(request: Request, requestHost: string): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin == null) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host.toLowerCase() !== requestHost.toLowerCase();
  } catch {
    return true;
  }
}

async function hasBody(request: Request): Promise<boolean> {
  if (request.body == null) return false;
  return (await request.clone().arrayBuffer()).byteLength > 0;
}

function isJson(request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}

export function createGuards(config: EmulatorConfig): Middleware {
  const hosts = allowedHosts(config);
  return async (request, ctx, next) => {
    const {pathname} = ctx.url;
    const control = isControlPath(pathname);
    if (!control && !isAdminPath(pathname)) return next();

    const requestHost = request.headers.get('host') ?? ctx.url.host;
    const name = hostnameOf(requestHost);
    if (!hosts.has(name)) {
      return refuse(
        403,
        `Host "${name || requestHost.slice(0, 100)}" is not allowed to reach ${control ? '/__emulator' : '/admin'} ` +
          `(a guard against DNS rebinding). Use localhost or 127.0.0.1, or add the name to EMULATOR_ALLOWED_HOSTS.`,
      );
    }
    if (!control) return next();

    if (isCrossOrigin(request, requestHost)) {
      return refuse(403, 'The emulator control endpoints accept requests from the emulator\u2019s own origin only.');
    }
    if (WRITE_METHODS.has(request.method.toUpperCase()) && !isJson(request) && (await hasBody(request))) {
      return refuse(415, 'The emulator control endpoints accept only Content-Type: application/json bodies.');
    }
    return next();
  };
}
