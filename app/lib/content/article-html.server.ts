/**
 * An article body ready to render: cleaned to the store-HTML allowlist, every h2/h3 with an id,
 * the table of contents, and the readable text for reading time and descriptions. The cleaned
 * tree is returned too, so product cards and the inline promo are placed on it rather than on
 * the HTML text (app/lib/marketing/inline-products.ts, inline-promo.ts).
 */
import type {TocItem} from '~/lib/blog/blog';
import {addHeadingIds} from '~/lib/content/headings';
import {serializeNodes, textOf, type HtmlNode} from '~/lib/content/html-serialize';
import {parseStoreHtml} from '~/lib/content/store-html.server';

export interface PreparedArticleHtml {
  /** The cleaned body as top-level nodes (headings carry their ids). */
  nodes: HtmlNode[];
  /** The same, as HTML. */
  html: string;
  /** h2 entries, each with its h3 entries as children (an h3 before the first h2 stands alone). */
  toc: TocItem[];
  /** The readable text. */
  text: string;
}

export interface PrepareOptions {
  /** Ids the page itself uses (landmarks, sections); the body never gets or keeps these. */
  reservedIds?: Iterable<string>;
}

export function prepareArticleHtml(html: string | null | undefined, options: PrepareOptions = {}): PreparedArticleHtml {
  const reservedIds = [...(options.reservedIds ?? [])];
  const nodes = parseStoreHtml(html, {reservedIds});
  const toc = addHeadingIds(nodes, reservedIds);
  return {nodes, html: serializeNodes(nodes), toc, text: textOf(nodes)};
}
