import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';

/**
 * Crawlers skip what is private to one shopper (cart, checkout, account), what only changes a cart
 * (discount links), and the endless sort/filter combinations of collection pages, whose unfiltered
 * page is the canonical one.
 */
export async function loader({request}: LoaderFunctionArgs) {
  const {origin} = new URL(request.url);
  const body = [
    'User-agent: *',
    'Disallow: /cart',
    'Disallow: /checkouts/',
    'Disallow: /account',
    'Disallow: /discount/',
    'Disallow: /search',
    'Disallow: /api/',
    'Disallow: /collections/*sort=',
    'Disallow: /collections/*filter.',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': `public, max-age=${60 * 60 * 24}`,
    },
  });
}
