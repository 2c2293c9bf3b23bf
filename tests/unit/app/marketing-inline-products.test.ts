import {describe, expect, it} from 'vitest';
import {prepareArticleHtml} from '~/lib/content/article-html.server';
import {
  findProductParagraphs,
  inlineProductVariables,
  productHandleFromHref,
  resolveProductCards,
} from '~/lib/marketing/inline-products';

const OWN = ['https://trailforge.example'];

/** The body as the article route has it: the top-level nodes of the cleaned tree. */
const clean = (html: string) => prepareArticleHtml(html).nodes;
const htmlOf = (segment: {type: string; html?: string}) => ('html' in segment ? segment.html : '');

describe('productHandleFromHref', () => {
  it('reads product paths on this site, relative or absolute', () => {
    expect(productHandleFromHref('/products/spartan-race-preparation-program')).toBe('spartan-race-preparation-program');
    expect(productHandleFromHref('/products/trail-half/?variant=1')).toBe('trail-half');
    expect(productHandleFromHref('https://trailforge.example/products/grip#x', OWN)).toBe('grip');
  });

  it('ignores other pages, other sites and nested product paths', () => {
    expect(productHandleFromHref('/collections/all')).toBeNull();
    expect(productHandleFromHref('https://elsewhere.example/products/grip', OWN)).toBeNull();
    expect(productHandleFromHref('/products/grip/reviews')).toBeNull();
    expect(productHandleFromHref('//trailforge.example/products/grip', OWN)).toBeNull();
  });
});

describe('findProductParagraphs (placeholder splitting)', () => {
  it('turns a paragraph that is only a product link into a placeholder between HTML chunks', () => {
    const source =
      '<p>Intro.</p>\n<p><a href="/products/spartan-race-preparation-program">Spartan Race Preparation Program</a></p>\n<p><em>Not advice.</em></p>';
    const {segments, handles} = findProductParagraphs(clean(source));
    expect(handles).toEqual(['spartan-race-preparation-program']);
    expect(segments.map((segment) => segment.type)).toEqual(['html', 'product', 'html']);
    expect(segments[0]).toEqual({type: 'html', html: '<p>Intro.</p>\n'});
    expect(segments[1]).toMatchObject({handle: 'spartan-race-preparation-program'});
    expect(htmlOf(segments[1])).toBe('<p><a href="/products/spartan-race-preparation-program">Spartan Race Preparation Program</a></p>');
    expect(segments[2]).toEqual({type: 'html', html: '\n<p><em>Not advice.</em></p>'});
    // Nothing is lost: the chunks put back together are the original body.
    expect(segments.map(htmlOf).join('')).toBe(source);
  });

  it('also accepts a link wrapped in emphasis, with whitespace around it', () => {
    const {handles} = findProductParagraphs(clean('<p>  <strong><a href="/products/grip">Grip block</a></strong> </p>'));
    expect(handles).toEqual(['grip']);
  });

  it('keeps the link’s text, for the placeholder a streamed card replaces', () => {
    const {segments} = findProductParagraphs(clean('<p><a href="/products/grip">Grip\n   block</a></p>'));
    expect(segments).toEqual([expect.objectContaining({type: 'product', handle: 'grip', label: 'Grip block'})]);
  });

  it('leaves links inside a sentence, and non-product links, as they are', () => {
    const body =
      '<p>Try the <a href="/products/grip">Grip block</a> today.</p><p><a href="/collections/all">All programs</a></p><p><a href="/products/a">A</a> <a href="/products/b">B</a></p>';
    const {segments, handles} = findProductParagraphs(clean(body));
    expect(handles).toEqual([]);
    expect(segments).toEqual([{type: 'html', html: body}]);
  });

  it('makes cards for at most four distinct products; a repeat reuses its card', () => {
    const body = ['a', 'b', 'a', 'c', 'd', 'e'].map((handle) => `<p><a href="/products/${handle}">${handle}</a></p>`).join('');
    const {segments, handles} = findProductParagraphs(clean(body));
    expect(handles).toEqual(['a', 'b', 'c', 'd']);
    expect(segments.filter((segment) => segment.type === 'product')).toHaveLength(5);
    expect(segments[segments.length - 1]).toEqual({type: 'html', html: '<p><a href="/products/e">e</a></p>'});
  });

  it('works with absolute links to our own domain', () => {
    const {handles} = findProductParagraphs(clean('<p><a href="https://trailforge.example/products/grip">Grip</a></p>'), {ownDomains: OWN});
    expect(handles).toEqual(['grip']);
  });

  it('only takes whole top-level paragraphs, never a piece of one cut out of its element', () => {
    const {handles, segments} = findProductParagraphs(clean('<div><p><a href="/products/grip">Grip</a></p></div>'));
    expect(handles).toEqual([]);
    expect(segments).toEqual([{type: 'html', html: '<div><p><a href="/products/grip">Grip</a></p></div>'}]);
  });

  it('keeps a `<` inside an attribute as text: splitting never revives a tag', () => {
    // The old regex splitter cut here and the browser then read a live <script src=…>.
    const source =
      '<p><a href="/products/grip" title="<p><a href=/products/x></a></p><script src=//evil.example/x.js></script>">Grip</a></p><p>After</p>';
    const {segments, handles} = findProductParagraphs(clean(source));
    expect(handles).toEqual(['grip']);
    const html = segments.map(htmlOf).join('');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('title="&lt;p&gt;&lt;a href=/products/x&gt;&lt;/a&gt;&lt;/p&gt;&lt;script src=//evil.example/x.js&gt;&lt;/script&gt;"');
  });

  it('marks where the inline promo goes when asked', () => {
    const {segments} = findProductParagraphs(clean('<p>a</p><p><a href="/products/x">X</a></p><p>b</p>'), {promoAt: 1});
    expect(segments.map((segment) => segment.type)).toEqual(['html', 'promo', 'product', 'html']);
    expect(findProductParagraphs(clean('<p>a</p>'), {promoAt: 1}).segments.at(-1)).toEqual({type: 'promo'});
  });
});

describe('resolveProductCards', () => {
  it('renders found products as cards and puts the paragraph back for the rest', () => {
    const body = '<p>One.</p><p><a href="/products/found">Found</a></p><p>Two.</p><p><a href="/products/gone">Gone</a></p><p>Three.</p>';
    const {segments} = findProductParagraphs(clean(body));
    const resolved = resolveProductCards(segments, (handle) => (handle === 'found' ? {title: 'Found program'} : null));
    expect(resolved).toEqual([
      {type: 'html', html: '<p>One.</p>'},
      {type: 'product', product: {title: 'Found program'}},
      {type: 'html', html: '<p>Two.</p><p><a href="/products/gone">Gone</a></p><p>Three.</p>'},
    ]);
  });

  it('drops whitespace-only chunks around a card', () => {
    const {segments} = findProductParagraphs(clean('\n<p><a href="/products/x">X</a></p>\n'));
    expect(resolveProductCards(segments, () => ({id: 'x'}))).toEqual([{type: 'product', product: {id: 'x'}}]);
  });
});

describe('inlineProductVariables', () => {
  it('fills the fixed aliases and switches off the unused ones', () => {
    expect(inlineProductVariables(['a', 'b'])).toEqual({h0: 'a', h1: 'b', h2: '', h3: '', w1: true, w2: false, w3: false});
  });
});
