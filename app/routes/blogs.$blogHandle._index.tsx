import {useLoaderData, type MetaFunction} from '@remix-run/react';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {loadArticleList, listedPosts} from '~/lib/blog/blog-list.server';
import {buildMeta, summarize, type PageSeo} from '~/lib/seo/page-meta';
import {blogJsonLd, breadcrumbJsonLd} from '~/lib/seo/json-ld';
import {BlogListing} from '~/components/blog/BlogListing';
import {TagLinks} from '~/components/blog/TagLinks';
import {blogCopy} from '~/components/blog/copy';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  data ? buildMeta(data.seo) : [{title: 'Journal not found'}];

export async function loader({params, request, context}: LoaderFunctionArgs) {
  const page = await loadArticleList({request, context, blogHandle: params.blogHandle ?? ''});
  const {blog, urls} = page;
  const description = blog.description || blogCopy.blogFallbackDescription(blog.title);

  const seo: PageSeo = {
    title: blog.seoTitle || blog.title,
    description: summarize(description),
    canonical: urls.canonical,
    siteName: page.shopName,
    type: 'website',
    image: page.articles.nodes[0]?.image,
    feed: {href: urls.feed, title: blogCopy.feedTitle(blog.title)},
  };
  const jsonLd = [
    blogJsonLd({url: urls.blog, name: blog.title, description: summarize(description), posts: listedPosts(page)}),
    breadcrumbJsonLd([
      {name: blogCopy.homeCrumb, url: `${urls.origin}/`},
      {name: blog.title, url: urls.blog},
    ]),
  ];

  // Topics: the tags of the articles on this page, most used first.
  const tagCounts = new Map<string, number>();
  for (const article of page.articles.nodes) {
    for (const tag of article.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const topics = [...tagCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag]) => tag);

  return {blog: {...blog, description}, articles: page.articles, topics, seo: {...seo, jsonLd}};
}

export default function BlogPage() {
  const {blog, articles, topics} = useLoaderData<typeof loader>();
  const header = {
    blogHandle: blog.handle,
    eyebrow: blogCopy.blogEyebrow,
    title: blog.title,
    description: blog.description,
    crumbs: [{label: blogCopy.homeCrumb, to: '/'}, {label: blog.title}],
    children: topics.length ? (
      <div className="mt-8">
        <h2 className="text-sm font-bold text-charcoal-700">{blogCopy.topicsLabel}</h2>
        <TagLinks blogHandle={blog.handle} tags={topics} size="md" label={blogCopy.topicsLabel} className="mt-3" />
      </div>
    ) : null,
  };
  return (
    <BlogListing
      header={header}
      articles={articles}
      empty={<p className="rounded-2xl bg-stone-100 p-8 text-center text-charcoal-700">{blogCopy.noArticles}</p>}
    />
  );
}
