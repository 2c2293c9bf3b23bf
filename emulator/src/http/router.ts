/**
 * A tiny fetch-style router: handlers take a WHATWG Request and return a Response, so the whole
 * emulator can be called in-process (tests) or behind node:http (server.ts).
 *
 * Later work mounts more modules with `router.on(...)` (Admin REST/GraphQL, /admin UI) and adds
 * cross-cutting behaviour with `router.use(...)` (e.g. fault injection: delay or fail the next N
 * requests) — middleware runs before routing, in registration order.
 */

export interface RouteContext {
  url: URL;
  params: Record<string, string>;
  /** Unique per request; echoed as X-Request-ID. */
  requestId: string;
}

export type Handler = (
  request: Request,
  ctx: RouteContext,
) => Response | Promise<Response>;

export type Middleware = (
  request: Request,
  ctx: RouteContext,
  next: () => Promise<Response>,
) => Promise<Response>;

interface Route {
  methods: Set<string> | null; // null = any method
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

function compile(path: string): {pattern: RegExp; keys: string[]} {
  const keys: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (segment === '*') {
        keys.push('*');
        return '(.*)';
      }
      return segment.replace(
        /:([A-Za-z_][A-Za-z0-9_]*)|([.+?^${}()|[\]\\])/g,
        (_m, key: string | undefined, special: string | undefined) => {
          if (key) {
            keys.push(key);
            return '([^/]+?)';
          }
          return `\\${special}`;
        },
      );
    })
    .join('/');
  return {pattern: new RegExp(`^${source}/?$`), keys};
}

export class Router {
  private readonly routes: Route[] = [];
  private readonly middleware: Middleware[] = [];

  /** Adds middleware that wraps every request (runs before route matching). */
  use(middleware: Middleware): this {
    this.middleware.push(middleware);
    return this;
  }

  /** Registers a handler; `method` may be '*' for any. Paths support `:param` and a trailing `*`. */
  on(method: string | string[], path: string, handler: Handler): this {
    const list = Array.isArray(method) ? method : [method];
    const methods = list.includes('*')
      ? null
      : new Set(list.map((m) => m.toUpperCase()));
    this.routes.push({methods, ...compile(path), handler});
    return this;
  }

  get(path: string, handler: Handler): this {
    return this.on(['GET', 'HEAD'], path, handler);
  }

  post(path: string, handler: Handler): this {
    return this.on('POST', path, handler);
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const ctx: RouteContext = {url, params: {}, requestId: crypto.randomUUID()};
    const dispatch = async (index: number): Promise<Response> => {
      const middleware = this.middleware[index];
      if (middleware) {
        return middleware(request, ctx, () => dispatch(index + 1));
      }
      return this.route(request, ctx);
    };
    let response: Response;
    try {
      response = await dispatch(0);
    } catch (error) {
      console.error('[emulator] unhandled error', error);
      response = new Response('Internal Server Error', {
        status: 500,
        headers: {'content-type': 'text/plain; charset=utf-8'},
      });
    }
    if (!response.headers.has('x-request-id')) {
      try {
        response.headers.set('x-request-id', ctx.requestId);
      } catch {
        // Immutable headers (e.g. a Response.redirect): leave as is.
      }
    }
    return response;
  }

  private async route(request: Request, ctx: RouteContext): Promise<Response> {
    const method = request.method.toUpperCase();
    let pathname: string;
    try {
      pathname = decodeURI(ctx.url.pathname);
    } catch {
      pathname = ctx.url.pathname;
    }
    const allowed = new Set<string>();
    for (const route of this.routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      if (route.methods && !route.methods.has(method)) {
        route.methods.forEach((m) => allowed.add(m));
        continue;
      }
      route.keys.forEach((key, i) => {
        ctx.params[key] = match[i + 1] ?? '';
      });
      return route.handler(request, ctx);
    }
    if (allowed.size > 0) {
      return new Response('Method Not Allowed', {
        status: 405,
        headers: {allow: [...allowed].join(', '), 'content-type': 'text/plain'},
      });
    }
    return new Response('Not Found', {
      status: 404,
      headers: {'content-type': 'text/plain; charset=utf-8'},
    });
  }
}
