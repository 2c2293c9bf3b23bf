import {Link} from '@remix-run/react';
import {blogCopy} from '~/components/blog/copy';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  to?: string;
}

/** Visible breadcrumb trail, mirroring the page's BreadcrumbList JSON-LD. */
export function Breadcrumbs({items, className = ''}: {items: Crumb[]; className?: string}) {
  return (
    <nav aria-label={blogCopy.breadcrumbLabel} className={className}>
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-charcoal-600">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="inline-flex items-center gap-2">
            {index > 0 ? (
              <span aria-hidden="true" className="text-stone-300">
                /
              </span>
            ) : null}
            {item.to ? (
              <Link to={item.to} prefetch="intent" className="font-semibold hover:text-forest-900 hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-charcoal-700">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
