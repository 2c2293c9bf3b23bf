import {Image} from '@shopify/hydrogen';
import {HIGH_FETCH_PRIORITY} from '~/lib/fetch-priority';

type GalleryImage = {
  id?: string | null;
  url: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
};

/** The selected variant's image leads; the rest follow as thumbnails-sized tiles. */
export function ProductGallery({
  images,
  selectedImage,
  title,
}: {
  images: GalleryImage[];
  selectedImage: GalleryImage | null;
  title: string;
}) {
  const lead = selectedImage ?? images[0];
  const rest = images.filter((image) => image.url !== lead?.url);
  if (!lead) {
    return <div className="aspect-square rounded-2xl bg-stone-200" aria-hidden="true" />;
  }
  return (
    <div className="grid gap-3 self-start">
      <div className="overflow-hidden rounded-2xl bg-stone-200">
        <Image
          data={{...lead, altText: lead.altText || title}}
          aspectRatio="1/1"
          sizes="(min-width: 768px) 50vw, 100vw"
          loading="eager"
          {...HIGH_FETCH_PRIORITY}
          className="block h-auto w-full object-cover"
        />
      </div>
      {rest.length ? (
        <ul className="grid grid-cols-4 gap-3">
          {rest.slice(0, 4).map((image) => (
            <li key={image.id ?? image.url} className="overflow-hidden rounded-xl bg-stone-200">
              <Image
                data={{...image, altText: image.altText || title}}
                aspectRatio="1/1"
                sizes="(min-width: 768px) 12vw, 25vw"
                className="block h-auto w-full object-cover"
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
