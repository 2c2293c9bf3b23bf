import {Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';
import {buildMeta, canonicalUrl} from '~/lib/seo/page-meta';
import {POLICY_FIELDS} from '~/lib/shop/policies';
import {StoreHtmlArticle} from '~/components/layout/StoreHtmlArticle';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({title: data?.policy.title, canonical: data?.url});

export async function loader({params, request, context}: LoaderFunctionArgs) {
  const handle = params.handle as keyof typeof POLICY_FIELDS | undefined;
  const field = handle ? POLICY_FIELDS[handle] : undefined;
  if (!field) throw new Response(`Policy ${params.handle} not found`, {status: 404});

  const {shop} = await context.storefront.query(POLICY_QUERY, {
    cache: context.cachePolicy.static(),
    variables: {
      privacyPolicy: field === 'privacyPolicy',
      refundPolicy: field === 'refundPolicy',
      shippingPolicy: field === 'shippingPolicy',
      termsOfService: field === 'termsOfService',
      subscriptionPolicy: field === 'subscriptionPolicy',
    },
  });
  const policy = shop[field];
  if (!policy) throw new Response(`Policy ${handle} not found`, {status: 404});
  return {policy: {...policy, body: sanitizeStoreHtml(policy.body)}, url: canonicalUrl(request)};
}

export default function PolicyPage() {
  const {policy} = useLoaderData<typeof loader>();
  const back = (
    <Link to="/policies" className="text-sm font-semibold text-forest-800 underline underline-offset-2">
      ← All policies
    </Link>
  );
  return <StoreHtmlArticle title={policy.title} bodyHtml={policy.body} above={back} />;
}

const POLICY_QUERY = `#graphql
  fragment PolicyBody on ShopPolicy {
    id
    title
    handle
    body
  }
  query PolicyPage(
    $country: CountryCode
    $language: LanguageCode
    $privacyPolicy: Boolean!
    $refundPolicy: Boolean!
    $shippingPolicy: Boolean!
    $termsOfService: Boolean!
    $subscriptionPolicy: Boolean!
  ) @inContext(country: $country, language: $language) {
    shop {
      privacyPolicy @include(if: $privacyPolicy) { ...PolicyBody }
      refundPolicy @include(if: $refundPolicy) { ...PolicyBody }
      shippingPolicy @include(if: $shippingPolicy) { ...PolicyBody }
      termsOfService @include(if: $termsOfService) { ...PolicyBody }
      subscriptionPolicy @include(if: $subscriptionPolicy) { id title handle body }
    }
  }
` as const;
