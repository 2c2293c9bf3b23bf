import {Await} from '@remix-run/react';
import {Suspense} from 'react';
import type {HomeJournal as HomeJournalData} from '~/lib/marketing/home-articles.server';
import {ArticleCard} from '~/components/blog/ArticleCard';
import {marketingCopy} from '~/components/marketing/copy';

const copy = marketingCopy.home;

/** The journal section: streamed article cards (marketing's picks first); a failure leaves the heading alone. */
export function HomeJournal({journal}: {journal: Promise<HomeJournalData | null>}) {
  return (
    <section className="render-when-near bg-stone-100 py-14 md:py-20 [--height-estimate:100rem] md:[--height-estimate:40rem]" aria-labelledby="journal-heading" data-section="latest_articles">
      <div className="container-page">
        <p className="eyebrow">{copy.journalEyebrow}</p>
        <Suspense fallback={<JournalHeading featured={false} placeholder />}>
          <Await resolve={journal} errorElement={<JournalHeading featured={false} />}>
            {(loaded) => (
              <>
                <JournalHeading featured={Boolean(loaded?.featured)} />
                {loaded ? (
                  <ul role="list" className="mt-8 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
                    {loaded.articles.map((article) => (
                      <li key={article.id}>
                        <ArticleCard article={article} headingLevel={3} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
          </Await>
        </Suspense>
      </div>
    </section>
  );
}

function JournalHeading({featured, placeholder = false}: {featured: boolean; placeholder?: boolean}) {
  return (
    <>
      {/* While streaming, the page holds both the placeholder and the loaded heading: one id only. */}
      <h2 id={placeholder ? undefined : 'journal-heading'} className="mt-2 text-h2">
        {featured ? copy.featuredArticlesTitle : copy.latestTitle}
      </h2>
      {placeholder ? <div className="mt-8 min-h-80" /> : null}
    </>
  );
}
