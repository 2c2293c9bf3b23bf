import {describe, expect, it} from 'vitest';
import {menuItemPath} from '~/lib/menu';
import {renderSitemap} from '~/lib/sitemap';

describe('menuItemPath', () => {
  const own = ['https://trailforge.example', 'http://127.0.0.1:4010'];

  it('turns links on the shop domain into paths', () => {
    expect(menuItemPath('https://trailforge.example/collections/all', own)).toBe('/collections/all');
    expect(menuItemPath('https://trailforge.myshopify.com/pages/about', own)).toBe('/pages/about');
  });

  it('keeps links to other sites absolute', () => {
    expect(menuItemPath('https://example.org/race-calendar', own)).toBe('https://example.org/race-calendar');
  });

  it('falls back to the home page for empty urls', () => {
    expect(menuItemPath(null, own)).toBe('/');
  });
});

describe('renderSitemap', () => {
  it('writes absolute, escaped URLs with lastmod', () => {
    const xml = renderSitemap('https://shop.test', [
      {path: '/blogs/news/a&b', lastModified: '2026-01-02T00:00:00Z'},
    ]);
    expect(xml).toContain('<loc>https://shop.test/blogs/news/a&amp;b</loc>');
    expect(xml).toContain('<lastmod>2026-01-02T00:00:00Z</lastmod>');
    expect(xml.startsWith('<?xml')).toBe(true);
  });
});
