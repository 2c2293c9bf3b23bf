// Server-side measurements for the benchmark: the first request's time to first byte, and autocannon
// runs (keep-alive connections, as browsers and CDNs keep them).
import http from 'node:http';
import autocannon from 'autocannon';

/**
 * One GET on a new connection: status, time to the response's first byte, when the request started
 * and when that byte came (epoch ms, to line them up with the emulator's call timings), and the body
 * and its size. It resolves once the whole body is in, so the calls of streamed (deferred) parts
 * are over by then too.
 */
export function firstRequest(url) {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const started = process.hrtime.bigint();
    const request = http.get(url, {agent: false, headers: {'accept-encoding': 'identity', accept: 'text/html'}}, (response) => {
      const ttfbMs = Number(process.hrtime.bigint() - started) / 1e6;
      let bytes = 0;
      const chunks = [];
      response.on('data', (chunk) => {
        bytes += chunk.length;
        chunks.push(chunk);
      });
      response.on('end', () =>
        resolve({status: response.statusCode, ttfbMs, startedAt, firstByteAt: startedAt + ttfbMs, bytes, body: Buffer.concat(chunks).toString('utf8')}),
      );
      response.on('error', reject);
    });
    request.setTimeout(60_000, () => request.destroy(new Error(`no answer from ${url} within 60 s`)));
    request.on('error', reject);
  });
}

/** autocannon against one URL: {rps, p50Ms, p99Ms, requests, non2xx, errors}. `amount` or `durationS`. */
export async function cannon({url, connections, durationS, amount, headers = {}}) {
  const result = await autocannon({
    url,
    connections,
    ...(amount ? {amount} : {duration: durationS}),
    timeout: 30,
    headers: {accept: 'text/html', ...headers},
  });
  return {
    // Completed requests over the run's wall time: also right for a burst shorter than autocannon's
    // one-second samples, which its per-second average would miss.
    rps: result.duration > 0 ? result.requests.total / result.duration : result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
