// What worker code sees of `@remix-run/route-config` (tsconfig.app.json maps the module here).
//
// @shopify/hydrogen's types import RouteConfigEntry from it for `hydrogenRoutes`, and the real package's
// types pull in @remix-run/dev → vite → @types/node. Those would put every Node global (Buffer, process,
// node:fs, ...) in scope for app/ and server.ts, so the compiler could not catch a Node API in worker code.
// The route config itself (app/routes.ts) runs on Node at build time and is checked by tsconfig.node.json
// against the real package.
export interface RouteConfigEntry {
  id?: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
  file: string;
  children?: RouteConfigEntry[];
}
export type RouteConfig = RouteConfigEntry[] | Promise<RouteConfigEntry[]>;
