import {paginate, type PageArgs} from '../connection';
import {StorefrontError} from '../errors';
import {parseGid} from '../gid';
import {evaluate, parseSearchQuery, textEquals} from '../search-syntax';
import {byKey} from './common';
import {findNode} from './lookup';
import type {ResolverMap} from './types';
import {activeMetaobjects} from './views';

/** Shopify sitemaps list 250 resources per page. */
export const SITEMAP_PAGE_SIZE = 250;

interface SitemapItem {
  __typename: 'SitemapResource' | 'SitemapResourceMetaobject';
  handle: string;
  updatedAt: string;
  title?: string | null;
  image?: unknown;
  type?: string;
  onlineStoreUrlHandle?: string | null;
}

function sitemapImage(ref: {file: string; alt: string | null} | null | undefined, updatedAt: string, origin: string) {
  if (!ref) return null;
  return {__typename: 'SitemapImage', alt: ref.alt, filepath: `${origin}/cdn/images/${ref.file}`, updatedAt};
}

export const miscResolvers: ResolverMap = {
  QueryRoot: {
    node: (_root, args: {id: string}, ctx) => {
      if (!parseGid(args.id)) throw new StorefrontError(`Invalid global id '${args.id}'`, 'BAD_REQUEST');
      return findNode(ctx, args.id);
    },
    nodes: (_root, args: {ids: string[]}, ctx) => {
      if (args.ids.length > 250) {
        throw new StorefrontError('The input array size of 251 is greater than the maximum allowed of 250.', 'MAX_INPUT_SIZE_EXCEEDED');
      }
      return args.ids.map((id) => {
        if (!parseGid(id)) throw new StorefrontError(`Invalid global id '${id}'`, 'BAD_REQUEST');
        return findNode(ctx, id);
      });
    },
    urlRedirects: (_root, args: PageArgs & {query?: string | null; reverse?: boolean | null}, ctx) => {
      const ast = parseSearchQuery(args.query);
      const matched = ctx.content.redirects.filter((r) =>
        evaluate(ast, r, (item, term) => {
          switch (term.field) {
            case 'path':
              return textEquals(item.path, term);
            case 'target':
              return textEquals(item.target, term);
            case 'id':
              return String(item.legacyId) === term.value || item.id === term.value;
            case null:
              return item.path.toLowerCase().includes(term.value.toLowerCase());
            default:
              return undefined;
          }
        }),
      );
      return paginate(args.reverse ? [...matched].reverse() : matched, args, byKey, 'urlRedirects');
    },
    sitemap: (_root, args: {type: string}, ctx) => {
      const {content, origin} = ctx;
      let items: SitemapItem[];
      switch (args.type) {
        case 'PRODUCT':
          items = content.products.map((p) => ({
            __typename: 'SitemapResource',
            handle: p.handle,
            updatedAt: p.updatedAt,
            title: p.title,
            image: sitemapImage(p._images[0], p.updatedAt, origin),
          }));
          break;
        case 'COLLECTION':
          items = content.collections.map((c) => ({
            __typename: 'SitemapResource',
            handle: c.handle,
            updatedAt: c.updatedAt,
            title: c.title,
            image: sitemapImage(c._image, c.updatedAt, origin),
          }));
          break;
        case 'ARTICLE':
          // Like Shopify, article items carry only the article handle (no blog handle).
          items = content.articles.map((a) => ({
            __typename: 'SitemapResource',
            handle: a.handle,
            updatedAt: a._updatedAt,
            title: a.title,
            image: sitemapImage(a._image, a._updatedAt, origin),
          }));
          break;
        case 'BLOG':
          items = content.blogs.map((b) => ({
            __typename: 'SitemapResource',
            handle: b.handle,
            updatedAt: b._articles.map((a) => a._updatedAt).sort().pop() ?? '2026-01-01T00:00:00Z',
            title: b.title,
            image: null,
          }));
          break;
        case 'PAGE':
          items = content.pages.map((p) => ({
            __typename: 'SitemapResource',
            handle: p.handle,
            updatedAt: p.updatedAt,
            title: p.title,
            image: null,
          }));
          break;
        case 'METAOBJECT':
          items = activeMetaobjects(ctx).map((m) => ({
            __typename: 'SitemapResourceMetaobject',
            handle: m.handle,
            updatedAt: m.updatedAt,
            type: m.type,
            onlineStoreUrlHandle: null,
          }));
          break;
        default:
          items = [];
      }
      return {__typename: 'Sitemap', _items: items};
    },
    customer: () => null,
    cartCompletionAttempt: () => null,
    locations: () => paginate([], {first: 0}, () => '', 'locations'),
  },
  Sitemap: {
    pagesCount: (s: {_items: SitemapItem[]}) => ({
      __typename: 'Count',
      count: Math.ceil(s._items.length / SITEMAP_PAGE_SIZE),
      precision: 'EXACT',
    }),
    resources: (s: {_items: SitemapItem[]}, args: {page: number}) => {
      if (args.page < 1) return null;
      const start = (args.page - 1) * SITEMAP_PAGE_SIZE;
      return {
        __typename: 'PaginatedSitemapResources',
        items: s._items.slice(start, start + SITEMAP_PAGE_SIZE),
        hasNextPage: start + SITEMAP_PAGE_SIZE < s._items.length,
      };
    },
  },
};
