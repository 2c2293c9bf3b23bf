import {describe, expect, it} from 'vitest';
import {buildMeta, canonicalUrl, summarize, type PageSeo} from '~/lib/seo/page-meta';
import {blogPostingJsonLd, breadcrumbJsonLd} from '~/lib/seo/json-ld';
import {responsiveImage} from '~/lib/media/responsive-image';

describe('JSON-LD', () => {
  const posting = blogPostingJsonLd({
    url: 'https://shop.example/blogs/news/what-is-dry-needling',
    headline: 'What Is Dry Needling?',
    description: 'A physical therapist explains.',
    datePublished: '2026-09-14T08:00:00Z',
    image: {url: 'https://cdn.example/hero.svg', width: 1600, height: 900},
    author: {name: 'Maya Okafor', bio: 'Physical therapist.'},
    publisher: {name: 'Trailforge Athletics', url: 'https://shop.example/'},
    keywords: ['recovery', 'mobility'],
    section: 'Training & Recovery Journal',
    wordCount: 1800,
  });

  it('describes an article as a schema.org BlogPosting', () => {
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'What Is Dry Needling?',
      datePublished: '2026-09-14T08:00:00Z',
      mainEntityOfPage: {'@type': 'WebPage', '@id': 'https://shop.example/blogs/news/what-is-dry-needling'},
      author: {'@type': 'Person', name: 'Maya Okafor', description: 'Physical therapist.'},
      publisher: {'@type': 'Organization', name: 'Trailforge Athletics'},
      image: {'@type': 'ImageObject', url: 'https://cdn.example/hero.svg', width: 1600, height: 900},
      keywords: 'recovery, mobility',
      wordCount: 1800,
    });
  });

  it('leaves out what is missing rather than sending empty values', () => {
    const bare = blogPostingJsonLd({
      url: 'https://shop.example/a',
      headline: 'A',
      description: 'd',
      datePublished: '2026-01-01T00:00:00Z',
      publisher: {name: 'P', url: 'https://shop.example/'},
      keywords: [],
    });
    expect(bare).not.toHaveProperty('image');
    expect(bare).not.toHaveProperty('author');
    expect(bare).not.toHaveProperty('keywords');
  });

  it('keeps headlines within the 110 characters search engines show', () => {
    const long = blogPostingJsonLd({
      url: 'u',
      headline: 'word '.repeat(40),
      description: 'd',
      datePublished: '2026-01-01T00:00:00Z',
      publisher: {name: 'P', url: 'u'},
      keywords: [],
    });
    expect((long.headline as string).length).toBeLessThanOrEqual(110);
  });

  it('numbers breadcrumb items from 1', () => {
    expect(
      breadcrumbJsonLd([
        {name: 'Home', url: 'https://shop.example/'},
        {name: 'Journal', url: 'https://shop.example/blogs/news'},
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://shop.example/'},
        {'@type': 'ListItem', position: 2, name: 'Journal', item: 'https://shop.example/blogs/news'},
      ],
    });
  });

  it('reaches the page as data for Remix <Meta>, which escapes it, never as a pre-built string', () => {
    const data = {'@type': 'BlogPosting', headline: '</script><script>alert(1)</script> & <!--'};
    const crumbs = breadcrumbJsonLd([]);
    const meta = buildMeta({title: 'T', jsonLd: [data, crumbs]});
    // getSeoMeta keeps one route's blocks together: one script holding the list.
    expect(meta.filter((entry) => 'script:ld+json' in entry)).toEqual([{'script:ld+json': [data, crumbs]}]);
  });
});

describe('meta descriptors', () => {
  const seo: PageSeo = {
    title: 'What Is Dry Needling?',
    description: 'A physical therapist explains dry needling.',
    canonical: 'https://shop.example/blogs/news/what-is-dry-needling',
    siteName: 'Trailforge Athletics',
    type: 'article',
    image: {url: 'https://cdn.example/hero.svg', width: 1600, height: 900, altText: 'A calf muscle'},
    article: {publishedTime: '2026-09-14T08:00:00Z', tags: ['recovery', 'mobility'], authorName: 'Maya Okafor'},
    feed: {href: 'https://shop.example/blogs/news.atom', title: 'Journal (Atom feed)'},
    preloadImage: responsiveImage(
      {url: 'https://cdn.example/hero.svg', width: 1600, height: 900, altText: 'A calf muscle'},
      {sizes: '100vw'},
    ),
  };
  const meta = buildMeta(seo);
  const find = (key: string, value: string) => meta.filter((entry) => (entry as Record<string, string>)[key] === value);

  it('sets the title with the site name and the description', () => {
    expect(meta).toContainEqual({title: 'What Is Dry Needling? | Trailforge Athletics'});
    expect(meta).toContainEqual({name: 'description', content: 'A physical therapist explains dry needling.'});
  });

  it('links the absolute canonical URL and the Atom feed', () => {
    expect(meta).toContainEqual({tagName: 'link', rel: 'canonical', href: seo.canonical});
    expect(meta).toContainEqual({
      tagName: 'link',
      rel: 'alternate',
      type: 'application/atom+xml',
      title: 'Journal (Atom feed)',
      href: 'https://shop.example/blogs/news.atom',
    });
  });

  it('has Open Graph article tags, one article:tag per tag, and Twitter tags', () => {
    expect(meta).toContainEqual({property: 'og:type', content: 'article'});
    expect(meta).toContainEqual({property: 'og:image', content: 'https://cdn.example/hero.svg'});
    expect(meta).toContainEqual({property: 'article:published_time', content: '2026-09-14T08:00:00Z'});
    expect(find('property', 'article:tag').map((entry) => (entry as {content: string}).content)).toEqual([
      'recovery',
      'mobility',
    ]);
    expect(meta).toContainEqual({name: 'twitter:card', content: 'summary_large_image'});
  });

  it('preloads the hero with the same srcset and sizes the <img> uses', () => {
    const [preload] = find('rel', 'preload') as Array<Record<string, string>>;
    expect(preload).toMatchObject({tagName: 'link', as: 'image', fetchpriority: 'high', imageSizes: '100vw'});
    expect(preload.imageSrcSet).toBe(seo.preloadImage!.srcSet);
  });
});

describe('helpers', () => {
  it('summarize cuts at a word boundary with an ellipsis', () => {
    const text = 'Dry needling has moved from physical therapy clinics into race-weekend recovery tents. '.repeat(3);
    const out = summarize(text, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.endsWith('\u2026')).toBe(true);
    expect(out).not.toMatch(/\s\u2026$/);
    expect(summarize('  short\n text ')).toBe('short text');
  });

  it('canonicalUrl keeps the origin and path and only the listed parameters', () => {
    const request = new Request('http://localhost:3005/blogs/news?utm_source=x&cursor=abc&direction=next');
    expect(canonicalUrl(request)).toBe('http://localhost:3005/blogs/news');
    expect(canonicalUrl(request, ['cursor', 'direction'])).toBe(
      'http://localhost:3005/blogs/news?cursor=abc&direction=next',
    );
  });

  it('responsiveImage never asks for more pixels than the image has', () => {
    const image = responsiveImage({url: 'https://cdn.example/a.jpg?v=1', width: 1000, height: 500}, {sizes: '100vw'});
    expect(image.srcSet).toBe(
      [480, 720, 960, 1000].map((w) => `https://cdn.example/a.jpg?v=1&width=${w} ${w}w`).join(', '),
    );
    expect(image).toMatchObject({width: 1000, height: 500, src: 'https://cdn.example/a.jpg?v=1&width=1000'});
  });
});
