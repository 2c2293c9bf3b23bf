import {Link} from '@remix-run/react';

/** Its heading, and its title in the browser tab (root meta). */
export const NOT_FOUND_HEADING = 'Page not found';

/** The branded 404: every unknown handle and path ends here with status 404. */
export function NotFound() {
  return (
    <section className="container-page py-20 text-center">
      <p className="eyebrow">Error 404</p>
      <h1 className="mt-3 text-h1">{NOT_FOUND_HEADING}</h1>
      <p className="mx-auto mt-4 max-w-prose text-charcoal-600">
        This trail doesn&rsquo;t go anywhere. The page may have moved, or the
        link may be mistyped.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link to="/collections/all" className="btn-primary">
          Browse programs
        </Link>
        <Link to="/blogs/news" className="btn-secondary">
          Read the journal
        </Link>
      </div>
    </section>
  );
}
