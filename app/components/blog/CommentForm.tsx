import {useActionData, useFetcher, useParams, useRouteLoaderData} from '@remix-run/react';
import type {RootLoader} from '~/root';
import {TurnstileWidget} from '~/components/forms/TurnstileWidget';
import {useCallback, useEffect, useRef} from 'react';
import type {CommentFormSettings, CommentFormState} from '~/lib/comments/comment-form-state';
import {COMMENT_LIMITS} from '~/lib/comments/comment-input';
import {FORM_TOKEN_FIELD, HONEYPOT_FIELD, formIds} from '~/lib/forms/form-guard-fields';
import {useFormToken} from '~/components/forms/useFormToken';
import {commentCopy} from '~/lib/comments/copy';
import {useCustomEvent} from '~/components/analytics/useCustomEvent';
import {CUSTOM_EVENTS, type CommentSubmittedPayload} from '~/lib/analytics/events';

/**
 * The reader's comment form. Without JavaScript it is a plain POST to the
 * article's action and the page comes back with the outcome; with JavaScript a
 * fetcher sends it without a reload. Either way an error keeps every field.
 */
export function CommentForm({action, settings}: {action: string; settings: CommentFormSettings}) {
  const fetcher = useFetcher<CommentFormState>({key: 'article-comment'});
  const actionData = useActionData<CommentFormState>();
  const state = fetcher.data ?? actionData;
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const busy = fetcher.state !== 'idle';
  const params = useParams();
  const captchaSiteKey = useRouteLoaderData<RootLoader>('root')?.captchaSiteKey;
  const send = useCallback(
    (data: FormData) => fetcher.submit(data, {method: 'post', action, preventScrollReset: true}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fetcher.submit is stable; the fetcher object is not
    [action],
  );
  const {token: formToken, onSubmit} = useFormToken(
    formIds.comment(params.blogHandle ?? '', params.articleHandle ?? ''),
    state?.formToken,
    send,
  );
  const publishSubmitted = useCustomEvent<CommentSubmittedPayload>(CUSTOM_EVENTS.commentSubmitted);

  useEffect(() => {
    if (fetcher.state !== 'idle' || !fetcher.data) return;
    if (fetcher.data.status === 'success') {
      formRef.current?.reset();
      // Which article gets the conversation; never who wrote it.
      publishSubmitted({
        blogHandle: params.blogHandle ?? '',
        articleHandle: params.articleHandle ?? '',
        status: fetcher.data.outcome,
      });
    }
    statusRef.current?.focus();
    // Once per answer: publishSubmitted changes identity when consent is given, not per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.state, fetcher.data]);

  if (settings.policy === 'CLOSED') {
    return <p className="rounded-xl bg-stone-100 p-4 text-charcoal-700">{commentCopy.closed}</p>;
  }
  if (settings.policy === 'UNAVAILABLE') {
    return <p className="rounded-xl bg-stone-100 p-4 text-charcoal-700">{commentCopy.unavailable}</p>;
  }

  const errors = state?.status === 'error' ? state.fieldErrors : {};
  const values = state?.status === 'error' ? state.values : undefined;
  const field = (name: 'name' | 'email' | 'body') => ({
    id: `comment-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `comment-${name}-error` : name === 'email' ? 'comment-email-hint' : undefined,
    defaultValue: values?.[name],
    className: 'field-input',
  });

  return (
    <section aria-labelledby="comment-form-title" className="rounded-2xl border border-stone-200 bg-white p-5 sm:p-7">
      <h3 id="comment-form-title" className="text-h3">
        {commentCopy.heading}
      </h3>
      <p className="mt-2 text-sm text-charcoal-600">
        {settings.policy === 'AUTO_PUBLISHED' ? commentCopy.introAutoPublished : commentCopy.intro}
      </p>

      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {state ? (
          <p
            role={state.status === 'error' ? 'alert' : 'status'}
            data-testid="comment-form-status"
            className={`mt-4 rounded-lg p-3 text-sm font-semibold ${
              state.status === 'success' ? 'bg-forest-50 text-forest-800' : 'bg-clay-100 text-clay-800'
            }`}
          >
            {state.message}
          </p>
        ) : null}
      </div>

      <fetcher.Form
        ref={formRef}
        method="post"
        action={action}
        preventScrollReset
        className="mt-5 grid gap-4"
        noValidate={false}
        onSubmit={onSubmit}
      >
        <input type="hidden" name={FORM_TOKEN_FIELD} value={formToken} />
        {/* Honeypot: hidden from people and assistive tech; bots fill it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="comment-website">{commentCopy.honeypotLabel}</label>
          <input id="comment-website" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="comment-name" className="field-label">
              {commentCopy.nameLabel}
            </label>
            <input {...field('name')} type="text" autoComplete="name" required maxLength={COMMENT_LIMITS.name} />
            <FieldError id="comment-name-error" message={errors.name} />
          </div>
          <div>
            <label htmlFor="comment-email" className="field-label">
              {commentCopy.emailLabel}
            </label>
            <input {...field('email')} type="email" autoComplete="email" required maxLength={COMMENT_LIMITS.email} />
            {errors.email ? (
              <FieldError id="comment-email-error" message={errors.email} />
            ) : (
              <p id="comment-email-hint" className="mt-1.5 text-xs text-charcoal-600">
                {commentCopy.emailHint}
              </p>
            )}
          </div>
        </div>
        <div>
          <label htmlFor="comment-body" className="field-label">
            {commentCopy.bodyLabel}
          </label>
          <textarea {...field('body')} rows={5} required minLength={COMMENT_LIMITS.bodyMin} maxLength={COMMENT_LIMITS.bodyMax} />
          <FieldError id="comment-body-error" message={errors.body} />
        </div>
        <TurnstileWidget siteKey={captchaSiteKey} resetOn={state} />
        <div>
          <button type="submit" className="btn-primary" disabled={busy}>
            {busy ? commentCopy.submitting : commentCopy.submit}
          </button>
        </div>
      </fetcher.Form>
    </section>
  );
}

function FieldError({id, message}: {id: string; message?: string}) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
