import {Link} from '@remix-run/react';
import type {ProductCardFragment} from 'storefrontapi.generated';
import type {HomeJournal as HomeJournalData} from '~/lib/marketing/home-articles.server';
import type {HomeHero as HomeHeroData, HomeSection} from '~/lib/marketing/home-page';
import type {PromoBanner} from '~/lib/marketing/promo-banner';
import {ProductCardGrid} from '~/components/collection/ProductCardGrid';
import {HomeHero} from '~/components/marketing/HomeHero';
import {HomeJournal} from '~/components/marketing/HomeJournal';
import {NewsletterForm} from '~/components/marketing/NewsletterForm';
import {PromoCard} from '~/components/marketing/PromoCard';
import {marketingCopy} from '~/components/marketing/copy';

const copy = marketingCopy.home;

export interface HomeSectionsData {
  hero: HomeHeroData;
  sections: HomeSection[];
  promos: PromoBanner[];
  collection: {title: string; href: string; products: ProductCardFragment[]};
  journal: Promise<HomeJournalData | null>;
}

/** The home page's sections in the order marketing chose; it keeps one h1 even without the hero. */
export function HomeSections({hero, sections, promos, collection, journal}: HomeSectionsData) {
  return (
    <>
      {sections.includes('hero') ? null : <h1 className="sr-only">{hero.heading}</h1>}
      {sections.map((section) => {
        switch (section) {
          case 'hero':
            return <HomeHero key={section} hero={hero} />;
          case 'promo':
            return (
              <section key={section} aria-label={marketingCopy.promo.label} className="container-page mt-10 space-y-4 md:mt-14" data-section="promo">
                {promos.map((banner) => (
                  <PromoCard key={banner.dismissKey} banner={banner} />
                ))}
              </section>
            );
          case 'featured_collection':
            return <FeaturedCollection key={section} collection={collection} />;
          case 'latest_articles':
            return <HomeJournal key={section} journal={journal} />;
          case 'newsletter':
            return (
              <div key={section} className="render-when-near container-page py-14 md:py-20 [--height-estimate:34rem]" data-section="newsletter">
                <NewsletterForm variant="band" />
              </div>
            );
        }
      })}
    </>
  );
}

function FeaturedCollection({collection}: {collection: HomeSectionsData['collection']}) {
  return (
    <section className="container-page py-14 md:py-20" aria-labelledby="featured-heading" data-section="featured_collection">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="eyebrow">{copy.programsEyebrow}</p>
          <h2 id="featured-heading" className="mt-2 text-h2">
            {collection.title}
          </h2>
        </div>
        <Link to={collection.href} prefetch="intent" className="font-semibold text-forest-800 underline underline-offset-4">
          {copy.viewAll}
        </Link>
      </div>
      <div className="mt-8">
        <ProductCardGrid
          products={collection.products}
          columns="grid-cols-1 gap-5 min-[480px]:grid-cols-2 lg:grid-cols-4"
          sizes="(min-width: 1024px) 25vw, (min-width: 480px) 50vw, 100vw"
        />
      </div>
    </section>
  );
}
