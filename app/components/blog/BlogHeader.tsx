import type {ReactNode} from 'react';
import {feedPath} from '~/lib/blog/blog';
import {Breadcrumbs, type Crumb} from '~/components/blog/Breadcrumbs';
import {blogCopy} from '~/components/blog/copy';

/** The top of a blog or tag page: breadcrumbs, eyebrow, title, description and the feed link. */
export function BlogHeader({
  blogHandle,
  eyebrow,
  title,
  description,
  crumbs,
  children,
}: {
  blogHandle: string;
  eyebrow: ReactNode;
  title: string;
  description?: string;
  crumbs: Crumb[];
  children?: ReactNode;
}) {
  return (
    <header className="max-w-3xl">
      <Breadcrumbs items={crumbs} />
      <p className="eyebrow mt-8">{eyebrow}</p>
      <h1 className="mt-3 text-h1 text-balance">{title}</h1>
      {description ? <p className="mt-5 text-lead text-pretty text-charcoal-600">{description}</p> : null}
      <p className="mt-5">
        <a
          href={feedPath(blogHandle)}
          className="inline-flex items-center gap-2 text-sm font-bold text-forest-700 underline-offset-4 hover:underline"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="currentColor">
            <circle cx="6" cy="18" r="2.2" />
            <path d="M4 10.5a9.5 9.5 0 0 1 9.5 9.5h-3A6.5 6.5 0 0 0 4 13.5zM4 4a16 16 0 0 1 16 16h-3A13 13 0 0 0 4 7z" />
          </svg>
          {blogCopy.subscribeFeed}
        </a>
      </p>
      {children}
    </header>
  );
}
