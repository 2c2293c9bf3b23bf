import {describe, expect, it} from 'vitest';
import {prepareArticleHtml} from '~/lib/content/article-html.server';
import {slugify} from '~/lib/content/headings';

// The cleaning itself is tested for every kind of store HTML in content-store-html.test.ts.

describe('heading ids and table of contents', () => {
  it('gives every h2 and h3 a slugified id and nests h3s under their h2', () => {
    const {html, toc} = prepareArticleHtml(
      '<h2>What dry needling is</h2><p>x</p><h3>How it differs from acupuncture</h3><h2>The bottom line</h2>',
    );
    expect(html).toContain('<h2 id="what-dry-needling-is">What dry needling is</h2>');
    expect(html).toContain('<h3 id="how-it-differs-from-acupuncture">');
    expect(toc).toEqual([
      {
        id: 'what-dry-needling-is',
        text: 'What dry needling is',
        level: 2,
        children: [{id: 'how-it-differs-from-acupuncture', text: 'How it differs from acupuncture', level: 3, children: []}],
      },
      {id: 'the-bottom-line', text: 'The bottom line', level: 2, children: []},
    ]);
  });

  it('keeps ids unique when headings repeat', () => {
    const {toc, html} = prepareArticleHtml('<h2>Summary</h2><h3>Summary</h3><h2>Summary</h2><h2>summary!</h2>');
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['summary', 'summary-2', 'summary-3', 'summary-4']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(toc.map((item) => item.id)).toEqual(['summary', 'summary-3', 'summary-4']);
  });

  it('never reuses ids the page or the body already use', () => {
    const {html} = prepareArticleHtml('<p id="comments">x</p><h2>Comments</h2><h2>Notes</h2><div id="notes"></div>', {
      reservedIds: ['comments', 'main'],
    });
    expect(html).toContain('<p>x</p>'); // a reserved id is removed from the body
    expect(html).toContain('<h2 id="comments-2">Comments</h2>');
    expect(html).toContain('<h2 id="notes-2">Notes</h2>');
    expect(html).toContain('<div id="notes">');
  });

  it('keeps an author-set heading id when it is valid and free', () => {
    const {toc} = prepareArticleHtml('<h2 id="faq">Questions people ask</h2>');
    expect(toc[0].id).toBe('faq');
  });

  it('builds labels from the heading text only, decoding entities', () => {
    const {toc, html} = prepareArticleHtml('<h2>Fuel <em>&amp;</em> water<script>x</script> &ndash; the plan</h2>');
    expect(toc[0].text).toBe('Fuel & water \u2013 the plan');
    expect(toc[0].id).toBe('fuel-water-the-plan');
    expect(html).not.toContain('script');
  });

  it('slugifies accents, apostrophes and symbols', () => {
    expect(slugify('Café  Crème: “Déjà vu”')).toBe('cafe-creme-deja-vu');
    expect(slugify('Shopify’s own docs')).toBe('shopifys-own-docs');
    expect(slugify('!!!')).toBe('section');
  });

  it('returns the readable text of the body, without tags', () => {
    const {text} = prepareArticleHtml('<h2>Title</h2><p>One <strong>two</strong></p><p>three&nbsp;four</p>');
    expect(text).toBe('Title One two three four');
  });
});
