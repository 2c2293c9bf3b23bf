import type {ReactNode} from 'react';

/**
 * A page of HTML written in Shopify admin (a content page, a policy): its title and body. The body
 * must already be cleaned on the server (sanitizeStoreHtml).
 */
export function StoreHtmlArticle({title, bodyHtml, above}: {title: string; bodyHtml: string; above?: ReactNode}) {
  return (
    <article className="container-page py-12 md:py-16">
      {above}
      <h1 className={above ? 'mt-4 text-h1' : 'text-h1'}>{title}</h1>
      <div className="prose-trail mt-8" data-store-html="" dangerouslySetInnerHTML={{__html: bodyHtml}} />
    </article>
  );
}
