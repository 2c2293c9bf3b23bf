/**
 * Shopify HTML (article bodies, pages, policies, product and collection descriptions) parsed by
 * htmlparser2 and rebuilt as a small tree of allowed elements and text only. Every page renders
 * store HTML through here (docs/decisions/043-store-html-sanitiser.md).
 *
 * What the browser gets is written from that tree (app/lib/content/html-serialize.ts): every
 * attribute double-quoted, every `<`, `>` and `&` escaped, no raw-text or foreign element left.
 * So however our parser and the browser's disagree about odd input, the browser can only build
 * the allowed elements we wrote, and transforms (heading ids, product cards, the inline promo)
 * work on this tree, never on the HTML text.
 */
import {parseDocument} from 'htmlparser2';
import {isTag, isText, type ChildNode} from 'domhandler';
import {ALLOWED_ELEMENTS, DROPPED_WITH_CONTENT, cleanAttributes} from '~/lib/content/html-policy';
import {serializeNodes, type HtmlNode} from '~/lib/content/html-serialize';

export type {HtmlNode};

export interface CleanOptions {
  /** Ids the page itself uses (landmarks, sections); the HTML never keeps these. */
  reservedIds?: Iterable<string>;
}

/**
 * Ids the layout around every page uses (skip link target, cart drawer): store HTML never takes
 * them, so it cannot hijack the skip link or a label.
 */
const LAYOUT_IDS = ['main', 'cart-drawer-title', 'cart-note', 'cart-note-hint', 'cart-cross-sell'];

/** Deeper nesting than this is dropped: no editor writes it, and it keeps the walk bounded. */
const MAX_DEPTH = 128;

/** Parses store HTML into the allowed tree. Unknown elements are unwrapped; dangerous ones vanish with their content. */
export function parseStoreHtml(html: string | null | undefined, options: CleanOptions = {}): HtmlNode[] {
  if (!html) return [];
  const document = parseDocument(html, {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true});
  const reserved = new Set([...LAYOUT_IDS, ...(options.reservedIds ?? [])]);
  return cleanChildren(document.children, reserved, 0);
}

/** Store HTML cleaned to the allowlist, ready for dangerouslySetInnerHTML. */
export function sanitizeStoreHtml(html: string | null | undefined, options: CleanOptions = {}): string {
  return serializeNodes(parseStoreHtml(html, options));
}

function cleanChildren(nodes: readonly ChildNode[], reserved: ReadonlySet<string>, depth: number): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      if (node.data) out.push({type: 'text', text: node.data});
      continue;
    }
    // Comments, doctypes, processing instructions and CDATA never reach the page.
    if (!isTag(node) || depth >= MAX_DEPTH) continue;
    const name = node.name;
    if (DROPPED_WITH_CONTENT.has(name)) continue;
    const children = cleanChildren(node.children, reserved, depth + 1);
    if (!ALLOWED_ELEMENTS.has(name)) {
      out.push(...children); // unwrapped: its text stays, the unknown tag goes
      continue;
    }
    const attrs = cleanAttributes(name, node.attribs);
    if (attrs.id !== undefined && reserved.has(attrs.id)) delete attrs.id;
    if (name === 'img' && !attrs.src) continue;
    out.push({type: 'element', name, attrs, children});
  }
  return out;
}
