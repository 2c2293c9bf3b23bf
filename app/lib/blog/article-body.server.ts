/**
 * The work on an article body that depends only on its content — sanitising, heading ids, the
 * table of contents, the readable text, reading time, and where product cards and the inline promo
 * go — done once per version of the article and kept in the isolate, so a warm request only
 * looks it up. The Storefront API gives articles no `updatedAt`, so a version is the article id
 * plus its exact HTML: an edit is a new version at once, whatever the sub-request cache says.
 */
import type {TocItem} from '~/lib/blog/blog';
import {countWords, readingTimeMinutes} from '~/lib/blog/reading-time';
import type {HtmlNode} from '~/lib/content/html-serialize';
import {prepareArticleHtml} from '~/lib/content/article-html.server';
import {findProductParagraphs, type BodySegment} from '~/lib/marketing/inline-products';
import {inlinePromoIndex} from '~/lib/marketing/inline-promo';

export interface PreparedArticleBody {
  /** The cleaned body's top-level nodes (read-only: shared by every request for this version). */
  nodes: readonly HtmlNode[];
  toc: TocItem[];
  /** The readable text, for descriptions and JSON-LD. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** The body cut into HTML chunks around lone product links and the inline promo's place. */
  segmentsFor(ownDomains: readonly string[]): {segments: BodySegment[]; handles: string[]};
}

/** Enough for every article a store is likely to have in rotation; the least recently read goes first. */
export const MAX_PREPARED_ARTICLES = 64;

interface Entry {
  source: string;
  reserved: string;
  body: PreparedArticleBody;
}

const prepared = new Map<string, Entry>();

function prepare(html: string, reservedIds: readonly string[]): PreparedArticleBody {
  const {nodes, toc, text} = prepareArticleHtml(html, {reservedIds});
  const wordCount = countWords(text);
  const splits = new Map<string, {segments: BodySegment[]; handles: string[]}>();
  return {
    nodes,
    toc,
    text,
    wordCount,
    readingMinutes: readingTimeMinutes(text),
    segmentsFor(ownDomains) {
      const key = ownDomains.join(' ');
      let split = splits.get(key);
      if (!split) {
        split = findProductParagraphs(nodes, {ownDomains, promoAt: inlinePromoIndex(nodes)});
        // One entry per set of own domains: a store has one or two, never an unbounded number.
        if (splits.size >= 4) splits.clear();
        splits.set(key, split);
      }
      return split;
    },
  };
}

/** The prepared body of this version of the article, from the isolate's cache when it is there. */
export function preparedArticleBody(
  article: {id: string; contentHtml: string | null | undefined},
  reservedIds: readonly string[],
): PreparedArticleBody {
  const source = article.contentHtml ?? '';
  const reserved = reservedIds.join(' ');
  const hit = prepared.get(article.id);
  if (hit && hit.source === source && hit.reserved === reserved) {
    // Re-inserted, so the Map's order stays least recently read first.
    prepared.delete(article.id);
    prepared.set(article.id, hit);
    return hit.body;
  }
  const body = prepare(source, reservedIds);
  prepared.delete(article.id);
  prepared.set(article.id, {source, reserved, body});
  while (prepared.size > MAX_PREPARED_ARTICLES) {
    const oldest = prepared.keys().next().value;
    if (oldest === undefined) break;
    prepared.delete(oldest);
  }
  return body;
}

/** How many versions the isolate holds (for tests). */
export function preparedArticleCount(): number {
  return prepared.size;
}
