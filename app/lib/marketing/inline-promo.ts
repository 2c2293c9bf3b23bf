/**
 * Where an `article_inline` promo goes in an article body: just before the second H2, so the
 * reader meets it between sections once they are into the piece, never above the first section.
 * Bodies with fewer than two H2s get it after the body instead.
 */
export type WithInlinePromo<S> = S | {type: 'promo'};

export function placeInlinePromo<S extends {type: string; html?: string}>(segments: S[]): Array<WithInlinePromo<S>> {
  let seen = 0;
  const placed: Array<WithInlinePromo<S>> = [];
  let inserted = false;
  for (const segment of segments) {
    if (inserted || segment.type !== 'html' || typeof segment.html !== 'string') {
      placed.push(segment);
      continue;
    }
    const html = segment.html;
    const headings = [...html.matchAll(/<h2[\s>]/gi)];
    const needed = 2 - seen;
    if (headings.length < needed) {
      seen += headings.length;
      placed.push(segment);
      continue;
    }
    const at = headings[needed - 1].index ?? 0;
    const before = html.slice(0, at);
    const after = html.slice(at);
    if (before.trim()) placed.push({...segment, html: before});
    placed.push({type: 'promo'});
    if (after.trim()) placed.push({...segment, html: after});
    inserted = true;
  }
  if (!inserted) placed.push({type: 'promo'});
  return placed;
}
