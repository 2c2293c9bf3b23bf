import {useMatches} from '@remix-run/react';
import type {LayoutFooterQuery} from 'storefrontapi.generated';
import {MenuLink} from '~/components/layout/SiteHeader';
import {BrandMark} from '~/components/layout/BrandMark';
import {PolicyLinks} from '~/components/layout/PolicyLinks';
import {NewsletterForm} from '~/components/marketing/NewsletterForm';
import {pageHasOwnNewsletter} from '~/lib/newsletter/newsletter-state';
import {publishedPolicies} from '~/lib/shop/policies';

export function SiteFooter({
  shopName,
  description,
  footer,
  ownDomains,
}: {
  shopName: string;
  description?: string | null;
  footer: LayoutFooterQuery | null;
  ownDomains: Array<string | null | undefined>;
}) {
  // Pages with their own sign-up (/newsletter, a home page with a newsletter section) don't repeat it here.
  const showNewsletter = !pageHasOwnNewsletter(useMatches());
  return (
    <footer className="mt-24 bg-forest-950 text-stone-200">
      <div
        className={`container-page grid gap-10 py-14 ${
          showNewsletter ? 'sm:grid-cols-2 lg:grid-cols-[1.2fr_0.8fr_0.8fr_1.5fr]' : 'md:grid-cols-[1.4fr_1fr_1fr]'
        }`}
      >
        <div>
          <p className="flex items-center gap-2 font-display text-lg font-extrabold text-white">
            <BrandMark className="size-7" />
            {shopName}
          </p>
          {description ? (
            <p className="mt-3 max-w-sm text-sm leading-relaxed text-stone-300">{description}</p>
          ) : null}
        </div>
        <nav aria-label="Footer">
          <h2 className="footer-heading">Explore</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {(footer?.menu?.items ?? []).map((item) => (
              <li key={item.id}>
                <MenuLink item={item} ownDomains={ownDomains} className="footer-link" />
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Policies">
          <h2 className="footer-heading">Policies</h2>
          <PolicyLinks
            policies={footer ? publishedPolicies(footer.shop) : []}
            className="mt-3 space-y-2 text-sm"
            linkClassName="footer-link"
          />
        </nav>
        {showNewsletter ? <NewsletterForm variant="footer" /> : null}
      </div>
      <div className="border-t border-white/10">
        <p className="container-page py-5 text-xs text-stone-300">
          © {new Date().getFullYear()} {shopName}. Train hard, recover smarter.
        </p>
      </div>
    </footer>
  );
}
