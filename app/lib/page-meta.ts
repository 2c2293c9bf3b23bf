import type {MetaDescriptor} from '@remix-run/react';

/**
 * Title, description, canonical and social tags for a page, in one place so
 * every route describes itself the same way.
 */
export function pageMeta({
  title,
  description,
  url,
  image,
  type = 'website',
  siteName = 'Trailforge Athletics',
}: {
  title?: string | null;
  description?: string | null;
  url?: string | null;
  image?: string | null;
  type?: string;
  siteName?: string;
}): MetaDescriptor[] {
  const fullTitle = title ? `${title} | ${siteName}` : siteName;
  const summary = description ? truncate(description, 160) : undefined;
  const tags: MetaDescriptor[] = [
    {title: fullTitle},
    {property: 'og:title', content: title ?? siteName},
    {property: 'og:type', content: type},
    {property: 'og:site_name', content: siteName},
    {name: 'twitter:card', content: image ? 'summary_large_image' : 'summary'},
    {name: 'twitter:title', content: title ?? siteName},
  ];
  if (summary) {
    tags.push(
      {name: 'description', content: summary},
      {property: 'og:description', content: summary},
      {name: 'twitter:description', content: summary},
    );
  }
  if (url) {
    tags.push({tagName: 'link', rel: 'canonical', href: url}, {property: 'og:url', content: url});
  }
  if (image) {
    tags.push({property: 'og:image', content: image}, {name: 'twitter:image', content: image});
  }
  return tags;
}

function truncate(text: string, max: number) {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
