/**
 * One responsive image description shared by an `<img>` and its `<link rel="preload">`, so the
 * browser sees the same srcset and sizes in both and downloads the image once.
 *
 * Widths are requested with Shopify's CDN `width` parameter (as Hydrogen's Image loader does); a
 * width above the image's own is never requested, the original is the last candidate instead.
 */
export interface ResponsiveImage {
  src: string;
  srcSet: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
}

export interface ImageSource {
  url: string;
  width?: number | null;
  height?: number | null;
  altText?: string | null;
}

export const HERO_WIDTHS = [480, 720, 960, 1280, 1600, 2000, 2400];

export function withWidth(url: string, width: number): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.set('width', String(width));
    return parsed.toString();
  } catch {
    return url;
  }
}

export function responsiveImage(
  image: ImageSource,
  {widths = HERO_WIDTHS, sizes, fallbackWidth = 1280}: {widths?: number[]; sizes: string; fallbackWidth?: number},
): ResponsiveImage {
  const intrinsicWidth = image.width ?? 0;
  const intrinsicHeight = image.height ?? 0;
  const usable = intrinsicWidth ? widths.filter((width) => width < intrinsicWidth) : widths;
  const candidates = intrinsicWidth ? [...usable, intrinsicWidth] : usable;
  const srcSet = candidates.map((width) => `${withWidth(image.url, width)} ${width}w`).join(', ');
  const srcWidth = Math.min(fallbackWidth, intrinsicWidth || fallbackWidth);
  // Without intrinsic dimensions, assume 16:9 so the layout still reserves space.
  const width = intrinsicWidth || 1600;
  const height = intrinsicHeight || Math.round((width * 9) / 16);
  return {
    src: withWidth(image.url, srcWidth),
    srcSet,
    sizes,
    width,
    height,
    alt: image.altText ?? '',
  };
}
