// Reads the storefront isolate's JavaScript heap through workerd's V8 inspector (the Chrome DevTools
// Protocol), for the load test: the process's RSS also counts what workerd itself keeps (its allocator
// and buffers), while the isolate's heap is what the app's own code can leak.
//
// The stack must run with `shopify hydrogen preview --debug --inspector-port <port>` (scripts/preview.mjs
// does that when PREVIEW_INSPECTOR_PORT is set).

import WebSocket from 'ws';

/** Opens a DevTools session on the first worker the inspector lists. */
export async function connectInspector(port, {timeoutMs = 30_000} = {}) {
  const deadline = Date.now() + timeoutMs;
  let targets = [];
  while (Date.now() < deadline) {
    targets = await fetch(`http://127.0.0.1:${port}/json/list`)
      .then((response) => (response.ok ? response.json() : []))
      .catch(() => []);
    if (targets.some((target) => target.webSocketDebuggerUrl)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const target = targets.find((entry) => entry.webSocketDebuggerUrl);
  if (!target) throw new Error(`no inspector target on port ${port}`);

  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });

  /** One DevTools call, abandoned after `ms` (a busy isolate answers late, never not at all). */
  const call = (method, params = {}, ms = 30_000) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method} got no answer within ${ms} ms`));
      }, ms);
      pending.set(id, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      socket.send(JSON.stringify({id, method, params}));
    });

  return {
    title: target.title,
    /**
     * The heap in use after a full collection: `usedSize` is live JS objects, `backingStorageSize` the
     * ArrayBuffer stores they hold (response bodies, for instance).
     */
    async heapAfterGc() {
      await call('HeapProfiler.enable');
      await call('HeapProfiler.collectGarbage');
      const usage = await call('Runtime.getHeapUsage');
      return {used: usage.usedSize, total: usage.totalSize, backing: usage.backingStorageSize ?? 0};
    },
    close: () => socket.close(),
  };
}
