import {Link} from '@remix-run/react';
import {tagPath} from '~/lib/blog/blog';
import {blogCopy} from '~/components/blog/copy';

/** Tags as links to their tag pages (Shopify's /blogs/:blog/tagged/:tag). */
export function TagLinks({
  blogHandle,
  tags,
  size = 'sm',
  label = blogCopy.tagsLabel,
  className = '',
  activeTag,
}: {
  blogHandle: string;
  tags: string[];
  size?: 'sm' | 'md';
  label?: string;
  className?: string;
  activeTag?: string;
}) {
  if (tags.length === 0) return null;
  const chip =
    size === 'sm'
      ? 'px-2.5 py-1 text-xs'
      : 'px-3.5 py-1.5 text-sm';
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {tags.map((tag) => {
        const active = activeTag?.toLowerCase() === tag.toLowerCase();
        return (
          <li key={tag}>
            <Link
              to={tagPath(blogHandle, tag)}
              prefetch="intent"
              aria-current={active ? 'page' : undefined}
              className={`relative z-10 inline-block rounded-full border font-bold tracking-wide transition-colors ${chip} ${
                active
                  ? 'border-forest-900 bg-forest-900 text-white'
                  : 'border-forest-100 bg-forest-50 text-forest-800 hover:border-forest-700 hover:bg-forest-100'
              }`}
            >
              {tag}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
