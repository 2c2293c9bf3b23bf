import {Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {articlePath, blogPath, formatPublishedDate} from '~/lib/blog/blog';
import {absoluteUrl, buildMeta, canonicalUrl, requestOrigin, summarize, type PageSeo} from '~/lib/seo/page-meta';
import {breadcrumbJsonLd} from '~/lib/seo/json-ld';
import {Breadcrumbs} from '~/components/blog/Breadcrumbs';
import {blogCopy} from '~/components/blog/copy';

export const meta: MetaFunction<typeof loader> = ({data}) => (data ? buildMeta(data.seo) : []);

export async function loader({request, context}: LoaderFunctionArgs) {
  const {shop, blogs} = await context.storefront.query(BLOGS_QUERY, {
    cache: context.cachePolicy.content(),
  });
  const origin = requestOrigin(request);
  const canonical = canonicalUrl(request);

  const seo: PageSeo = {
    title: blogCopy.blogsTitle,
    description: blogCopy.blogsDescription,
    canonical,
    siteName: shop.name,
    type: 'website',
  };
  const jsonLd = breadcrumbJsonLd([
    {name: blogCopy.homeCrumb, url: `${origin}/`},
    {name: blogCopy.blogsTitle, url: canonical},
  ]);

  return {
    blogs: blogs.nodes.map((blog) => ({
      id: blog.id,
      handle: blog.handle,
      title: blog.title,
      description: summarize(blog.seo?.description, 220),
      url: absoluteUrl(origin, blogPath(blog.handle)),
      latest: blog.articles.nodes,
    })),
    seo: {...seo, jsonLd},
  };
}

export default function BlogsPage() {
  const {blogs} = useLoaderData<typeof loader>();
  return (
    <div className="container-page pb-20 pt-10 sm:pt-14">
      <header className="max-w-3xl">
        <Breadcrumbs items={[{label: blogCopy.homeCrumb, to: '/'}, {label: blogCopy.blogsTitle}]} />
        <p className="eyebrow mt-8">{blogCopy.blogsEyebrow}</p>
        <h1 className="mt-3 text-h1">{blogCopy.blogsTitle}</h1>
        <p className="mt-5 text-lead text-charcoal-600">{blogCopy.blogsIntro}</p>
      </header>

      {blogs.length === 0 ? (
        <p className="mt-12 rounded-2xl bg-stone-100 p-8 text-center text-charcoal-700">{blogCopy.blogsEmpty}</p>
      ) : (
        <ul role="list" className="mt-12 grid gap-8 md:grid-cols-2">
          {blogs.map((blog) => (
            <li key={blog.id}>
              <article className="card relative flex h-full flex-col p-6 sm:p-8">
                <h2 className="text-h2">
                  <Link to={blogPath(blog.handle)} prefetch="intent" className="hover:text-forest-700">
                    {blog.title}
                  </Link>
                </h2>
                {blog.description ? <p className="mt-3 leading-relaxed text-charcoal-600">{blog.description}</p> : null}
                {blog.latest.length ? (
                  <div className="mt-6">
                    <h3 className="eyebrow">{blogCopy.latestIn}</h3>
                    <ul role="list" className="mt-3 divide-y divide-stone-200">
                      {blog.latest.map((article) => (
                        <li key={article.id} className="py-3">
                          <Link
                            to={articlePath(blog.handle, article.handle)}
                            prefetch="intent"
                            className="font-bold text-forest-950 hover:text-forest-700 hover:underline"
                          >
                            {article.title}
                          </Link>
                          <p className="mt-0.5 text-sm text-charcoal-600">
                            <time dateTime={article.publishedAt}>{formatPublishedDate(article.publishedAt)}</time>
                          </p>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <p className="mt-auto pt-6">
                  <Link to={blogPath(blog.handle)} prefetch="intent" className="btn-primary">
                    {blogCopy.readJournal(blog.title)}
                  </Link>
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const BLOGS_QUERY = `#graphql
  query BlogList($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    shop {
      name
    }
    blogs(first: 50) {
      nodes {
        id
        handle
        title
        seo {
          description
        }
        articles(first: 3, sortKey: PUBLISHED_AT, reverse: true) {
          nodes {
            id
            handle
            title
            publishedAt
          }
        }
      }
    }
  }
` as const;
