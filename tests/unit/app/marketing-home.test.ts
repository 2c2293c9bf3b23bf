import {describe, expect, it} from 'vitest';
import {DEFAULT_SECTION_ORDER, featuredArticleHandles, sectionOrder, toHomeContent, type HomeField} from '~/lib/marketing/home-page';

const defaults = {
  heading: 'Default heading',
  text: 'Default text',
  image: {url: 'https://cdn.test/default.png', width: 800, height: 800},
  ctaLabel: 'Start Spartan Race Prep',
  ctaLink: '/products/spartan-race-preparation-program',
};

type Ref = {__typename: string; handle?: string; title?: string; image?: {url: string} | null};
const isCollection = (reference: Ref): reference is Ref & {title: string} => reference.__typename === 'Collection';
const text = (key: string, value: string): HomeField<Ref> => ({key, type: 'single_line_text_field', value, reference: null});

describe('sectionOrder', () => {
  it('follows marketing’s order and puts a promo right after the hero', () => {
    expect(sectionOrder('["newsletter","hero","latest_articles"]')).toEqual(['newsletter', 'hero', 'promo', 'latest_articles']);
  });

  it('ignores unknown names and repeats, and accepts friendly spellings', () => {
    expect(sectionOrder('["Featured Collection","banana","hero","featured-collection"]')).toEqual([
      'featured_collection',
      'hero',
      'promo',
    ]);
  });

  it('falls back to today’s order when the field is empty or unusable', () => {
    expect(sectionOrder(null)).toEqual(DEFAULT_SECTION_ORDER);
    expect(sectionOrder('[]')).toEqual(DEFAULT_SECTION_ORDER);
    expect(sectionOrder('["nothing-we-know"]')).toEqual(DEFAULT_SECTION_ORDER);
    expect(sectionOrder('[not json')).toEqual(DEFAULT_SECTION_ORDER);
  });
});

describe('featuredArticleHandles', () => {
  it('keeps up to three distinct handles, dropping blog prefixes', () => {
    expect(featuredArticleHandles('["news/what-is-dry-needling","what-is-dry-needling","b","c","d"]')).toEqual([
      'what-is-dry-needling',
      'b',
      'c',
    ]);
    expect(featuredArticleHandles(undefined)).toEqual([]);
  });
});

describe('toHomeContent', () => {
  it('uses today’s defaults when there is no metaobject', () => {
    const content = toHomeContent(null, {defaults, isCollection});
    expect(content.hero).toEqual({
      heading: 'Default heading',
      text: 'Default text',
      image: defaults.image,
      cta: {label: 'Start Spartan Race Prep', link: {href: '/products/spartan-race-preparation-program', external: false}},
    });
    expect(content.sections).toEqual(DEFAULT_SECTION_ORDER);
    expect(content.featuredCollection).toBeNull();
  });

  it('takes every field marketing filled in and defaults the blank ones', () => {
    const content = toHomeContent<{title: string}>(
      [
        text('hero_heading', 'Train for the terrain.'),
        text('hero_text', '   '),
        text('hero_cta_label', 'Find your program'),
        {key: 'hero_cta_link', type: 'url', value: 'https://trailforge.example/collections/start-here'},
        {key: 'hero_image', type: 'file_reference', value: 'gid://shopify/MediaImage/1', reference: {__typename: 'MediaImage', image: {url: 'https://cdn.test/hero.png'}}},
        {key: 'featured_collection', type: 'collection_reference', value: 'gid://shopify/Collection/3005', reference: {__typename: 'Collection', handle: 'start-here', title: 'Start here'}},
        {key: 'section_order', type: 'list.single_line_text_field', value: '["hero","newsletter"]'},
      ],
      {defaults, isCollection, ownDomains: ['https://trailforge.example']},
    );
    expect(content.hero.heading).toBe('Train for the terrain.');
    expect(content.hero.text).toBe('Default text');
    expect(content.hero.image).toEqual({url: 'https://cdn.test/hero.png'});
    expect(content.hero.cta).toEqual({label: 'Find your program', link: {href: '/collections/start-here', external: false}});
    expect(content.featuredCollection).toMatchObject({title: 'Start here'});
    expect(content.sections).toEqual(['hero', 'promo', 'newsletter']);
  });

  it('survives broken references and unsafe links', () => {
    const content = toHomeContent(
      [
        {key: 'hero_cta_link', type: 'url', value: 'javascript:alert(1)'},
        {key: 'hero_image', type: 'file_reference', value: 'gid://shopify/MediaImage/404', reference: null},
        {key: 'featured_collection', type: 'collection_reference', value: 'gid://shopify/Collection/404', reference: null},
      ],
      {defaults, isCollection},
    );
    expect(content.hero.cta.link.href).toBe('/products/spartan-race-preparation-program');
    expect(content.hero.image).toEqual(defaults.image);
    expect(content.featuredCollection).toBeNull();
  });
});
