import {describe, expect, it} from 'vitest';
import {placeInlinePromo} from '~/lib/marketing/inline-promo';

const html = (value: string) => ({type: 'html' as const, html: value});

describe('placeInlinePromo', () => {
  it('goes just before the second H2', () => {
    const placed = placeInlinePromo([html('<p>Intro</p><h2 id="a">A</h2><p>One</p><h2 id="b">B</h2><p>Two</p>')]);
    expect(placed).toEqual([
      html('<p>Intro</p><h2 id="a">A</h2><p>One</p>'),
      {type: 'promo'},
      html('<h2 id="b">B</h2><p>Two</p>'),
    ]);
  });

  it('counts headings across chunks split by product cards', () => {
    const card = {type: 'product' as const, html: '<p><a href="/products/x">x</a></p>'};
    const placed = placeInlinePromo([html('<h2>A</h2><p>1</p>'), card, html('<p>2</p><h2>B</h2>')]);
    expect(placed.map((segment) => segment.type)).toEqual(['html', 'product', 'html', 'promo', 'html']);
  });

  it('falls back to after the body when there are fewer than two H2s', () => {
    const placed = placeInlinePromo([html('<h2>Only</h2><p>Short piece</p>')]);
    expect(placed.at(-1)).toEqual({type: 'promo'});
  });

  it('ignores h3 and words that merely start with h2', () => {
    const placed = placeInlinePromo([html('<h3>x</h3><h2x>y</h2x><h2>A</h2>')]);
    expect(placed.at(-1)).toEqual({type: 'promo'});
  });
});
