import {useState} from 'react';

/**
 * One chunk of the sanitised article body. After a page load its HTML is not in the page data
 * (app/lib/blog/markup-only.ts): while hydrating, the chunk keeps the markup the server already
 * rendered, read from the page once. Client-side navigations bring the HTML with the data.
 */
export function ArticleHtmlChunk({html, index, className}: {html: string | undefined; index: number; className: string}) {
  const [fromMarkup] = useState(() => (html === undefined ? renderedChunk(index) : ''));
  return (
    <div
      className={className}
      data-store-html=""
      data-body-chunk={index}
      // The server's markup stays as it is; React does not compare inner HTML while hydrating.
      suppressHydrationWarning
      dangerouslySetInnerHTML={{__html: html ?? fromMarkup}}
    />
  );
}

function renderedChunk(index: number): string {
  if (typeof document === 'undefined') return '';
  return document.querySelector(`[data-body-chunk="${index}"]`)?.innerHTML ?? '';
}
