import {describe, expect, it} from 'vitest';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';

/**
 * Hostile store HTML → what the page gets. Every row is the exact output, so a row also proves
 * nothing was kept that the allowlist does not name.
 */
const HOSTILE: Array<[string, string, string]> = [
  ['script element', '<p>a</p><script>alert(1)</script><SCRIPT type="text/javascript">x()</SCRIPT ><p>b</p>', '<p>a</p><p>b</p>'],
  ['script rebuilt from pieces', '<scr<script>x</script>ipt>alert(1)</script>', 'xipt&gt;alert(1)'],
  ['encoded javascript: link', '<a href="jav&#x61;script:alert(1)">x</a>', '<a>x</a>'],
  ['decimal-encoded javascript: link', '<a href="&#106;avascript&colon;alert(1)">x</a>', '<a>x</a>'],
  ['tab inside the scheme', '<a href="java\tscript:alert(1)">x</a>', '<a>x</a>'],
  ['encoded tab inside the scheme', '<a href="java&Tab;script:alert(1)">x</a>', '<a>x</a>'],
  ['leading control characters', '<a href="\u0001 JavaScript:alert(1)">x</a>', '<a>x</a>'],
  ['unquoted javascript:', '<a href=javascript:alert(1)>x</a>', '<a>x</a>'],
  ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', '<a>x</a>'],
  ['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">', ''],
  ['protocol-relative link', '<a href="//evil.example/x">x</a>', '<a>x</a>'],
  ['backslash protocol-relative link', '<a href="/\\evil.example/x">x</a>', '<a>x</a>'],
  ['iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe><p srcdoc="x">t</p>', '<p>t</p>'],
  ['inline SVG with script and onload', '<svg onload="alert(1)"><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>', ''],
  ['MathML', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', ''],
  ['style element', '<style>body{display:none}</style><p>t</p>', '<p>t</p>'],
  ['style attribute', '<p style="position:fixed;inset:0">t</p>', '<p>t</p>'],
  ['class attribute (reaches our utility classes)', '<div class="fixed inset-0 z-50">t</div>', '<div>t</div>'],
  ['form with action and controls', '<form action="https://evil.example"><input name="card"><button formaction="javascript:alert(1)">Pay</button></form><p>t</p>', '<p>t</p>'],
  ['attribute holding <h2><script>', '<p title="<h2><script>alert(1)</script>">t</p>', '<p title="&lt;h2&gt;&lt;script&gt;alert(1)&lt;/script&gt;">t</p>'],
  ['img onerror', '<img src="x.png" onerror="alert(1)" alt="x">', '<img src="x.png" alt="x" loading="lazy" decoding="async">'],
  ['event handlers in any case', '<p onclick="go()" ONMOUSEOVER=bad()>t</p>', '<p>t</p>'],
  ['object, embed, base, meta, link', '<object data="x.swf"><p>f</p></object><embed src="x.swf"><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="x.css"><p>t</p>', '<p>t</p>'],
  ['template and noscript', '<template><script>x</script></template><noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><p>t</p>', '<p>t</p>'],
  ['comments, doctype, CDATA', '<!-- hidden --><p>1 < 2</p><!DOCTYPE html><![CDATA[x]]>', '<p>1 &lt; 2</p>'],
  ['quotes in attributes', `<p title='say "hi"'>t</p>`, '<p title="say &quot;hi&quot;">t</p>'],
  ['id that would shadow a global', '<p id="__remixContext">a</p><p id="Shopify">b</p><p id="notes">c</p>', '<p>a</p><p>b</p><p id="notes">c</p>'],
  ['layout id', '<p id="main">a</p>', '<p>a</p>'],
  ['name and data attributes', '<img src="a.png" name="getElementById" data-x="1" alt="">', '<img src="a.png" alt="" loading="lazy" decoding="async">'],
  ['target=_blank without rel', '<a href="https://x.example" target="_blank">x</a>', '<a href="https://x.example" target="_blank" rel="noopener noreferrer">x</a>'],
  ['unknown elements are unwrapped', '<font color="red"><center>t</center></font>', 't'],
  ['unterminated tag at the end', '<p>ok</p><img src="x" onerror="alert(1)"', '<p>ok</p>'],
];

describe('store HTML sanitiser: hostile input', () => {
  it.each(HOSTILE)('%s', (_name, input, expected) => {
    expect(sanitizeStoreHtml(input)).toBe(expected);
  });
});

describe('store HTML sanitiser: what editors write', () => {
  it('keeps the markup the admin rich-text editor produces', () => {
    const html =
      '<p>Hello <strong>strong</strong> and <em>em</em> with <a href="/products/x">a link</a>.</p>' +
      '<ul><li>One</li><li>Two</li></ul><blockquote><p>Quote</p></blockquote>' +
      '<p><img src="https://cdn.shopify.com/a.svg" alt="A &amp; B" width="1600" height="900"></p>' +
      '<table><thead><tr><th scope="col">Week</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>';
    expect(sanitizeStoreHtml(html)).toBe(
      '<p>Hello <strong>strong</strong> and <em>em</em> with <a href="/products/x">a link</a>.</p>' +
        '<ul><li>One</li><li>Two</li></ul><blockquote><p>Quote</p></blockquote>' +
        '<p><img src="https://cdn.shopify.com/a.svg" alt="A &amp; B" width="1600" height="900" loading="lazy" decoding="async"></p>' +
        '<table><thead><tr><th scope="col">Week</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
    );
  });

  it('keeps ordinary links and safe schemes', () => {
    for (const href of ['https://example.org/a?b=c#d', '/pages/about', '#section', 'mailto:hi@example.org', 'tel:+15551234', 'page.html']) {
      expect(sanitizeStoreHtml(`<a href="${href}">x</a>`), href).toBe(`<a href="${href}">x</a>`);
    }
    expect(sanitizeStoreHtml('<a href="ftp://example.org">x</a>')).toBe('<a>x</a>');
  });

  it('survives deep nesting and empty input', () => {
    expect(sanitizeStoreHtml('<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000))).not.toContain('deep');
    expect(sanitizeStoreHtml('')).toBe('');
    expect(sanitizeStoreHtml(null)).toBe('');
  });
});
