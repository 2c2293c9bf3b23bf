/**
 * The cleaned store-HTML tree and how it is written back out. Only the sanitiser
 * (store-html.server.ts) builds these nodes, so every element here is on the allowlist.
 */
import {VOID_ELEMENTS} from '~/lib/content/html-policy';

export type HtmlNode =
  | {type: 'text'; text: string}
  | {type: 'element'; name: string; attrs: Record<string, string>; children: HtmlNode[]};

export type HtmlElement = Extract<HtmlNode, {type: 'element'}>;

const TEXT_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};

/** Text escaped for both text content and double-quoted attributes: nothing in it can open or close a tag. */
function escape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => TEXT_ESCAPES[char]);
}

export function serializeNodes(nodes: readonly HtmlNode[]): string {
  return nodes.map(serializeNode).join('');
}

function serializeNode(node: HtmlNode): string {
  if (node.type === 'text') return escape(node.text);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  if (VOID_ELEMENTS.has(node.name)) return `<${node.name}${attrs}>`;
  return `<${node.name}${attrs}>${serializeNodes(node.children)}</${node.name}>`;
}

/** Block-level boundaries separate words; inline ones (`<em>`, `<a>`) do not. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** The readable text of nodes, with whitespace collapsed. */
export function textOf(nodes: readonly HtmlNode[]): string {
  const parts: string[] = [];
  const walk = (list: readonly HtmlNode[]) => {
    for (const node of list) {
      if (node.type === 'text') {
        parts.push(node.text);
        continue;
      }
      const block = !INLINE.has(node.name);
      if (block) parts.push(' ');
      walk(node.children);
      if (block) parts.push(' ');
    }
  };
  walk(nodes);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element in document order (depth-first), with the top-level node it sits in. */
export function* elementsOf(nodes: readonly HtmlNode[]): Generator<HtmlElement> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* elementsOf(node.children);
  }
}
