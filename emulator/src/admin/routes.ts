import type {EmulatorConfig} from '../config';
import type {Router} from '../http/router';
import type {AdminTokenRepository} from '../store/admin-tokens';
import {registerAuthRoutes} from './auth';
import type {AdminContext} from './context';
import {registerAdminGraphqlRoutes} from './graphql';
import {registerRestCommentRoutes} from './rest-comments';
import {registerAdminUiRoutes} from './ui/routes';

/**
 * The Admin API (client-credentials token, REST comments, GraphQL) and the /admin UI that uses it.
 * See emulator/README.md and docs/decisions/001-storefront-emulator.md.
 */
export function registerAdminRoutes(
  router: Router,
  config: EmulatorConfig,
  tokens: AdminTokenRepository,
  makeContext: (requestId: string) => AdminContext,
): void {
  const now = () => makeContext('clock').now();
  registerAuthRoutes(router, config, tokens, now);
  registerRestCommentRoutes(router, tokens, makeContext);
  registerAdminGraphqlRoutes(router, tokens, makeContext);
  registerAdminUiRoutes(router, config, () => makeContext('ui').content.shop.name);
}
