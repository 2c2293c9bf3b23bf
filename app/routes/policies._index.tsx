import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {PolicyLinks} from '~/components/layout/PolicyLinks';
import {buildMeta} from '~/lib/seo/page-meta';
import {publishedPolicies} from '~/lib/shop/policies';

export const meta: MetaFunction = () => buildMeta({title: 'Policies'});

export async function loader({context}: LoaderFunctionArgs) {
  const {shop} = await context.storefront.query(POLICIES_QUERY, {
    cache: context.cachePolicy.static(),
  });
  return {policies: publishedPolicies(shop)};
}

export default function PoliciesPage() {
  const {policies} = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-12 md:py-16">
      <h1 className="text-h1">Policies</h1>
      {policies.length ? (
        <PolicyLinks
          policies={policies}
          className="mt-8 grid gap-4 sm:grid-cols-2"
          linkClassName="card block p-6 text-lg font-bold text-forest-950 hover:underline"
        />
      ) : (
        <p className="mt-6 text-charcoal-600">No policies have been published yet.</p>
      )}
    </div>
  );
}

const POLICIES_QUERY = `#graphql
  fragment PolicyLink on ShopPolicy {
    id
    title
    handle
  }
  query PoliciesIndex($country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    shop {
      privacyPolicy { ...PolicyLink }
      refundPolicy { ...PolicyLink }
      shippingPolicy { ...PolicyLink }
      termsOfService { ...PolicyLink }
      subscriptionPolicy { id title handle }
    }
  }
` as const;
