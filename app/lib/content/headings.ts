/**
 * Heading ids and the table of contents for an article body, worked out on the cleaned tree
 * (app/lib/content/store-html.server.ts): every h2 and h3 gets a unique id, and the h2s with
 * their h3s become the table of contents.
 */
import type {TocItem} from '~/lib/blog/blog';
import {isSafeId} from '~/lib/content/html-policy';
import {elementsOf, textOf, type HtmlElement, type HtmlNode} from '~/lib/content/html-serialize';

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'section';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function isHeading(element: HtmlElement): boolean {
  return element.name === 'h2' || element.name === 'h3';
}

/**
 * Gives every h2 and h3 an id (its own when valid and free, else a slug of its text; never one
 * the page or the rest of the body uses) and returns the table of contents: each h2 with its h3s
 * as children, an h3 before the first h2 standing alone. The nodes are changed in place.
 */
export function addHeadingIds(nodes: readonly HtmlNode[], reservedIds: Iterable<string> = []): TocItem[] {
  const used = new Set(reservedIds);
  const headings: HtmlElement[] = [];
  for (const element of elementsOf(nodes)) {
    if (isHeading(element)) headings.push(element);
    else if (element.attrs.id) used.add(element.attrs.id);
  }

  const toc: TocItem[] = [];
  let currentH2: TocItem | null = null;
  for (const heading of headings) {
    const text = textOf(heading.children);
    const ownId = heading.attrs.id;
    const id = uniqueId(ownId && isSafeId(ownId) && !used.has(ownId) ? ownId : slugify(text), used);
    heading.attrs.id = id;
    const item: TocItem = {id, text, level: heading.name === 'h2' ? 2 : 3, children: []};
    if (item.level === 2) {
      toc.push(item);
      currentH2 = item;
    } else if (currentH2) {
      currentH2.children.push(item);
    } else {
      toc.push(item);
    }
  }
  return toc;
}
