import type {ImageRef} from '../../content/types';
import {imageUrl, type ImageTransform} from '../../images/urls';
import type {StorefrontContext} from '../context';
import {gid, stableId} from '../gid';
import {moneyV2, toCents, type MoneyV2} from '../money';

export function money(ctx: StorefrontContext, amount: string | number): MoneyV2 {
  const cents = typeof amount === 'number' ? amount : toCents(amount);
  return moneyV2(cents, ctx.content.shop.currencyCode);
}

export interface ImageObject {
  __typename: 'Image';
  id: string;
  altText: string | null;
  width: number | null;
  height: number | null;
  _file: string;
}

export function imageObject(ref: ImageRef | null | undefined, idType = 'ImageSource'): ImageObject | null {
  if (!ref) return null;
  return {
    __typename: 'Image',
    id: gid(idType, stableId(`${idType}:${ref.file}`)),
    altText: ref.alt,
    width: ref.width || null,
    height: ref.height || null,
    _file: ref.file,
  };
}

export function imageSrc(ctx: StorefrontContext, image: ImageObject, transform?: ImageTransform | null) {
  return imageUrl(ctx.origin, image._file, transform);
}

export function mediaImage(ref: ImageRef | null | undefined) {
  if (!ref) return null;
  const image = imageObject(ref, 'ProductImage');
  return {
    __typename: 'MediaImage' as const,
    id: gid('MediaImage', stableId(`MediaImage:${ref.file}`)),
    alt: ref.alt,
    image,
    previewImage: image,
    mediaContentType: 'IMAGE',
    presentation: null,
  };
}

/** Absolute storefront URL on the shop's primary domain (what Shopify returns for onlineStoreUrl/menu urls). */
export function storefrontUrl(ctx: StorefrontContext, path: string): string {
  return `${ctx.content.shop.primaryDomainUrl}${path}`;
}

/** Stable sort with a legacy-id tie-breaker, then optional reverse. */
export function sortRecords<T extends {legacyId: number}>(
  items: readonly T[],
  compare: ((a: T, b: T) => number) | null,
  reverse?: boolean | null,
): T[] {
  const sorted = [...items].sort((a, b) => (compare ? compare(a, b) : 0) || a.legacyId - b.legacyId);
  return reverse ? sorted.reverse() : sorted;
}

export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', {sensitivity: 'base'});
}

export function compareDates(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/** Cursor key: the numeric id when there is one (like Shopify's cursors), else the GID. */
export const byKey = (item: {id: string; legacyId?: number}) => item.legacyId ?? item.id;
