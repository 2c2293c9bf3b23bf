import {Kind, parse} from 'graphql';
import {socketFaultResponse} from '../http/node-adapter';
import type {Router} from '../http/router';
import {compileGlob, type Glob} from './glob';

/**
 * Fault injection, for tests and for trying the storefront's failure paths by hand:
 * make the next N matching requests fail, in one of the ways Shopify (or the network) fails.
 *
 *   POST   /__emulator/faults   {"operation": "ArticleComments", "kind": "throttled", "times": 1}
 *   GET    /__emulator/faults   the faults still armed
 *   DELETE /__emulator/faults   clear them all
 *
 * Kinds (docs: emulator/README.md, "Fault injection"):
 *   latency             the real response, `delayMs` late (the default when only delayMs is given)
 *   status              an HTTP error `status` (400–599) with a Shopify-like JSON error body
 *   throttled           200 with errors[].extensions.code THROTTLED, as Shopify's GraphQL APIs answer
 *   security-rejection  430, Shopify's "security rejection" (bot protection) answer
 *   malformed-json      200, application/json, a body cut off mid-object
 *   reset               the connection is reset before any byte of the answer
 *   hang                no answer at all until the client gives up
 * `delayMs` may be added to any kind (the fault happens that late).
 *
 * Narrowing: `path` is a glob (`*` matches any run of characters, matched in linear time);
 * `operation` is a GraphQL operation name (`operationName`, else the document's own operation name);
 * `method`, `bodyIncludes` and `headerIncludes` ({name: substring}) narrow further. Tests share one
 * emulator, so they narrow tightly (operation plus a handle in bodyIncludes, or the test's own cookie
 * value, which Hydrogen forwards to the Storefront API) and arm few `times`. Faults live in memory only.
 */
export const FAULT_KINDS = [
  'latency',
  'status',
  'throttled',
  'security-rejection',
  'malformed-json',
  'reset',
  'hang',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  /** Glob over the URL path; defaults to every path when `operation` narrows instead. */
  path?: string;
  operation?: string;
  method?: string;
  bodyIncludes?: string;
  /** Each named request header must contain its substring (e.g. {"cookie": "test-1234"}). */
  headerIncludes?: Record<string, string>;
  kind?: FaultKind;
  status?: number;
  delayMs?: number;
  times?: number;
}

interface ArmedFault extends FaultSpec {
  id: number;
  kind: FaultKind;
  remaining: number;
  glob: Glob;
}

const CONTROL_PATH = '/__emulator/faults';
const MAX_DELAY_MS = 60_000;
const MAX_TEXT = 500;

/** The request's GraphQL operation name, or undefined when it is not a (readable) GraphQL request. */
export function graphqlOperationName(body: string, url: URL): string | undefined {
  let query: unknown = url.searchParams.get('query') ?? undefined;
  let operationName: unknown = url.searchParams.get('operationName') ?? undefined;
  if (body) {
    try {
      const json = JSON.parse(body) as Record<string, unknown> | null;
      if (json && typeof json === 'object') ({query, operationName} = json);
    } catch {
      return undefined;
    }
  }
  if (typeof operationName === 'string' && operationName) return operationName;
  if (typeof query !== 'string') return undefined;
  try {
    const document = parse(query, {noLocation: true});
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) return definition.name.value;
    }
  } catch {
    // Not a valid document: no operation name to match.
  }
  return undefined;
}

function faultResponse(fault: ArmedFault): Response | null {
  const headers = {'x-emulator-fault': String(fault.id)};
  switch (fault.kind) {
    case 'latency':
      return null;
    case 'status':
      return Response.json(
        {errors: [{message: `Injected fault (${fault.status})`, extensions: {code: 'INTERNAL_SERVER_ERROR'}}]},
        {status: fault.status, headers},
      );
    case 'throttled':
      return Response.json(
        {
          errors: [
            {
              message: 'Throttled',
              extensions: {code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits'},
            },
          ],
        },
        {headers},
      );
    case 'security-rejection':
      return new Response('Your request was rejected by Shopify security (injected fault).', {
        status: 430,
        headers: {...headers, 'content-type': 'text/plain; charset=utf-8'},
      });
    case 'malformed-json':
      return new Response('{"data":{"shop":{"name":"Trail', {
        headers: {...headers, 'content-type': 'application/json; charset=utf-8'},
      });
    case 'reset':
    case 'hang':
      return socketFaultResponse(fault.kind);
  }
}

type Validated = {ok: true; fault: Omit<ArmedFault, 'id'>} | {ok: false; error: string};

function validate(input: unknown): Validated {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return {ok: false, error: 'Body must be a JSON object'};
  const spec = input as Record<string, unknown>;
  const text = (key: string) =>
    spec[key] === undefined || (typeof spec[key] === 'string' && spec[key] !== '' && spec[key].length <= MAX_TEXT);
  for (const key of ['path', 'operation', 'method', 'bodyIncludes']) {
    if (!text(key)) return {ok: false, error: `${key} must be a non-empty string of at most ${MAX_TEXT} characters`};
  }
  const headers = spec.headerIncludes;
  if (
    headers !== undefined &&
    (!headers ||
      typeof headers !== 'object' ||
      Array.isArray(headers) ||
      Object.entries(headers).some(([name, value]) => !name || typeof value !== 'string' || !value || value.length > MAX_TEXT))
  ) {
    return {ok: false, error: 'headerIncludes must map header names to non-empty strings'};
  }
  const path = (spec.path as string | undefined) ?? (spec.operation ? '/*' : undefined);
  if (!path?.startsWith('/')) return {ok: false, error: 'path must start with "/" (or give an operation)'};
  const {status, delayMs} = spec;
  const times = spec.times ?? 1;
  if (!Number.isInteger(times) || (times as number) < 1) return {ok: false, error: 'times must be a whole number >= 1'};
  if (delayMs !== undefined && (!Number.isInteger(delayMs) || (delayMs as number) < 0 || (delayMs as number) > MAX_DELAY_MS)) {
    return {ok: false, error: `delayMs must be 0-${MAX_DELAY_MS}`};
  }
  const kind = spec.kind ?? (status !== undefined ? 'status' : delayMs ? 'latency' : undefined);
  if (!FAULT_KINDS.includes(kind as FaultKind)) {
    return {ok: false, error: `kind must be one of ${FAULT_KINDS.join(', ')} (or give a status or a delayMs)`};
  }
  if (kind === 'status' && (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599)) {
    return {ok: false, error: 'status must be 400-599'};
  }
  if (kind !== 'status' && status !== undefined) return {ok: false, error: `status goes with kind "status" only`};
  if (kind === 'latency' && !delayMs) return {ok: false, error: 'latency needs a delayMs'};
  return {
    ok: true,
    fault: {
      path,
      operation: spec.operation as string | undefined,
      method: spec.method as string | undefined,
      bodyIncludes: spec.bodyIncludes as string | undefined,
      headerIncludes: headers as Record<string, string> | undefined,
      kind: kind as FaultKind,
      status: status as number | undefined,
      delayMs: delayMs as number | undefined,
      times: times as number,
      remaining: times as number,
      glob: compileGlob(path),
    },
  };
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
        candidate.glob.matches(ctx.url.pathname) &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        Object.entries(candidate.headerIncludes ?? {}).every(([name, value]) =>
          (request.headers.get(name) ?? '').includes(value),
        ),
    );
    if (!candidates.length) return next();
    const needsBody = candidates.some((candidate) => candidate.bodyIncludes || candidate.operation);
    const body = needsBody ? await request.clone().text() : '';
    const operation = candidates.some((candidate) => candidate.operation)
      ? graphqlOperationName(body, ctx.url)
      : undefined;
    const fault = candidates.find(
      (candidate) =>
        (!candidate.bodyIncludes || body.includes(candidate.bodyIncludes)) &&
        (!candidate.operation || candidate.operation === operation),
    );
    if (!fault) return next();
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(faults.indexOf(fault), 1);
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    return faultResponse(fault) ?? next();
  });

  router.get(CONTROL_PATH, () =>
    Response.json({faults: faults.map(({glob: _glob, ...rest}) => rest)}),
  );

  router.on('DELETE', CONTROL_PATH, () => {
    faults.length = 0;
    return new Response(null, {status: 204});
  });

  router.post(CONTROL_PATH, async (request) => {
    let input: unknown;
    try {
      input = await request.json();
    } catch {
      return Response.json({error: 'Body must be JSON'}, {status: 400});
    }
    const result = validate(input);
    if (!result.ok) return Response.json({error: result.error}, {status: 422});
    const fault: ArmedFault = {...result.fault, id: nextId++};
    faults.push(fault);
    return Response.json({id: fault.id}, {status: 201});
  });
}
