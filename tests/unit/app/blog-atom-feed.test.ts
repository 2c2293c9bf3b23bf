import {describe, expect, it} from 'vitest';
import {atomDate, buildAtomFeed, escapeXml, type AtomFeed} from '~/lib/seo/atom-feed';

/**
 * A small XML 1.0 well-formedness check (Node has no DOMParser): one root element, every start tag
 * closed in order, attributes quoted and unique, only the five predefined entities or numeric
 * references, no `<` or bare `&` in text. Returns the element names in document order.
 */
function checkWellFormed(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  let rootClosed = false;
  let i = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const checkText = (text: string) => {
    if (text.includes('<')) throw new Error(`raw < in text: ${text.slice(0, 40)}`);
    const bad = text.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
    if (bad) throw new Error(`bare & in: ${text.slice(0, 60)}`);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) throw new Error('control character in text');
  };
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
    checkText(text);
    if (lt === -1) break;
    const gt = body.indexOf('>', lt);
    if (gt === -1) throw new Error('unterminated tag');
    const tag = body.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    if (rootClosed) throw new Error('second root element');
    const selfClosing = tag.endsWith('/');
    const inner = selfClosing ? tag.slice(0, -1) : tag;
    const match = /^([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*$/.exec(inner);
    if (!match) throw new Error(`malformed tag <${tag}>`);
    const attrNames = [...match[2].matchAll(/([A-Za-z_][\w:.-]*)="([^"]*)"/g)].map((attr) => {
      checkText(attr[2]);
      return attr[1];
    });
    if (new Set(attrNames).size !== attrNames.length) throw new Error(`duplicate attribute in <${tag}>`);
    names.push(match[1]);
    if (!selfClosing) stack.push(match[1]);
  }
  if (stack.length) throw new Error(`unclosed: ${stack.join(', ')}`);
  if (!rootClosed) throw new Error('no root element');
  return names;
}

function textOf(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);
}

const feed: AtomFeed = {
  id: 'https://shop.example/blogs/news',
  title: 'Training & Recovery Journal',
  subtitle: 'Advice from <our> coaches',
  selfUrl: 'https://shop.example/blogs/news.atom',
  alternateUrl: 'https://shop.example/blogs/news',
  baseUrl: 'https://shop.example/',
  updated: '2026-09-14T08:00:00Z',
  authorName: 'Trailforge Athletics',
  entries: [
    {
      id: 'https://shop.example/blogs/news/fuel',
      url: 'https://shop.example/blogs/news/fuel?ref=feed&x=1',
      title: 'Fuel & "fast" <carbs>',
      published: '2026-09-14T08:00:00Z',
      updated: '2026-09-14T08:00:00Z',
      authorName: 'Priya N.',
      summary: "Gels, chews & real food — what's best?",
      contentHtml: '<p>Eat <strong>early</strong> &amp; often.</p><p><a href="/products/x">Program</a></p>',
      categories: ['nutrition', 'race-prep'],
      image: {url: 'https://cdn.example/fuel.svg', altText: 'A gel'},
    },
    {
      id: 'https://shop.example/blogs/news/sleep',
      url: 'https://shop.example/blogs/news/sleep',
      title: 'Sleep\u0000 well\u0007',
      published: '2026-08-01T07:30:00Z',
      updated: '2026-08-01T07:30:00Z',
      categories: [],
    },
  ],
};

describe('Atom feed', () => {
  const xml = buildAtomFeed(feed);

  it('is well-formed XML with an Atom feed root', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const names = checkWellFormed(xml);
    expect(names[0]).toBe('feed');
    expect(names.filter((name) => name === 'entry')).toHaveLength(2);
  });

  it('has the elements RFC 4287 requires for the feed and each entry', () => {
    const [head] = xml.split('<entry>');
    for (const name of ['id', 'title', 'updated', 'author']) expect(head).toContain(`<${name}`);
    for (const entry of xml.split('<entry>').slice(1)) {
      for (const name of ['id', 'title', 'updated', 'author', 'link']) expect(entry).toContain(`<${name}`);
    }
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://shop.example/blogs/news.atom"/>');
  });

  it('escapes text, attributes and HTML content exactly once', () => {
    expect(textOf(xml, 'title')).toContain('Fuel &amp; &quot;fast&quot; &lt;carbs&gt;');
    expect(xml).toContain('href="https://shop.example/blogs/news/fuel?ref=feed&amp;x=1"');
    expect(textOf(xml, 'content')[0]).toBe(
      '&lt;p&gt;Eat &lt;strong&gt;early&lt;/strong&gt; &amp;amp; often.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;/products/x&quot;&gt;Program&lt;/a&gt;&lt;/p&gt;',
    );
    expect(xml).toContain('<content type="html">');
    expect(textOf(xml, 'subtitle')).toEqual(['Advice from &lt;our&gt; coaches']);
  });

  it('strips characters XML cannot carry', () => {
    expect(textOf(xml, 'title')).toContain('Sleep well');
  });

  it('uses the entry author, or the feed author when an entry has none', () => {
    expect(textOf(xml, 'name')).toEqual(['Trailforge Athletics', 'Priya N.', 'Trailforge Athletics']);
  });

  it('lists tags as categories and dates in RFC 3339', () => {
    expect(xml).toContain('<category term="nutrition"/>');
    expect(xml).toContain('<category term="race-prep"/>');
    expect(textOf(xml, 'published')).toEqual(['2026-09-14T08:00:00.000Z', '2026-08-01T07:30:00.000Z']);
    expect(atomDate('not a date')).toBe('1970-01-01T00:00:00.000Z');
  });

  it('escapeXml handles all five special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('the checker itself rejects broken XML', () => {
    expect(() => checkWellFormed('<feed><title>a & b</title></feed>')).toThrow(/bare &/);
    expect(() => checkWellFormed('<feed><entry></feed>')).toThrow();
    expect(() => checkWellFormed('<feed></feed><feed></feed>')).toThrow(/second root/);
  });
});
