import {Link} from '@remix-run/react';
import {Image} from '@shopify/hydrogen';
import {HIGH_FETCH_PRIORITY} from '~/lib/media/fetch-priority';
import {wholePixelSrcSetOptions} from '~/lib/media/fluid-image';
import type {HomeHero as HomeHeroData} from '~/lib/marketing/home-page';
import {ContourArt} from '~/components/marketing/ContourArt';
import {PromoLinkTo} from '~/components/marketing/PromoLinkTo';
import {marketingCopy} from '~/components/marketing/copy';

const copy = marketingCopy.home;

/** The home page's hero: marketing's heading, text, call to action and image (the page's h1). */
export function HomeHero({hero}: {hero: HomeHeroData}) {
  const heroRatio = hero.image?.width && hero.image.height ? `${hero.image.width}/${hero.image.height}` : '1/1';
  return (
    <section className="relative overflow-hidden bg-forest-950 text-white" data-section="hero">
      <ContourArt className="opacity-20" />
      <div className="container-page relative grid gap-8 py-16 md:py-24 lg:grid-cols-[1.15fr_1fr] lg:items-center">
        <div>
          <p className="eyebrow !text-clay-500">{copy.heroEyebrow}</p>
          <h1 className="mt-4 max-w-2xl text-[clamp(2.4rem,1.6rem+3.6vw,4.25rem)] leading-[1.02] font-extrabold tracking-tight text-balance !text-white">
            {hero.heading}
          </h1>
          <p className="mt-5 max-w-xl text-lead whitespace-pre-line text-stone-200">{hero.text}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <PromoLinkTo link={hero.cta.link} className="btn-primary text-base">
              {hero.cta.label}
            </PromoLinkTo>
            <Link to="/collections/all" className="btn-secondary !border-stone-200 !text-white hover:!bg-white hover:!text-forest-950">
              {copy.heroSecondary}
            </Link>
          </div>
        </div>
        {hero.image ? (
          <div className="hidden overflow-hidden rounded-3xl shadow-2xl ring-1 ring-white/10 lg:block">
            {/* The LCP image on wide screens: eager, high priority, its frame sized from the image. */}
            <Image
              data={hero.image}
              aspectRatio={heroRatio}
              srcSetOptions={wholePixelSrcSetOptions(heroRatio)}
              sizes="(min-width: 1280px) 36rem, 40vw"
              loading="eager"
              {...HIGH_FETCH_PRIORITY}
              className="h-full w-full object-cover"
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
