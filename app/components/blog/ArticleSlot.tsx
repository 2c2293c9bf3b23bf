import type {ReactNode} from 'react';

/**
 * A named place on the article page that other features fill (promo banner, newsletter call to
 * action, comment form). It renders nothing at all while empty, so an unfilled slot costs no
 * markup and no layout space.
 */
export function ArticleSlot({
  name,
  children,
  className,
}: {
  name: 'promo-banner' | 'newsletter' | 'comment-form';
  children?: ReactNode;
  className?: string;
}) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <div data-slot={name} className={className}>
      {children}
    </div>
  );
}
