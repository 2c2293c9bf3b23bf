import {escapeXml} from '~/lib/seo/atom-feed';

export type SitemapEntry = {path: string; lastModified?: string | null};

/** A sitemaps.org urlset with absolute URLs on the request's origin. */
export function renderSitemap(origin: string, entries: SitemapEntry[]): string {
  const urls = entries.map(({path, lastModified}) => {
    const lastmod = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : '';
    return `  <url><loc>${escapeXml(`${origin}${path}`)}</loc>${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
