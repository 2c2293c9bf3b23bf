import type {IncomingMessage, ServerResponse} from 'node:http';

/** Largest body any emulator endpoint reads (GraphQL has its own, smaller limit). */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;

/** Thrown by toFetchRequest for a body over the limit; the server answers 413 and closes. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body over ${limit} bytes`);
  }
}

/**
 * Converts a node:http request into a WHATWG Request. The body is buffered (requests are small), but never
 * beyond `maxBodyBytes`: a larger declared or actual body throws BodyTooLargeError instead.
 */
export async function toFetchRequest(
  req: IncomingMessage,
  origin: string,
  maxBodyBytes = MAX_REQUEST_BODY_BYTES,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value == null) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else headers.set(name, value);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) throw new BodyTooLargeError(maxBodyBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of req) {
      total += (chunk as Buffer).byteLength;
      if (total > maxBodyBytes) throw new BodyTooLargeError(maxBodyBytes);
      chunks.push(chunk as Buffer);
    }
    const all = Buffer.concat(chunks);
    body = new Uint8Array(all.byteLength);
    body.set(all);
  }
  return new Request(new URL(req.url ?? '/', origin), {method, headers, body});
}

/**
 * Socket-level faults (emulator/src/faults): what no Response can express. A marked response is
 * never written: `reset` aborts the connection (TCP RST), `hang` sends nothing until the client
 * gives up (or HANG_LIMIT_MS passes, then resets). In-process callers just see the marker's body.
 */
export type SocketFault = 'reset' | 'hang';
const socketFaults = new WeakMap<Response, SocketFault>();
const HANG_LIMIT_MS = 10 * 60_000;

export function socketFaultResponse(fault: SocketFault): Response {
  const response = new Response(`Injected fault: connection ${fault}`, {
    status: 502,
    headers: {'content-type': 'text/plain; charset=utf-8'},
  });
  socketFaults.set(response, fault);
  return response;
}

function resetConnection(res: ServerResponse) {
  if (res.socket) res.socket.resetAndDestroy();
  else res.destroy();
}

/** Writes a WHATWG Response to a node:http response. */
export async function sendFetchResponse(
  response: Response,
  res: ServerResponse,
  method: string,
): Promise<void> {
  const fault = socketFaults.get(response);
  if (fault === 'reset') return resetConnection(res);
  if (fault === 'hang') {
    if (res.destroyed) return;
    return new Promise((resolve) => {
      const limit = setTimeout(() => resetConnection(res), HANG_LIMIT_MS);
      limit.unref();
      res.once('close', () => {
        clearTimeout(limit);
        resolve();
      });
    });
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length) headers['set-cookie'] = cookies;
  const buffer =
    method === 'HEAD' || response.body == null
      ? null
      : Buffer.from(await response.arrayBuffer());
  if (buffer && !headers['content-length']) {
    headers['content-length'] = String(buffer.byteLength);
  }
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(buffer ?? undefined);
}
