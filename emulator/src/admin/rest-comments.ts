import {plainTextToHtml} from '../content/html';
import type {CommentData} from '../content/types';
import type {Router} from '../http/router';
import {json} from '../http/responses';
import type {AdminTokenRepository} from '../store/admin-tokens';
import {isAuthorized, unauthorized} from './auth';
import type {AdminContext} from './context';
import {isValidEmail} from './resolvers/customers';

const NOT_FOUND = () => json({errors: 'Not Found'}, {status: 404});

/** Shopify's REST comment shape. */
export function restComment(ctx: AdminContext, c: CommentData, status = c.status) {
  const blog = ctx.content.blogsByHandle.get(c.blog);
  const article = blog?._articles.find((a) => a.handle === c.article);
  return {
    id: c.id,
    body: c.body,
    body_html: plainTextToHtml(c.body),
    author: c.author.name,
    email: c.author.email,
    status,
    article_id: article?.legacyId ?? null,
    blog_id: blog?.legacyId ?? null,
    created_at: c.createdAt,
    updated_at: c.updatedAt ?? c.createdAt,
    ip: c.ip ?? null,
    published_at: status === 'published' ? (c.publishedAt ?? null) : null,
    user_agent: c.userAgent ?? null,
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Admin REST comments: `POST /admin/api/{version}/comments.json` creates a comment (the only API that
 * can), `GET /admin/api/{version}/comments/{id}.json` reads one.
 *
 * A new comment is answered `status: "pending"` as Shopify answers it; the emulator's spam check is
 * instant, so the stored comment is already `unapproved` (MODERATED blog) or `published`
 * (AUTO_PUBLISHED). A CLOSED blog refuses with 422.
 */
export function registerRestCommentRoutes(
  router: Router,
  tokens: AdminTokenRepository,
  makeContext: (requestId: string) => AdminContext,
): void {
  router.post('/admin/api/:version/comments.json', async (request, route) => {
    const ctx = makeContext(route.requestId);
    if (!isAuthorized(request, tokens, ctx.now())) return unauthorized();
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      body = null;
    }
    const input =
      body && typeof body === 'object' && 'comment' in body ? (body as {comment: unknown}).comment : null;
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      return json({errors: {comment: 'Required parameter missing or invalid'}}, {status: 400});
    }
    const c = input as Record<string, unknown>;

    const articleId = Number(c.article_id);
    if (c.article_id == null || c.article_id === '') {
      return json({errors: {article: ["can't be blank"]}}, {status: 422});
    }
    const article = Number.isInteger(articleId) ? ctx.content.articlesById.get(articleId) : undefined;
    if (!article) return NOT_FOUND();
    if (c.blog_id != null && c.blog_id !== '' && Number(c.blog_id) !== article._blog.legacyId) return NOT_FOUND();
    const blog = article._blog;

    const errors: Record<string, string[]> = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const commentBody = text(c.body);
    const author = text(c.author);
    const email = text(c.email);
    if (!commentBody) add('body', "can't be blank");
    if (!author) add('author', "can't be blank");
    if (!email) add('email', "can't be blank");
    else if (!isValidEmail(email)) add('email', 'is invalid');
    if (Object.keys(errors).length) return json({errors}, {status: 422});

    const policy = ctx.blogSettings.commentPolicy(blog);
    if (policy === 'CLOSED') {
      return json({errors: {base: ['Comments are closed for this blog']}}, {status: 422});
    }

    const created = ctx.comments.create({
      blog: blog.handle,
      article: article.handle,
      author: {name: author, email},
      body: commentBody,
      ip: text(c.ip) || null,
      userAgent: text(c.user_agent) || null,
      status: policy === 'AUTO_PUBLISHED' ? 'published' : 'unapproved',
      createdAt: ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    return json({comment: restComment(ctx, created, 'pending')}, {status: 201});
  });

  router.get('/admin/api/:version/comments/:file', (request, route) => {
    const ctx = makeContext(route.requestId);
    if (!isAuthorized(request, tokens, ctx.now())) return unauthorized();
    const id = /^(\d+)\.json$/.exec(route.params.file ?? '')?.[1];
    const comment = id ? ctx.comments.get(Number(id)) : undefined;
    return comment ? json({comment: restComment(ctx, comment)}) : NOT_FOUND();
  });
}
