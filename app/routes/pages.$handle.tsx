import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';
import {buildMeta, canonicalUrl} from '~/lib/seo/page-meta';
import {StoreHtmlArticle} from '~/components/layout/StoreHtmlArticle';
import {SEO_FRAGMENT} from '~/graphql/seo/seo-fragment';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({
    title: data?.page.seo?.title ?? data?.page.title,
    description: data?.page.seo?.description ?? data?.page.bodySummary,
    canonical: data?.url,
  });

export async function loader({params, request, context}: LoaderFunctionArgs) {
  if (!params.handle) throw new Response('Expected a page handle', {status: 404});
  const {page} = await context.storefront.query(PAGE_QUERY, {
    cache: context.cachePolicy.content(),
    variables: {handle: params.handle},
  });
  if (!page) throw new Response(`Page ${params.handle} not found`, {status: 404});
  return {page: {...page, body: sanitizeStoreHtml(page.body)}, url: canonicalUrl(request)};
}

export default function ContentPage() {
  const {page} = useLoaderData<typeof loader>();
  return <StoreHtmlArticle title={page.title} bodyHtml={page.body} />;
}

const PAGE_QUERY = `#graphql
  query ContentPage($handle: String!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    page(handle: $handle) {
      id
      handle
      title
      body
      bodySummary
      seo {
        ...Seo
      }
    }
  }
  ${SEO_FRAGMENT}
` as const;
