import {PRODUCT_COPY} from '~/lib/catalog/copy';

/**
 * The store's description of the program (already sanitised on the server). Merchants write its
 * headings as h3: a heading of its own keeps the outline h1 → h2 → h3 for screen-reader users,
 * who jump by heading, without a visible title the design does not need.
 */
export function ProductDescription({html}: {html: string}) {
  return (
    <section aria-labelledby="product-description" className="mt-10 border-t border-stone-200 pt-8">
      <h2 id="product-description" className="sr-only">
        {PRODUCT_COPY.descriptionHeading}
      </h2>
      <div className="prose-trail" data-store-html="" dangerouslySetInnerHTML={{__html: html}} />
    </section>
  );
}
