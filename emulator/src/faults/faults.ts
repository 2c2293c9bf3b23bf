import type {Router} from '../http/router';

/**
 * Fault injection, for tests and for trying the storefront's failure paths by hand:
 * make the next N requests whose path matches fail with a status and/or arrive late.
 *
 *   POST   /__emulator/faults   {"path": "/admin/api/*\/comments.json", "status": 503, "times": 1, "delayMs": 0}
 *   GET    /__emulator/faults   the faults still armed
 *   DELETE /__emulator/faults   clear them all
 *
 * `path` is a glob (`*` matches any run of characters); `method` and `bodyIncludes` (optional)
 * narrow it — e.g. `"bodyIncludes": "customerCreate"` fails one GraphQL mutation and nothing else.
 * A fault with `status` answers a Shopify-like error body; with only `delayMs` the real
 * response arrives late (use it to exercise timeouts). Faults live in memory only.
 */
export interface FaultSpec {
  path: string;
  method?: string;
  bodyIncludes?: string;
  status?: number;
  delayMs?: number;
  times?: number;
}

interface ArmedFault extends FaultSpec {
  id: number;
  remaining: number;
  pattern: RegExp;
}

const CONTROL_PATH = '/__emulator/faults';
const MAX_DELAY_MS = 60_000;

function globToRegExp(glob: string): RegExp {
  const source = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`);
}

export function registerFaultInjection(router: Router) {
  const faults: ArmedFault[] = [];
  let nextId = 1;

  router.use(async (request, ctx, next) => {
    if (ctx.url.pathname === CONTROL_PATH) return next();
    const method = request.method.toUpperCase();
    const candidates = faults.filter(
      (candidate) =>
        candidate.remaining > 0 &&
        candidate.pattern.test(ctx.url.pathname) &&
        (!candidate.method || candidate.method.toUpperCase() === method),
    );
    if (!candidates.length) return next();
    const body = candidates.some((candidate) => candidate.bodyIncludes) ? await request.clone().text() : '';
    const fault = candidates.find((candidate) => !candidate.bodyIncludes || body.includes(candidate.bodyIncludes));
    if (!fault) return next();
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(faults.indexOf(fault), 1);
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (!fault.status) return next();
    return Response.json(
      {errors: [{message: `Injected fault (${fault.status})`, extensions: {code: 'INTERNAL_SERVER_ERROR'}}]},
      {status: fault.status, headers: {'x-emulator-fault': String(fault.id)}},
    );
  });

  router.get(CONTROL_PATH, () => Response.json({faults: faults.map(({pattern: _p, ...rest}) => rest)}));

  router.on('DELETE', CONTROL_PATH, () => {
    faults.length = 0;
    return new Response(null, {status: 204});
  });

  router.post(CONTROL_PATH, async (request) => {
    let spec: FaultSpec;
    try {
      spec = (await request.json()) as FaultSpec;
    } catch {
      return Response.json({error: 'Body must be JSON'}, {status: 400});
    }
    const times = spec.times ?? 1;
    const invalid =
      typeof spec.path !== 'string' ||
      !spec.path.startsWith('/') ||
      (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599)) ||
      (spec.delayMs !== undefined && (!Number.isInteger(spec.delayMs) || spec.delayMs < 0 || spec.delayMs > MAX_DELAY_MS)) ||
      !Number.isInteger(times) ||
      times < 1 ||
      (spec.bodyIncludes !== undefined && (typeof spec.bodyIncludes !== 'string' || !spec.bodyIncludes)) ||
      (spec.status === undefined && !spec.delayMs);
    if (invalid) {
      return Response.json(
        {error: 'Expected {path: "/…", status?: 400-599, delayMs?: 0-60000, times?: >=1, method?}, with a status or a delay'},
        {status: 422},
      );
    }
    const fault: ArmedFault = {...spec, times, id: nextId++, remaining: times, pattern: globToRegExp(spec.path)};
    faults.push(fault);
    return Response.json({id: fault.id}, {status: 201});
  });
}
