import {describe, expect, it} from 'vitest';
import {isSafeUrl, prepareArticleHtml, sanitizeArticleHtml, slugify} from '~/lib/article-html.server';

describe('article HTML sanitising', () => {
  it('keeps the markup the admin rich-text editor produces', () => {
    const html =
      '<p>Hello <strong>strong</strong> and <em>em</em> with <a href="/products/x">a link</a>.</p>' +
      '<ul><li>One</li><li>Two</li></ul><blockquote><p>Quote</p></blockquote>' +
      '<p><img src="https://cdn.shopify.com/a.svg" alt="A &amp; B" width="1600" height="900"></p>';
    const out = sanitizeArticleHtml(html);
    expect(out).toContain('<strong>strong</strong>');
    expect(out).toContain('<a href="/products/x">a link</a>');
    expect(out).toContain('<ul><li>One</li><li>Two</li></ul>');
    expect(out).toContain('<blockquote><p>Quote</p></blockquote>');
    expect(out).toContain('alt="A &amp; B"');
    expect(out).toContain('width="1600" height="900"');
  });

  it('removes script elements and their content, whatever their case', () => {
    const out = sanitizeArticleHtml(
      '<p>Before</p><script>alert("x")</script><SCRIPT type="text/javascript">steal()</SCRIPT ><p>After</p>',
    );
    expect(out).toBe('<p>Before</p><p>After</p>');
  });

  it('does not let a script tag rebuild itself from pieces', () => {
    const out = sanitizeArticleHtml('<scr<script>x</script>ipt>alert(1)</script>');
    expect(out.toLowerCase()).not.toContain('<script');
  });

  it('removes inline event handlers such as onerror and onclick', () => {
    const out = sanitizeArticleHtml(
      '<img src="x.png" onerror="alert(1)" alt="x"><p onclick=\'go()\' class="lead" ONMOUSEOVER=bad()>Hi</p>',
    );
    expect(out).not.toMatch(/onerror|onclick|onmouseover/i);
    expect(out).toContain('<p class="lead">Hi</p>');
    expect(out).toContain('src="x.png"');
  });

  it('removes javascript: URLs, including encoded and whitespace-split ones', () => {
    const attempts = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href="  JavaScript:alert(1)">a</a>',
      '<a href="java\tscript:alert(1)">a</a>',
      '<a href="&#106;avascript:alert(1)">a</a>',
      '<a href="&#x6A;avascript&colon;alert(1)">a</a>',
      '<a href=javascript:alert(1)>a</a>',
      '<a href="vbscript:msgbox(1)">a</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>',
      '<svg><a xlink:href="javascript:alert(1)"><text>a</text></a></svg>',
      '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">a</button></form>',
    ];
    for (const html of attempts) {
      const out = sanitizeArticleHtml(html);
      expect(out, html).not.toMatch(/javascript|vbscript|data:text/i);
      expect(out, html).not.toMatch(/&#106;|&#x6a;/i);
    }
    // The link text survives without its href.
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">read</a>')).toBe('<a>read</a>');
  });

  it('keeps ordinary links and safe schemes', () => {
    for (const href of ['https://example.org/a?b=c#d', '/pages/about', '#section', 'mailto:hi@example.org', 'tel:+15551234', 'page.html']) {
      expect(isSafeUrl(href), href).toBe(true);
    }
    expect(isSafeUrl('data:image/png;base64,AAAA', true)).toBe(true);
    expect(isSafeUrl('data:image/png;base64,AAAA')).toBe(false);
    expect(isSafeUrl('ftp://example.org')).toBe(false);
  });

  it('removes iframes, objects, embeds and other active content', () => {
    const out = sanitizeArticleHtml(
      '<p>a</p><iframe src="https://evil.example"><p>inside</p></iframe>' +
        '<object data="x.swf"><param name="a" value="b"><p>fallback</p></object>' +
        '<embed src="x.swf"><style>body{display:none}</style><base href="https://evil.example/">' +
        '<meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="x.css">' +
        '<noscript><img src=x></noscript><template><script>x</script></template><p>b</p>',
    );
    expect(out).toBe('<p>a</p><p>b</p>');
  });

  it('handles nested objects and SVG animation tricks', () => {
    expect(sanitizeArticleHtml('<object><object></object><p>x</p></object><p>ok</p>')).toBe('<p>ok</p>');
    const svg = sanitizeArticleHtml(
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>click</text></a></svg>',
    );
    expect(svg).not.toMatch(/animate|javascript/i);
    expect(svg).toContain('<text>click</text>');
  });

  it('drops comments, doctypes and CDATA, and escapes stray angle brackets', () => {
    expect(sanitizeArticleHtml('<!-- hidden --><p>1 < 2</p><!DOCTYPE html><![CDATA[x]]>')).toBe('<p>1 &lt; 2</p>');
  });

  it('writes attributes back double-quoted so values cannot break out', () => {
    const out = sanitizeArticleHtml(`<p title='say "hi"' class=plain>t</p>`);
    expect(out).toBe('<p title="say &quot;hi&quot;" class="plain">t</p>');
  });

  it('drops dangerous inline styles but keeps ordinary ones', () => {
    expect(sanitizeArticleHtml('<p style="text-align: center">c</p>')).toBe('<p style="text-align: center">c</p>');
    expect(sanitizeArticleHtml('<p style="background:url(javascript:alert(1))">c</p>')).toBe('<p>c</p>');
    expect(sanitizeArticleHtml('<p style="width: expression(alert(1))">c</p>')).toBe('<p>c</p>');
  });

  it('lazy-loads body images and protects new-tab links', () => {
    expect(sanitizeArticleHtml('<img src="a.png" alt="a">')).toBe(
      '<img src="a.png" alt="a" loading="lazy" decoding="async">',
    );
    expect(sanitizeArticleHtml('<a href="https://x.example" target="_blank">x</a>')).toBe(
      '<a href="https://x.example" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('drops everything after an unterminated tag, as a browser would', () => {
    expect(sanitizeArticleHtml('<p>ok</p><img src="x" onerror="alert(1)"')).toBe('<p>ok</p>');
  });
});

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
