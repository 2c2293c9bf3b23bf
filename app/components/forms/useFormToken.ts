import {useCallback, useEffect, useRef, useState, type FormEvent} from 'react';
import {FORM_TOKEN_FIELD, FORM_TOKEN_ROUTE} from '~/lib/forms/form-guard-fields';

/**
 * The anti-bot token for one form, fetched from the no-store token route once the page has
 * hydrated, so cacheable HTML never carries anything per visitor
 * (docs/decisions/020-form-abuse-protection.md). A page without JavaScript posts without one and
 * gets the form back, words kept, with a token to send it again.
 */

// Forms on one page (footer and article sign-ups) share a request. A token is reused for half an
// hour, well inside the server's two-hour limit; an older one is fetched afresh.
const REUSE_MS = 30 * 60_000;
const requests = new Map<string, {token: Promise<string>; at: number}>();

// A browser's first token answer also sets its visitor cookie. Two first requests at once (the
// comment and newsletter forms on an article) would each get a different visitor, and the cookie
// kept would match only one token: later requests wait for the first answer.
let firstAnswer: Promise<unknown> | null = null;

function requestToken(formId: string): Promise<string> {
  const cached = requests.get(formId);
  if (cached && Date.now() - cached.at < REUSE_MS) return cached.token;
  const url = `${FORM_TOKEN_ROUTE}?form=${encodeURIComponent(formId)}`;
  const load = () => fetch(url, {credentials: 'same-origin', cache: 'no-store'});
  const answer = firstAnswer ? firstAnswer.then(load, load) : load();
  firstAnswer ??= answer.catch(() => undefined);
  const token = answer
    .then((response): Promise<{token?: unknown}> | {token?: unknown} => (response.ok ? response.json() : {}))
    .then((body) => (typeof body.token === 'string' ? body.token : ''))
    .catch(() => '');
  // A failed fetch is not kept: the next form or submit asks again.
  void token.then((value) => {
    if (!value) requests.delete(formId);
  });
  requests.set(formId, {token, at: Date.now()});
  return token;
}

/**
 * `token` goes into the form's hidden field; `fromAnswer` is the token a failed post handed back.
 * `onSubmit` holds back a post made before the token arrived (a very quick reader, or a test) and
 * sends it through `send` once the token is there.
 */
export function useFormToken(formId: string, fromAnswer: string | undefined, send: (data: FormData) => void) {
  const [token, setToken] = useState(fromAnswer ?? '');
  const current = useRef(token);
  current.current = token;

  useEffect(() => {
    let live = true;
    void requestToken(formId).then((value) => {
      if (live && value && !current.current) setToken(value);
    });
    return () => {
      live = false;
    };
  }, [formId]);

  useEffect(() => {
    if (fromAnswer) setToken(fromAnswer);
  }, [fromAnswer]);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (current.current) return;
      event.preventDefault();
      const form = event.currentTarget;
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      void requestToken(formId).then((value) => {
        const data = new FormData(form, submitter);
        data.set(FORM_TOKEN_FIELD, value);
        if (value) setToken(value);
        send(data);
      });
    },
    [formId, send],
  );

  return {token, onSubmit};
}
