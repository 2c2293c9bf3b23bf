import {useEffect, useRef} from 'react';

/**
 * Cloudflare Turnstile's "I am human" check, shown only when the store configured it (the root
 * loader hands down the public site key). The widget puts its answer in a hidden
 * `cf-turnstile-response` field of the form it sits in; the server verifies it. An answer is good
 * once, so the widget starts over after every reply (`resetOn`).
 */

const SCRIPT_SRC = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';

type TurnstileApi = {
  render: (container: HTMLElement, options: {sitekey: string; theme?: 'light' | 'dark' | 'auto'}) => string;
  reset: (widgetId: string) => void;
  remove: (widgetId: string) => void;
};

let loading: Promise<TurnstileApi | null> | null = null;

function loadTurnstile(): Promise<TurnstileApi | null> {
  const existing = (window as {turnstile?: TurnstileApi}).turnstile;
  if (existing) return Promise.resolve(existing);
  // Added by our own (nonce'd) bundle, so CSP 'strict-dynamic' lets it run.
  loading ??= new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = SCRIPT_SRC;
    script.async = true;
    script.onload = () => resolve((window as {turnstile?: TurnstileApi}).turnstile ?? null);
    script.onerror = () => {
      loading = null;
      resolve(null);
    };
    document.head.appendChild(script);
  });
  return loading;
}

export function TurnstileWidget({siteKey, resetOn, dark = false}: {siteKey: string | null | undefined; resetOn?: unknown; dark?: boolean}) {
  const container = useRef<HTMLDivElement>(null);
  const widget = useRef<{api: TurnstileApi; id: string} | null>(null);

  useEffect(() => {
    if (!siteKey) return;
    let live = true;
    void loadTurnstile().then((api) => {
      if (!live || !api || !container.current) return;
      widget.current = {api, id: api.render(container.current, {sitekey: siteKey, theme: dark ? 'dark' : 'light'})};
    });
    return () => {
      live = false;
      if (widget.current) widget.current.api.remove(widget.current.id);
      widget.current = null;
    };
  }, [siteKey, dark]);

  useEffect(() => {
    if (resetOn && widget.current) widget.current.api.reset(widget.current.id);
  }, [resetOn]);

  if (!siteKey) return null;
  // Fixed height, so the form does not jump when the widget appears.
  return <div ref={container} className="min-h-[65px]" data-testid="captcha" />;
}
