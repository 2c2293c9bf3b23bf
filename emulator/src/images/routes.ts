import type {Router} from '../http/router';
import {CORS_HEADERS, text} from '../http/responses';
import type {ImageRenderer, OutputFormat} from './render';
import type {CropPosition} from './svg';

const CROPS = new Set(['center', 'top', 'bottom', 'left', 'right']);
const FORMATS: Record<string, OutputFormat> = {
  webp: 'webp',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  pjpg: 'jpeg',
  png: 'png',
  svg: 'svg',
};

/** Last value of a repeated param (Hydrogen's <Image> appends width/height to URLs that may have them). */
function lastParam(url: URL, name: string): string | null {
  const all = url.searchParams.getAll(name);
  return all.length ? all[all.length - 1]! : null;
}

function dimension(value: string | null): number | null {
  if (value == null || value === '') return null;
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** GET /cdn/images/<file>?width=&height=&crop=&format= — the emulator's image CDN. */
export function registerImageRoutes(router: Router, renderer: ImageRenderer): void {
  router.get('/cdn/images/:file', async (request, ctx) => {
    const crop = lastParam(ctx.url, 'crop')?.toLowerCase() ?? null;
    const format = lastParam(ctx.url, 'format')?.toLowerCase() ?? null;
    const image = await renderer.render({
      file: ctx.params.file ?? '',
      width: dimension(lastParam(ctx.url, 'width')),
      height: dimension(lastParam(ctx.url, 'height')),
      crop: crop && CROPS.has(crop) ? (crop as CropPosition) : null,
      format: format ? (FORMATS[format] ?? null) : null,
      accept: request.headers.get('accept') ?? '',
    });
    if (!image) return text('Not Found', {status: 404, headers: CORS_HEADERS});
    const headers: Record<string, string> = {
      ...CORS_HEADERS,
      'content-type': image.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
    };
    if (image.variesByAccept) headers.vary = 'Accept';
    if (image.contentType === 'image/svg+xml') {
      headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
    }
    return new Response(request.method === 'HEAD' ? null : image.body, {status: 200, headers});
  });
}
