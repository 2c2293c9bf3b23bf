import {useEffect, useState} from 'react';
import {blogCopy} from '~/components/blog/copy';

type Status = 'idle' | 'copied' | 'failed';

/**
 * Share without third-party scripts: the Web Share API where the browser has it (phones), a
 * copy-link button everywhere else. Both need JavaScript, so they appear after hydration; the
 * email link works without it.
 */
export function ShareArticle({url, title, className = ''}: {url: string; title: string; className?: string}) {
  const [hydrated, setHydrated] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    setHydrated(true);
    setCanShare(typeof navigator.share === 'function');
  }, []);

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function share() {
    try {
      await navigator.share({title, url});
    } catch (error) {
      // AbortError: the reader closed the share sheet. Anything else: offer the copy fallback.
      if ((error as DOMException)?.name !== 'AbortError') await copy();
    }
  }

  async function copy() {
    setStatus((await copyText(url)) ? 'copied' : 'failed');
  }

  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(
    blogCopy.emailBody(title, url),
  )}`;
  const button =
    'inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-bold text-forest-900 transition-colors hover:border-forest-700 hover:bg-forest-50';

  return (
    <div className={className}>
      <h2 className="eyebrow">{blogCopy.shareTitle}</h2>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {hydrated && canShare ? (
          <button type="button" onClick={share} className={button}>
            <ShareIcon />
            {blogCopy.share}
          </button>
        ) : null}
        {hydrated ? (
          <button type="button" onClick={copy} className={button}>
            <LinkIcon />
            {blogCopy.copyLink}
          </button>
        ) : null}
        <a href={mailto} className={button}>
          <MailIcon />
          {blogCopy.emailShare}
        </a>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm font-semibold text-forest-700">
        {status === 'copied' ? blogCopy.linkCopied : status === 'failed' ? blogCopy.copyFailed : ''}
      </p>
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or an insecure context: fall through to the selection fallback.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  return copied;
}

const iconProps = {'aria-hidden': true, viewBox: '0 0 24 24', className: 'size-4', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round'} as const;

function ShareIcon() {
  return (
    <svg {...iconProps}>
      <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" />
    </svg>
  );
}

function LinkIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </svg>
  );
}

function MailIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3 7l9 6 9-6" />
    </svg>
  );
}
