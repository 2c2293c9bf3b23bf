import {describe, expect, it} from 'vitest';
import {prepareArticleHtml} from '~/lib/content/article-html.server';
import {inlinePromoIndex} from '~/lib/marketing/inline-promo';
import {findProductParagraphs} from '~/lib/marketing/inline-products';

/** The body's segments with the promo placed, as the article route builds them. */
function placed(html: string) {
  const {nodes} = prepareArticleHtml(html);
  return findProductParagraphs(nodes, {promoAt: inlinePromoIndex(nodes)}).segments;
}

describe('inline promo placement', () => {
  it('goes just before the second H2', () => {
    expect(placed('<p>Intro</p><h2 id="a">A</h2><p>One</p><h2 id="b">B</h2><p>Two</p>')).toEqual([
      {type: 'html', html: '<p>Intro</p><h2 id="a">A</h2><p>One</p>'},
      {type: 'promo'},
      {type: 'html', html: '<h2 id="b">B</h2><p>Two</p>'},
    ]);
  });

  it('counts headings across chunks split by product cards', () => {
    const segments = placed('<h2>A</h2><p>1</p><p><a href="/products/x">x</a></p><p>2</p><h2>B</h2>');
    expect(segments.map((segment) => segment.type)).toEqual(['html', 'product', 'html', 'promo', 'html']);
  });

  it('falls back to after the body when there are fewer than two H2s', () => {
    expect(placed('<h2>Only</h2><p>Short piece</p>').at(-1)).toEqual({type: 'promo'});
  });

  it('ignores h3 and elements whose names merely start with h2', () => {
    expect(placed('<h3>x</h3><h2x>y</h2x><h2>A</h2>').at(-1)).toEqual({type: 'promo'});
  });

  it('never cuts an element in two: an H2 nested in a block moves the promo to that block', () => {
    const segments = placed('<h2>A</h2><div><p>lead</p><h2>B</h2></div>');
    expect(segments).toEqual([
      {type: 'html', html: '<h2 id="a">A</h2>'},
      {type: 'promo'},
      {type: 'html', html: '<div><p>lead</p><h2 id="b">B</h2></div>'},
    ]);
    // Both H2s in one wrapper: no clean place between sections, so after the body.
    expect(placed('<div><h2>A</h2><h2>B</h2></div>').map((segment) => segment.type)).toEqual(['html', 'promo']);
  });

  it('reads an H2 written inside an attribute as text, not as a heading', () => {
    const segments = placed('<h2>A</h2><p title="<h2><script>alert(1)</script>">x</p><p>y</p>');
    expect(segments.at(-1)).toEqual({type: 'promo'});
    expect(segments.map((segment) => ('html' in segment ? segment.html : '')).join('')).not.toMatch(/<script|<h2>/i);
  });
});
