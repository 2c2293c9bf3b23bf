import http from 'node:http';
import path from 'node:path';
import type {AdminContext} from './admin/context';
import {registerAdminRoutes} from './admin/routes';
import {checkSeedMetadata} from './admin/seed-check';
import {resolveConfig, type EmulatorConfig, type EmulatorOptions} from './config';
import {registerCheckoutRoutes} from './checkout/routes';
import {mergeExtraContent} from './content/extra-content';
import {loadContent} from './content/loader';
import type {ContentIndex} from './content/types';
import {BodyTooLargeError, sendFetchResponse, toFetchRequest} from './http/node-adapter';
import {createGuards} from './http/guards';
import {Router} from './http/router';
import {text} from './http/responses';
import {ImageRenderer} from './images/render';
import {registerFaultInjection} from './faults/faults';
import {registerImageRoutes} from './images/routes';
import {registerNetworkModel} from './network/latency';
import {AdminTokenRepository} from './store/admin-tokens';
import {BlogSettingsRepository} from './store/blog-settings';
import {CartRepository} from './store/carts';
import {CommentRepository} from './store/comments';
import {CustomerRepository} from './store/customers';
import {MetadataRepository} from './store/metadata';
import {StateStore} from './store/state-store';
import type {StorefrontContext} from './storefront/context';
import {registerStorefrontRoutes} from './storefront/routes';
import {registerTurnstileStandIn} from './turnstile/siteverify';

/** How often a listening emulator prunes abandoned carts. */
export const CART_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export interface CreateEmulatorOptions extends EmulatorOptions {
  /** Where content warnings go (default console.warn); pass `() => {}` to silence. */
  log?: (message: string) => void;
  /** Rasterise images with sharp (default true); false forces the SVG-rewrite fallback. */
  rasterizeImages?: boolean;
  /** Clock for token expiry, Admin timestamps and cart pruning (tests move it forward); default: real time. */
  now?: () => Date;
}

export interface Emulator {
  config: EmulatorConfig;
  content: ContentIndex;
  state: StateStore;
  carts: CartRepository;
  comments: CommentRepository;
  metadata: MetadataRepository;
  customers: CustomerRepository;
  blogSettings: BlogSettingsRepository;
  adminTokens: AdminTokenRepository;
  router: Router;
  /** Deletes abandoned carts now (also done at start-up and every hour while listening); returns how many. */
  pruneCarts(): number;
  /** Handles one request in-process (no sockets): what the HTTP server calls. */
  handle(request: Request): Promise<Response>;
  /** Convenience for tests: `fetch`-like call with a path relative to the public origin. */
  fetch(pathOrUrl: string, init?: RequestInit): Promise<Response>;
  /** A StorefrontContext for direct resolver use. */
  context(requestId?: string): StorefrontContext;
  /** An AdminContext (Storefront context + customers, blog settings, clock). */
  adminContext(requestId?: string): AdminContext;
  listen(): Promise<http.Server>;
  close(): Promise<void>;
}

/**
 * Builds the emulator: seed content indexes, persisted state, and one route module per concern.
 * Later modules (Admin REST/GraphQL, /admin UI, fault injection) mount on `router` here.
 */
export function createEmulator(options: CreateEmulatorOptions = {}): Emulator {
  const config = resolveConfig(options);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((m: string) => console.warn(m));
  const seed = loadContent(config.contentDir, log);
  // A fixture folder has only what it adds: its missing files and folders are not worth a warning.
  const extraLog = (message: string) => (/: missing /.test(message) ? undefined : log(message));
  const content = config.extraContentDir ? mergeExtraContent(seed, loadContent(config.extraContentDir, extraLog)) : seed;
  const state = new StateStore(config.dataDir, log);
  const carts = new CartRepository(state);
  const comments = new CommentRepository(content.seedComments, state);
  const metadata = new MetadataRepository(
    {
      metaobjects: content.seedMetaobjects,
      definitions: content.seedMetaobjectDefinitions,
      metafieldDefinitions: content.seedMetafieldDefinitions,
    },
    state,
  );
  const customers = new CustomerRepository(content.seedCustomers, state, content.baselineSubscribedCount);
  const blogSettings = new BlogSettingsRepository(state);
  const adminTokens = new AdminTokenRepository(state);

  // Every data file now: a corrupt one is moved aside (logged), one of the wrong shape stops start-up
  // with a DataFileError naming the file and the problem.
  state.loadAll();

  const pruneCarts = () => {
    const pruned = carts.prune(now(), config.cartMaxAgeDays);
    if (pruned > 0) log(`[emulator] pruned ${pruned} cart(s) untouched for over ${config.cartMaxAgeDays} days`);
    return pruned;
  };
  pruneCarts();

  const context = (requestId = 'local'): StorefrontContext => ({
    content,
    carts,
    comments,
    metadata,
    config,
    origin: config.publicOrigin,
    requestId,
  });
  const adminContext = (requestId = 'local'): AdminContext => ({
    ...context(requestId),
    customers,
    blogSettings,
    now,
  });
  checkSeedMetadata(adminContext('seed-check'), (m) => {
    content.warnings.push(m);
    log(`[emulator] content: ${m}`);
  });

  const router = new Router();
  // Before everything else (fault injection included): /admin and /__emulator only for this machine.
  router.use(createGuards(config));
  router.get('/healthz', () => text('ok', {headers: {'cache-control': 'no-store'}}));
  // Its HTML pages (checkout, /admin) have no icon; answer the browser's automatic request quietly.
  router.get('/favicon.ico', () => new Response(null, {status: 204}));
  // First, so a fault can stand in for any route below.
  registerFaultInjection(router);
  // After the faults, so an injected failure is not delayed twice; before the routes it times.
  registerNetworkModel(router, config.latencyMs);
  registerStorefrontRoutes(router, config, context);
  registerImageRoutes(
    router,
    new ImageRenderer(path.join(config.contentDir, 'images'), content.imagesByFile, {
      rasterize: options.rasterizeImages,
    }),
  );
  registerCheckoutRoutes(router, context);
  registerAdminRoutes(router, config, adminTokens, adminContext);
  // Cloudflare Turnstile's siteverify, for TURNSTILE_VERIFY_URL in tests.
  registerTurnstileStandIn(router);

  let server: http.Server | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;

  const emulator: Emulator = {
    config,
    content,
    state,
    carts,
    comments,
    metadata,
    customers,
    blogSettings,
    adminTokens,
    router,
    pruneCarts,
    handle: (request) => router.handle(request),
    fetch: (pathOrUrl, init) =>
      router.handle(new Request(new URL(pathOrUrl, config.publicOrigin), init)),
    context,
    adminContext,
    listen: () =>
      new Promise((resolve, reject) => {
        const origin = `http://${config.host}:${config.port}`;
        server = http.createServer((req, res) => {
          toFetchRequest(req, origin)
            .then((request) => router.handle(request))
            .then((response) => sendFetchResponse(response, res, req.method ?? 'GET'))
            .catch((error: unknown) => {
              if (error instanceof BodyTooLargeError) {
                // Unread body left on the socket: answer and close rather than drain it.
                if (!res.headersSent) {
                  res.writeHead(413, {'content-type': 'text/plain; charset=utf-8', connection: 'close'});
                }
                res.end(`Request body too large (limit ${error.limit / 1024 / 1024} MB)\n`);
                return;
              }
              console.error('[emulator] request failed', error);
              if (!res.headersSent) res.writeHead(500, {'content-type': 'text/plain'});
              res.end('Internal Server Error');
            });
        });
        // Keep idle connections open longer than any client's pool keeps them. With Node's 5 s
        // default the emulator closed sockets just as the storefront's runtime reused them, and under
        // load critical queries failed with "Network connection lost" (500s in `npm run loadtest`).
        server.keepAliveTimeout = 120_000;
        server.headersTimeout = 125_000;
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server!.off('error', reject);
          // A long-running emulator keeps pruning; unref'd so it never holds the process open.
          pruneTimer = setInterval(pruneCarts, CART_PRUNE_INTERVAL_MS);
          pruneTimer.unref();
          const address = server!.address();
          if (address && typeof address === 'object') config.port = address.port;
          resolve(server!);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        clearInterval(pruneTimer);
        if (!server) return resolve();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
  return emulator;
}
