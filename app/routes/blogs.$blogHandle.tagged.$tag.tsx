import {Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {blogPath, tagPath} from '~/lib/blog/blog';
import {loadArticleList} from '~/lib/blog/blog-list.server';
import {absoluteUrl, buildMeta, type PageSeo} from '~/lib/seo/page-meta';
import {breadcrumbJsonLd} from '~/lib/seo/json-ld';
import {BlogListing} from '~/components/blog/BlogListing';
import {blogCopy} from '~/components/blog/copy';

/** Longer than any real tag: refuse it before it reaches the Storefront API. */
const MAX_TAG_LENGTH = 255;

export const meta: MetaFunction<typeof loader> = ({data}) =>
  data ? buildMeta(data.seo) : [{title: 'Topic not found'}];

/**
 * /blogs/:blogHandle/tagged/:tag (Shopify's URL): the blog's articles with one tag. An unknown blog
 * is a 404; a known blog with no article under the tag is an empty state (not indexed).
 */
export async function loader({params, request, context}: LoaderFunctionArgs) {
  const tag = (params.tag ?? '').trim();
  if (!tag || tag.length > MAX_TAG_LENGTH) throw new Response(null, {status: 404});

  const page = await loadArticleList({request, context, blogHandle: params.blogHandle ?? '', tag});
  const {blog, urls} = page;
  const empty = page.articles.nodes.length === 0;

  const seo: PageSeo = {
    title: blogCopy.tagMetaTitle(tag, blog.title),
    description: blogCopy.tagDescription(tag, blog.title),
    canonical: urls.canonical,
    siteName: page.shopName,
    type: 'website',
    image: page.articles.nodes[0]?.image,
    feed: {href: urls.feed, title: blogCopy.feedTitle(blog.title)},
    robots: empty ? {noIndex: true} : undefined,
  };
  const jsonLd = breadcrumbJsonLd([
    {name: blogCopy.homeCrumb, url: `${urls.origin}/`},
    {name: blog.title, url: urls.blog},
    {name: tag, url: absoluteUrl(urls.origin, tagPath(blog.handle, tag))},
  ]);

  return {blog, tag, articles: page.articles, seo: {...seo, jsonLd}};
}

export default function TagPage() {
  const {blog, tag, articles} = useLoaderData<typeof loader>();
  const header = {
    blogHandle: blog.handle,
    eyebrow: blogCopy.tagEyebrow,
    title: blogCopy.tagTitle(tag),
    description: articles.nodes.length ? blogCopy.tagDescription(tag, blog.title) : undefined,
    crumbs: [{label: blogCopy.homeCrumb, to: '/'}, {label: blog.title, to: blogPath(blog.handle)}, {label: tag}],
  };
  return <BlogListing header={header} articles={articles} activeTag={tag} empty={<EmptyTag blogHandle={blog.handle} tag={tag} />} />;
}

/** A known blog with nothing under this tag (yet): say so, and lead back to the whole journal. */
function EmptyTag({blogHandle, tag}: {blogHandle: string; tag: string}) {
  return (
    <section
      aria-labelledby="empty-tag"
      data-empty-state
      className="mx-auto max-w-2xl rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-14 text-center"
    >
      <svg aria-hidden="true" viewBox="0 0 48 48" className="mx-auto size-12 text-forest-300">
        <path d="M6 38l12-18 8 10 6-8 10 16z" fill="none" stroke="currentColor" strokeWidth="3" strokeLinejoin="round" />
        <circle cx="34" cy="12" r="4" fill="currentColor" />
      </svg>
      <h2 id="empty-tag" className="mt-5 text-h3">
        {blogCopy.tagEmptyTitle(tag)}
      </h2>
      <p className="mx-auto mt-3 max-w-md text-charcoal-600">{blogCopy.tagEmptyBody}</p>
      <Link to={blogPath(blogHandle)} prefetch="intent" className="btn-primary mt-8">
        {blogCopy.tagEmptyCta}
      </Link>
    </section>
  );
}
