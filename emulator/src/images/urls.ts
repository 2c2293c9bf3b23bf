/** URLs of the emulator's image CDN (`/cdn/images/<file>`), with Shopify CDN-style transform params. */

export interface ImageTransform {
  maxWidth?: number | null;
  maxHeight?: number | null;
  crop?: string | null; // CropRegion: CENTER TOP BOTTOM LEFT RIGHT
  scale?: number | null;
  preferredContentType?: string | null; // ImageContentType: JPG PNG WEBP
}

export function imageUrl(origin: string, file: string, transform?: ImageTransform | null): string {
  const url = new URL(`${origin}/cdn/images/${encodeURIComponent(file)}`);
  if (transform) {
    const scale = transform.scale && transform.scale > 0 ? transform.scale : 1;
    if (transform.maxWidth) url.searchParams.set('width', String(transform.maxWidth * scale));
    if (transform.maxHeight) url.searchParams.set('height', String(transform.maxHeight * scale));
    if (transform.crop) url.searchParams.set('crop', transform.crop.toLowerCase());
    const type = transform.preferredContentType?.toUpperCase();
    if (type === 'WEBP') url.searchParams.set('format', 'webp');
    else if (type === 'JPG') url.searchParams.set('format', 'jpg');
    else if (type === 'PNG') url.searchParams.set('format', 'png');
  }
  return url.toString();
}
