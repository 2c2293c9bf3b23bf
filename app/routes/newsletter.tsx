import {Link, useActionData, type MetaFunction} from '@remix-run/react';
import type {ActionFunctionArgs, LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {handleNewsletterSubmission} from '~/lib/newsletter/newsletter.server';
import type {NewsletterRouteHandle, NewsletterState} from '~/lib/newsletter/newsletter-state';
import {buildMeta} from '~/lib/seo/page-meta';
import {NewsletterForm} from '~/components/marketing/NewsletterForm';
import {newsletterCopy as copy} from '~/lib/newsletter/copy';

export const handle: NewsletterRouteHandle = {ownNewsletter: () => true};

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({title: copy.metaTitle, description: copy.metaDescription, canonical: data?.url});

export function loader({request}: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return {url: `${url.origin}/newsletter`};
}

/**
 * The one newsletter action. Every sign-up form posts here: fetchers from the footer, the
 * article page and home, and plain no-JS posts, which then see this page with the outcome.
 */
export async function action({request, context}: ActionFunctionArgs) {
  return handleNewsletterSubmission({request, context});
}

export default function NewsletterPage() {
  const result = useActionData<NewsletterState>();

  return (
    <section className="relative overflow-hidden bg-stone-100">
      {/* Phones read intro, form, then the points (so a no-JS reader sees the outcome early);
          wide screens put the form beside both. */}
      <div className="container-page grid gap-8 py-14 md:py-20 lg:grid-cols-[1.1fr_1fr] lg:grid-rows-[auto_1fr] lg:gap-x-16 lg:gap-y-8">
        <div className="max-w-xl lg:col-start-1">
          <p className="eyebrow">{copy.eyebrow}</p>
          <h1 className="mt-3 text-h1 text-balance">{copy.pageTitle}</h1>
          <p className="mt-5 text-lead text-charcoal-700">{copy.pageIntro}</p>
        </div>
        <div className="w-full max-w-xl lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:pt-4">
          <NewsletterForm variant="page" />
          {result?.returnTo ? (
            <p className="mt-5">
              <Link to={result.returnTo} className="font-semibold text-forest-800 underline underline-offset-4">
                <span aria-hidden="true">← </span>
                {copy.back}
              </Link>
            </p>
          ) : null}
        </div>
        <ul className="max-w-xl space-y-3 lg:col-start-1">
          {copy.pagePoints.map((point) => (
            <li key={point} className="flex items-start gap-3 text-charcoal-900">
              <span aria-hidden="true" className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-forest-900 text-white">
                <svg viewBox="0 0 20 20" className="size-3.5">
                  <path d="m4.5 10.5 3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </span>
              <span className="font-semibold">{point}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
