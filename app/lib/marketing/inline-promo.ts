/**
 * Where an `article_inline` promo goes in an article body: just before the second H2, so the
 * reader meets it between sections once they are into the piece, never above the first section.
 * Worked out on the cleaned body tree (app/lib/content/store-html.server.ts): the promo can only
 * go between top-level blocks, so it never cuts an element in two. Bodies with fewer than two
 * H2s at separate top-level blocks get it after the body instead.
 */
import {elementsOf, type HtmlNode} from '~/lib/content/html-serialize';

function holdsH2(node: HtmlNode): boolean {
  if (node.type !== 'element') return false;
  if (node.name === 'h2') return true;
  for (const element of elementsOf(node.children)) if (element.name === 'h2') return true;
  return false;
}

/** The index of the top-level node the promo goes before (`nodes.length`: after the body). */
export function inlinePromoIndex(nodes: readonly HtmlNode[]): number {
  let seenH2 = false;
  for (const [index, node] of nodes.entries()) {
    if (!holdsH2(node)) continue;
    if (seenH2) return index;
    seenH2 = true;
  }
  return nodes.length;
}
