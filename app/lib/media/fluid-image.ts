/**
 * Hydrogen's fluid `<Image>` writes its placeholder size as the img's width and height attributes:
 * 100 wide and 100 × the aspect ratio high, so a 16/9 image gets `height="56.25"`, which HTML does
 * not allow (width and height are whole numbers). These srcset options keep Hydrogen's defaults but
 * pick the smallest placeholder width of at least 100 whose height is a whole number too.
 */
const HYDROGEN_SRCSET_DEFAULTS = {intervals: 15, startingWidth: 200, incrementSize: 200};
const MIN_PLACEHOLDER_WIDTH = 100;

type SrcSetWidths = {intervals: number; startingWidth: number; incrementSize: number};

/**
 * `widths` narrows the srcset where a component knows its image is never shown wider (cards).
 *
 * Hydrogen's Image drops the widths wider than the source, and when exactly three remain it writes
 * them as `1x, 2x, 3x` (it takes them for a fixed-size image), which HTML forbids beside `sizes`.
 * Given the source's width, the steps are spread so that four remain instead.
 */
export function wholePixelSrcSetOptions(
  aspectRatio: string,
  widths: SrcSetWidths = HYDROGEN_SRCSET_DEFAULTS,
  sourceWidth?: number | null,
) {
  const placeholderWidth = wholePixelPlaceholderWidth(aspectRatio);
  if (!sourceWidth) return {...widths, placeholderWidth};
  const {intervals, startingWidth, incrementSize} = widths;
  const kept = Array.from({length: intervals}, (_, i) => startingWidth + i * incrementSize).filter((w) => w <= sourceWidth);
  if (kept.length !== 3 || intervals < 4) return {...widths, placeholderWidth};
  return {...widths, incrementSize: Math.floor((sourceWidth - startingWidth) / 3), placeholderWidth};
}

/** `aspectRatio` is "width/height" as Hydrogen's Image takes it ("16/9", "1600/900", "1/1"). */
export function wholePixelPlaceholderWidth(aspectRatio: string): number {
  const [width, height] = aspectRatio.split('/').map(Number);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    return MIN_PLACEHOLDER_WIDTH;
  }
  // The reduced ratio's width is the smallest width with a whole height; use its first multiple ≥ 100.
  const step = width / greatestCommonDivisor(width, height);
  return Math.ceil(MIN_PLACEHOLDER_WIDTH / step) * step;
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
