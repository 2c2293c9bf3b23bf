import fs from 'node:fs';
import path from 'node:path';
import type sharpType from 'sharp';
import type {ImageRef} from '../content/types';
import {resizeSvg, svgIntrinsicSize, type CropPosition} from './svg';

/** Largest edge Shopify's CDN serves. */
export const MAX_DIMENSION = 5760;
const CACHE_BUDGET_BYTES = 64 * 1024 * 1024;

export type OutputFormat = 'webp' | 'jpeg' | 'png' | 'svg';

export interface ImageRequest {
  file: string;
  width: number | null;
  height: number | null;
  crop: CropPosition | null;
  format: OutputFormat | null;
  /** Accept header, used when no `format` is given. */
  accept: string;
}

export interface RenderedImage {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** True when the output format depended on the Accept header. */
  variesByAccept: boolean;
  width: number | null;
  height: number | null;
}

type SharpModule = typeof sharpType;
let sharpPromise: Promise<SharpModule | null> | undefined;

/** sharp is optional: without it (or with rasterize: false) SVGs are resized by rewriting the SVG. */
export function loadSharp(): Promise<SharpModule | null> {
  sharpPromise ??= import('sharp')
    .then((m) => ((m as unknown as {default?: SharpModule}).default ?? (m as unknown as SharpModule)))
    .catch((error: unknown) => {
      console.warn(`[emulator] images: sharp unavailable (${(error as Error).message}); serving resized SVGs instead`);
      return null;
    });
  return sharpPromise;
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(svg|png|jpe?g|webp)$/i;

export function isSafeImageName(file: string): boolean {
  return FILE_NAME.test(file) && !file.includes('..');
}

const MIME: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

export class ImageRenderer {
  private readonly sources = new Map<string, Buffer>();
  private readonly cache = new Map<string, RenderedImage>();
  private cacheBytes = 0;

  constructor(
    private readonly imagesDir: string,
    private readonly known: Map<string, ImageRef>,
    private readonly options: {rasterize?: boolean} = {},
  ) {}

  private source(file: string): Buffer | null {
    let buffer = this.sources.get(file);
    if (!buffer) {
      try {
        buffer = fs.readFileSync(path.join(this.imagesDir, file));
      } catch {
        return null;
      }
      this.sources.set(file, buffer);
    }
    return buffer;
  }

  async render(req: ImageRequest): Promise<RenderedImage | null> {
    if (!isSafeImageName(req.file)) return null;
    const source = this.source(req.file);
    if (!source) return null;
    const ext = path.extname(req.file).slice(1).toLowerCase();
    const isSvg = ext === 'svg';
    const transform = req.width != null || req.height != null || req.crop != null || req.format != null;
    if (!transform) {
      return {body: new Uint8Array(source), contentType: MIME[ext]!, variesByAccept: false, width: null, height: null};
    }
    const key = JSON.stringify([req.file, req.width, req.height, req.crop, req.format, req.format ? '' : acceptsWebp(req.accept)]);
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached); // LRU: most recent last
      return cached;
    }
    const sharp = this.options.rasterize === false ? null : await loadSharp();
    const intrinsic = await this.intrinsicSize(req.file, source, isSvg, sharp);
    if (!intrinsic) return null;
    const target = targetSize(intrinsic, req.width, req.height, req.crop);
    let result: RenderedImage;
    if (sharp && req.format !== 'svg') {
      result = await rasterize(sharp, source, isSvg, intrinsic, target, req);
    } else if (isSvg) {
      const svg = resizeSvg(source.toString('utf8'), target.width, target.height, target.cropped ? (req.crop ?? 'center') : null);
      result = {body: new TextEncoder().encode(svg), contentType: MIME.svg!, variesByAccept: false, width: target.width, height: target.height};
    } else {
      result = {body: new Uint8Array(source), contentType: MIME[ext]!, variesByAccept: false, width: null, height: null};
    }
    this.remember(key, result);
    return result;
  }

  private async intrinsicSize(
    file: string,
    source: Buffer,
    isSvg: boolean,
    sharp: SharpModule | null,
  ): Promise<{width: number; height: number} | null> {
    const ref = this.known.get(file);
    if (ref?.width && ref.height) return {width: ref.width, height: ref.height};
    if (isSvg) return svgIntrinsicSize(source.toString('utf8'));
    if (!sharp) return null;
    const meta = await sharp(source).metadata();
    return meta.width && meta.height ? {width: meta.width, height: meta.height} : null;
  }

  private remember(key: string, value: RenderedImage) {
    this.cache.set(key, value);
    this.cacheBytes += value.body.byteLength;
    while (this.cacheBytes > CACHE_BUDGET_BYTES && this.cache.size > 1) {
      const oldest = this.cache.keys().next().value as string;
      this.cacheBytes -= this.cache.get(oldest)!.body.byteLength;
      this.cache.delete(oldest);
    }
  }
}

function acceptsWebp(accept: string): boolean {
  return /image\/webp/i.test(accept);
}

interface Target {
  width: number;
  height: number;
  cropped: boolean;
}

/**
 * Shopify CDN sizing: one dimension keeps the aspect ratio; both without crop fit inside the box;
 * both with crop fill the box exactly. Never upscales past the intrinsic size.
 */
export function targetSize(
  intrinsic: {width: number; height: number},
  width: number | null,
  height: number | null,
  crop: CropPosition | null,
): Target {
  const {width: iw, height: ih} = intrinsic;
  const clamp = (n: number) => Math.max(1, Math.min(MAX_DIMENSION, Math.round(n)));
  if (width && height && crop) {
    const scale = Math.max(width / iw, height / ih);
    const shrink = scale > 1 ? 1 / scale : 1;
    return {width: clamp(width * shrink), height: clamp(height * shrink), cropped: true};
  }
  let scale = 1;
  if (width && height) scale = Math.min(width / iw, height / ih);
  else if (width) scale = width / iw;
  else if (height) scale = height / ih;
  scale = Math.min(scale, 1);
  return {width: clamp(iw * scale), height: clamp(ih * scale), cropped: false};
}

async function rasterize(
  sharp: SharpModule,
  source: Buffer,
  isSvg: boolean,
  intrinsic: {width: number; height: number},
  target: Target,
  req: ImageRequest,
): Promise<RenderedImage> {
  let input: Buffer = source;
  if (isSvg) {
    // Render the vector at (at least) the output size so the raster stays sharp.
    const scale = target.cropped
      ? Math.max(target.width / intrinsic.width, target.height / intrinsic.height)
      : target.width / intrinsic.width;
    const rw = Math.max(1, Math.ceil(intrinsic.width * scale));
    const rh = Math.max(1, Math.ceil(intrinsic.height * scale));
    input = Buffer.from(resizeSvg(source.toString('utf8'), rw, rh, null), 'utf8');
  }
  const position = {center: 'centre', top: 'top', bottom: 'bottom', left: 'left', right: 'right'}[req.crop ?? 'center'];
  let pipeline = sharp(input, {density: 72, limitInputPixels: MAX_DIMENSION * MAX_DIMENSION * 4}).resize(
    target.width,
    target.height,
    {fit: target.cropped ? 'cover' : 'fill', position},
  );
  const format: OutputFormat = req.format ?? (acceptsWebp(req.accept) ? 'webp' : 'jpeg');
  if (format === 'webp') pipeline = pipeline.webp({quality: 82});
  else if (format === 'png') pipeline = pipeline.png();
  else pipeline = pipeline.flatten({background: '#ffffff'}).jpeg({quality: 82, mozjpeg: true});
  const {data, info} = await pipeline.toBuffer({resolveWithObject: true});
  return {
    body: new Uint8Array(data),
    contentType: format === 'webp' ? 'image/webp' : format === 'png' ? 'image/png' : 'image/jpeg',
    variesByAccept: req.format == null,
    width: info.width,
    height: info.height,
  };
}
