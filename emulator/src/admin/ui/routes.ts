import type {EmulatorConfig} from '../../config';
import type {Router} from '../../http/router';
import {html} from '../../http/responses';
import {deleteBanner, renderBannerForm, renderBannerList, saveBanner} from './banners';
import {renderBlogSettings, savePolicy, savePromos} from './blog';
import {createUiAdminClient} from './client';
import {
  COMMENT_TABS,
  moderate,
  MODERATION_MUTATIONS,
  MODERATION_NOTICES,
  renderComments,
  type CommentTab,
  type ModerationAction,
} from './comments';
import {renderHome, saveHome} from './home';
import {esc} from './html';
import {CONSENT_ACTIONS, renderSubscribers, SUBSCRIBER_TABS, updateConsent, type ConsentAction, type SubscriberTab} from './subscribers';

/** Fixed notices shown after a redirect (`?done=<key>`): nothing user-typed is reflected. */
const NOTICES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(MODERATION_NOTICES).map(([k, v]) => [`comment-${k}`, v])),
  ...Object.fromEntries(Object.entries(CONSENT_ACTIONS).map(([k, v]) => [`consent-${k}`, v.notice])),
  'banner-saved': 'Banner saved.',
  'banner-deleted': 'Banner deleted.',
  'home-saved': 'Home page saved.',
  'policy-saved': 'Comment setting saved.',
  'promos-saved': 'Promos saved.',
};

function notice(url: URL): string | null {
  return NOTICES[url.searchParams.get('done') ?? ''] ?? null;
}

function redirect(location: string): Response {
  return new Response(null, {status: 303, headers: {location, 'cache-control': 'no-store'}});
}

/**
 * POSTs must come from this origin (a cross-site form cannot moderate comments): the Origin header,
 * or failing that the Referer, must name the host the request was sent to.
 */
export function isSameOrigin(request: Request): boolean {
  const source = request.headers.get('origin') ?? request.headers.get('referer');
  if (!source || source === 'null') return false;
  let host: string;
  try {
    host = new URL(source).host;
  } catch {
    return false;
  }
  return host === request.headers.get('host') || host === new URL(request.url).host;
}

function forbidden(): Response {
  return html(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forbidden</title></head><body><h1>Forbidden</h1><p>This form must be sent from the emulator admin itself.</p><p><a href="/admin">Back to the admin</a></p></body></html>',
    {status: 403},
  );
}

function failure(error: unknown): Response {
  console.error('[emulator] admin UI error', error);
  return html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admin error</title></head><body><h1>Something went wrong</h1><p>${esc(
      error instanceof Error ? error.message : String(error),
    )}</p><p><a href="/admin">Back to the admin</a></p></body></html>`,
    {status: 500},
  );
}

/** The /admin UI: server-rendered pages whose every change is an Admin GraphQL call. */
export function registerAdminUiRoutes(router: Router, config: EmulatorConfig, shopName: () => string): void {
  const client = createUiAdminClient((request) => router.handle(request), config);

  const get = (path: string, handler: (url: URL, params: Record<string, string>) => Promise<Response>) =>
    router.get(path, async (_request, route) => {
      try {
        return await handler(route.url, route.params);
      } catch (error) {
        return failure(error);
      }
    });
  const post = (path: string, handler: (form: FormData, params: Record<string, string>, url: URL) => Promise<Response>) =>
    router.post(path, async (request, route) => {
      if (!isSameOrigin(request)) return forbidden();
      try {
        const form = await request.formData().catch(() => new FormData());
        return await handler(form, route.params, route.url);
      } catch (error) {
        return failure(error);
      }
    });
  const str = (form: FormData, key: string) => {
    const v = form.get(key);
    return typeof v === 'string' ? v : '';
  };

  // ---- comments --------------------------------------------------------------------------------
  const commentTab = (value: string | null): CommentTab =>
    value && value in COMMENT_TABS ? (value as CommentTab) : 'review';
  get('/admin', async (url) => renderComments(client, shopName(), commentTab(url.searchParams.get('status')), notice(url)));
  get('/admin/comments', async (url) => renderComments(client, shopName(), commentTab(url.searchParams.get('status')), notice(url)));
  post('/admin/comments/:id/:action', async (form, params) => {
    const action = params.action as ModerationAction;
    const tab = commentTab(str(form, 'tab'));
    if (!(action in MODERATION_MUTATIONS) || !/^\d+$/.test(params.id ?? '')) {
      return renderComments(client, shopName(), tab, null, ['Unknown action.']);
    }
    const errors = await moderate(client, action, params.id!);
    if (errors.length) return renderComments(client, shopName(), tab, null, errors);
    return redirect(`/admin/comments?status=${tab}&done=comment-${action}`);
  });

  // ---- promo banners ----------------------------------------------------------------------------
  get('/admin/banners', async (url) => renderBannerList(client, shopName(), notice(url)));
  get('/admin/banners/new', async () => renderBannerForm(client, shopName(), null));
  get('/admin/banners/:handle', async (_url, params) => renderBannerForm(client, shopName(), params.handle!));
  post('/admin/banners', async (form) => {
    const result = await saveBanner(client, null, form);
    if (result.errors.length) {
      return renderBannerForm(client, shopName(), null, {values: result.values, status: result.status, errors: result.errors});
    }
    return redirect(`/admin/banners?done=banner-saved`);
  });
  post('/admin/banners/:handle', async (form, params) => {
    const result = await saveBanner(client, params.handle!, form);
    if (result.errors.length) {
      return renderBannerForm(client, shopName(), params.handle!, {values: result.values, status: result.status, errors: result.errors});
    }
    return redirect(`/admin/banners?done=banner-saved`);
  });
  post('/admin/banners/:handle/delete', async (form) => {
    const id = str(form, 'id');
    const errors = id.startsWith('gid://shopify/Metaobject/') ? await deleteBanner(client, id) : ['Unknown banner.'];
    if (errors.length) return renderBannerList(client, shopName(), errors.join(' '));
    return redirect('/admin/banners?done=banner-deleted');
  });

  // ---- home page -------------------------------------------------------------------------------
  get('/admin/home', async (url) => renderHome(client, shopName(), notice(url)));
  post('/admin/home', async (form) => {
    const result = await saveHome(client, form);
    if (result.errors.length) return renderHome(client, shopName(), null, result);
    return redirect('/admin/home?done=home-saved');
  });

  // ---- subscribers -----------------------------------------------------------------------------
  const subscriberTab = (value: string | null): SubscriberTab =>
    value && value in SUBSCRIBER_TABS ? (value as SubscriberTab) : 'subscribed';
  get('/admin/subscribers', async (url) => renderSubscribers(client, shopName(), subscriberTab(url.searchParams.get('state')), notice(url)));
  post('/admin/subscribers/:id/:action', async (form, params) => {
    const tab = subscriberTab(str(form, 'tab'));
    const action = params.action as ConsentAction;
    if (!(action in CONSENT_ACTIONS) || !/^\d+$/.test(params.id ?? '')) {
      return renderSubscribers(client, shopName(), tab, null, ['Unknown action.']);
    }
    const errors = await updateConsent(client, params.id!, action);
    if (errors.length) return renderSubscribers(client, shopName(), tab, null, errors);
    return redirect(`/admin/subscribers?state=${tab}&done=consent-${action}`);
  });

  // ---- blog settings ---------------------------------------------------------------------------
  get('/admin/blog', async (url) => renderBlogSettings(client, shopName(), notice(url)));
  post('/admin/blog/:id/policy', async (form, params) => {
    const errors = /^\d+$/.test(params.id ?? '') ? await savePolicy(client, params.id!, str(form, 'commentPolicy')) : ['Unknown blog.'];
    if (errors.length) return renderBlogSettings(client, shopName(), null, errors);
    return redirect('/admin/blog?done=policy-saved');
  });
  post('/admin/blog/:id/promos', async (form, params) => {
    const errors = /^\d+$/.test(params.id ?? '') ? await savePromos(client, params.id!, form) : ['Unknown blog.'];
    if (errors.length) return renderBlogSettings(client, shopName(), null, errors);
    return redirect('/admin/blog?done=promos-saved');
  });
}

