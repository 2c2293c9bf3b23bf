import {Image} from '@shopify/hydrogen';
import {useId, useRef, useState, type KeyboardEvent} from 'react';
import {HIGH_FETCH_PRIORITY} from '~/lib/media/fetch-priority';
import {PRODUCT_COPY} from '~/lib/catalog/copy';

type GalleryImage = {
  id?: string | null;
  url: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
};

/**
 * The main image with thumbnails as a tab list (ARIA tabs pattern): a thumbnail button shows
 * its image, arrow keys / Home / End move between thumbnails with roving focus. Picking a
 * variant shows that variant's image; a thumbnail the shopper chose wins until the variant
 * changes again.
 */
export function ProductGallery({
  images,
  selectedImage,
  title,
}: {
  images: GalleryImage[];
  selectedImage: GalleryImage | null;
  title: string;
}) {
  const id = useId();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const variantUrl = selectedImage?.url ?? null;
  const [picked, setPicked] = useState<{forVariant: string | null; index: number} | null>(null);

  const variantIndex = Math.max(0, images.findIndex((image) => image.url === variantUrl));
  const active = picked && picked.forVariant === variantUrl ? picked.index : variantIndex;
  const lead = images[active] ?? selectedImage;

  if (!lead) return <div className="aspect-square rounded-2xl bg-stone-200" aria-hidden="true" />;

  const select = (index: number, focus = false) => {
    const next = (index + images.length) % images.length;
    setPicked({forVariant: variantUrl, index: next});
    if (focus) tabs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, number> = {ArrowRight: active + 1, ArrowDown: active + 1, ArrowLeft: active - 1, ArrowUp: active - 1, Home: 0, End: images.length - 1};
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target, true);
  };

  return (
    <div className="grid gap-3 self-start">
      <div
        id={`${id}-panel`}
        role={images.length > 1 ? 'tabpanel' : undefined}
        aria-labelledby={images.length > 1 ? `${id}-tab-${active}` : undefined}
        className="overflow-hidden rounded-2xl bg-stone-200"
        data-testid="gallery-main"
      >
        <Image
          key={lead.url}
          data={{...lead, altText: lead.altText || title}}
          aspectRatio="1/1"
          sizes="(min-width: 768px) 50vw, 100vw"
          loading="eager"
          {...HIGH_FETCH_PRIORITY}
          className="block h-auto w-full object-cover"
        />
      </div>
      {images.length > 1 ? (
        <div role="tablist" aria-label={PRODUCT_COPY.galleryLabel} className="grid grid-cols-5 gap-2 sm:gap-3">
          {images.map((image, index) => (
            <button
              key={image.id ?? image.url}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              id={`${id}-tab-${index}`}
              type="button"
              role="tab"
              aria-selected={index === active}
              aria-controls={`${id}-panel`}
              aria-label={`${PRODUCT_COPY.imageOf(index + 1, images.length)}: ${image.altText || title}`}
              tabIndex={index === active ? 0 : -1}
              onClick={() => select(index)}
              onKeyDown={onKeyDown}
              className={`overflow-hidden rounded-xl border-2 bg-stone-200 transition ${index === active ? 'border-forest-900' : 'border-transparent opacity-80 hover:opacity-100'}`}
            >
              <Image
                data={{...image, altText: image.altText || title}}
                aspectRatio="1/1"
                sizes="(min-width: 768px) 9vw, 20vw"
                className="block h-auto w-full object-cover"
              />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
