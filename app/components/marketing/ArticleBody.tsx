import type {InlineProductFragment} from 'storefrontapi.generated';
import type {ResolvedSegment} from '~/lib/marketing/inline-products';
import {InlineProductCard} from '~/components/marketing/InlineProductCard';

/**
 * The article body: sanitised HTML chunks (app/lib/article-html.server.ts), with the inline
 * product cards the server found rendered between them.
 */
export function ArticleBody({segments}: {segments: ResolvedSegment<InlineProductFragment>[]}) {
  return (
    <div data-testid="article-body">
      {segments.map((segment, index) =>
        segment.type === 'html' ? (
          <div
            // The body never changes order within a page, so positions are stable keys.
            key={index}
            className="prose-trail mx-auto"
            dangerouslySetInnerHTML={{__html: segment.html}}
          />
        ) : (
          <InlineProductCard key={index} product={segment.product} className="mx-auto my-9 max-w-[68ch]" />
        ),
      )}
    </div>
  );
}
