import {describe, expect, it} from 'vitest';
import {menuItemPath} from '~/lib/shop/menu';
import {renderSitemap} from '~/lib/seo/sitemap';
import {isSitemapType, sitemapLinkBuilder, sitemapPage} from '~/lib/seo/sitemap-links';

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

  it('gives no link for scripts, data and protocol-relative urls', () => {
    for (const url of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'vbscript:x', '//evil.example/x', '/\\evil.example']) {
      expect(menuItemPath(url, own), url).toBeNull();
    }
    expect(menuItemPath('https://trailforge.example//evil.example/x', own)).toBeNull();
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

describe('sitemap links', () => {
  const link = sitemapLinkBuilder(new Map([['deload-weeks-explained', 'news'], ['race-recap', 'race-reports']]), 'news');
  const baseUrl = 'https://shop.test';

  it('puts each article under its own blog, which the sitemap API does not give', () => {
    expect(link({type: 'articles', baseUrl, handle: 'race-recap'})).toBe('https://shop.test/blogs/race-reports/race-recap');
    expect(link({type: 'articles', baseUrl, handle: 'deload-weeks-explained'})).toBe(
      'https://shop.test/blogs/news/deload-weeks-explained',
    );
  });

  it('falls back to the journal for an article the lookup has not seen yet', () => {
    expect(link({type: 'articles', baseUrl, handle: 'brand-new'})).toBe('https://shop.test/blogs/news/brand-new');
  });

  it('builds the storefront URL of every other listed type', () => {
    expect(link({type: 'products', baseUrl, handle: 'spartan'})).toBe('https://shop.test/products/spartan');
    expect(link({type: 'collections', baseUrl, handle: 'race-prep'})).toBe('https://shop.test/collections/race-prep');
    expect(link({type: 'pages', baseUrl, handle: 'about'})).toBe('https://shop.test/pages/about');
    expect(link({type: 'blogs', baseUrl, handle: 'news'})).toBe('https://shop.test/blogs/news');
  });

  it('accepts only listed types and page numbers from 1', () => {
    expect(isSitemapType('articles')).toBe(true);
    expect(isSitemapType('metaObjects')).toBe(false);
    expect(sitemapPage('1')).toBe(1);
    expect(sitemapPage('12')).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'abc', '', undefined, '999999']) expect(sitemapPage(bad)).toBeNull();
  });
});
