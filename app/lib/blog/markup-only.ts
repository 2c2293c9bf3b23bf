/**
 * On a page load the article body is in the markup already; sending it again in the page data the
 * browser hydrates from would double the page's largest part. Remix serialises only an object's
 * own enumerable keys, so each HTML chunk keeps its `html` as a non-enumerable property: the server
 * render still has it, the page data does not, and the browser reads the chunk back from the markup
 * (app/components/blog/ArticleHtmlChunk.tsx). Client-side navigations (`.data` requests) get the
 * chunks whole, since nothing is in the markup yet.
 */
export function htmlInMarkupOnly<S extends {type: string}>(segments: S[]): S[] {
  return segments.map((segment) => {
    if (segment.type !== 'html' || !('html' in segment)) return segment;
    const {html, ...rest} = segment as S & {html: string};
    const chunk = {...rest, markupOnly: true};
    Object.defineProperty(chunk, 'html', {value: html, enumerable: false});
    return chunk as unknown as S;
  });
}
