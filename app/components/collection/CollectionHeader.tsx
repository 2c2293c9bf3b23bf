import {Image} from '@shopify/hydrogen';
import {wholePixelSrcSetOptions} from '~/lib/media/fluid-image';
import {collectionCopy as copy} from '~/components/collection/copy';

type CollectionImage = {id?: string | null; url: string; altText?: string | null; width?: number | null; height?: number | null};

/** The dark band at the top of a collection page: title, description and the collection's art. */
export function CollectionHeader({
  title,
  descriptionHtml,
  lead,
  image,
}: {
  title: string;
  /** The description HTML, already cleaned by the loader (app/lib/content/store-html.server.ts). */
  descriptionHtml?: string | null;
  lead?: string;
  image?: CollectionImage | null;
}) {
  return (
    <header className="bg-forest-950 text-white">
      <div className="container-page grid items-center gap-6 py-8 md:grid-cols-[1.2fr_1fr] md:gap-8 md:py-12">
        <div>
          <p className="eyebrow !text-clay-500">{copy.eyebrow}</p>
          <h1 className="mt-2 text-h1 !text-white">{title}</h1>
          {descriptionHtml ? (
            <div
              className="mt-3 max-w-prose text-lead text-stone-200"
              data-store-html=""
              dangerouslySetInnerHTML={{__html: descriptionHtml}}
            />
          ) : lead ? (
            <p className="mt-3 max-w-prose text-lead text-stone-200">{lead}</p>
          ) : null}
        </div>
        {image ? (
          <div className="hidden overflow-hidden rounded-2xl md:block">
            <Image data={image} aspectRatio="16/9" srcSetOptions={wholePixelSrcSetOptions('16/9')} sizes="40vw" loading="eager" />
          </div>
        ) : null}
      </div>
    </header>
  );
}
