import {Image} from '@shopify/hydrogen';
import {wholePixelSrcSetOptions} from '~/lib/media/fluid-image';
import type {ComponentProps} from 'react';

/**
 * The picture at the top of a card (program, collection, inline promo): a stone frame that keeps
 * its shape when the store has no image, and a slight zoom while the card is hovered.
 */
export function CardImage({
  image,
  aspectRatio,
  sizes,
  loading = 'lazy',
  frameClassName,
}: {
  image: ComponentProps<typeof Image>['data'] | null | undefined;
  aspectRatio: string;
  sizes: string;
  loading?: 'eager' | 'lazy';
  /** The frame's shape and size; the frame always clips and shows stone while loading. */
  frameClassName: string;
}) {
  return (
    <div className={`overflow-hidden bg-stone-200 ${frameClassName}`}>
      {image ? (
        <Image
          data={image}
          aspectRatio={aspectRatio}
          srcSetOptions={wholePixelSrcSetOptions(aspectRatio)}
          sizes={sizes}
          loading={loading}
          className="h-full w-full object-cover transition duration-300 group-hover:scale-[1.03]"
        />
      ) : null}
    </div>
  );
}
