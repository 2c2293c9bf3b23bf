import {Image} from '@shopify/hydrogen';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {wholePixelPlaceholderWidth, wholePixelSrcSetOptions} from '~/lib/media/fluid-image';

describe('wholePixelPlaceholderWidth', () => {
  it.each([
    ['16/9', 112],
    ['1/1', 100],
    ['1600/900', 112],
    ['4/3', 100],
    ['3/2', 102],
    ['1200/630', 120],
  ])('%s → %i, the smallest width of at least 100 with a whole-number height', (ratio, width) => {
    const [w, h] = ratio.split('/').map(Number);
    expect(wholePixelPlaceholderWidth(ratio)).toBe(width);
    expect(Number.isInteger((width * h) / w)).toBe(true);
  });

  it('falls back to 100 for a ratio it cannot read', () => {
    for (const ratio of ['', 'auto', '16:9', '1.5/1', '0/1', '-4/3']) expect(wholePixelPlaceholderWidth(ratio)).toBe(100);
  });

  it('keeps Hydrogen’s other srcset defaults', () => {
    expect(wholePixelSrcSetOptions('16/9')).toEqual({intervals: 15, startingWidth: 200, incrementSize: 200, placeholderWidth: 112});
  });
});

describe('wholePixelSrcSetOptions with the source width', () => {
  const CARD = {intervals: 4, startingWidth: 480, incrementSize: 480};

  it.each([800, 1000, 1440, 1600, 1919, 1920, 2400, 4000])(
    'a %i px source gets a srcset of width descriptors only, valid beside sizes',
    (sourceWidth) => {
      const html = renderToStaticMarkup(
        createElement(Image, {
          data: {url: 'https://cdn.shopify.com/s/files/card.jpg', width: sourceWidth, height: Math.round((sourceWidth * 9) / 16)},
          alt: '',
          aspectRatio: '16/9',
          sizes: '100vw',
          srcSetOptions: wholePixelSrcSetOptions('16/9', CARD, sourceWidth),
        }),
      );
      const srcset = /srcSet="([^"]*)"|srcset="([^"]*)"/.exec(html);
      const candidates = (srcset?.[1] ?? srcset?.[2] ?? '').split(', ').filter(Boolean);
      expect(candidates.length).toBeGreaterThan(0);
      for (const candidate of candidates) expect(candidate).toMatch(/ \d+w$/);
    },
  );
});
