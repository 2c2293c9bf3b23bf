/** Minimal SVG root-element handling: read the intrinsic size, rewrite width/height/viewBox. */

const ROOT = /<svg\b[^>]*>/i;

interface SvgBox {
  width: number | null;
  height: number | null;
  viewBox: [number, number, number, number] | null;
}

function attr(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? (match[2] ?? match[3] ?? null) : null;
}

function length(value: string | null): number | null {
  if (value == null) return null;
  const match = /^\s*([0-9.]+)\s*(px)?\s*$/.exec(value);
  return match ? Number(match[1]) : null;
}

export function readSvgBox(svg: string): SvgBox {
  const tag = ROOT.exec(svg)?.[0] ?? '';
  const vb = attr(tag, 'viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  return {
    width: length(attr(tag, 'width')),
    height: length(attr(tag, 'height')),
    viewBox: vb && vb.length === 4 && vb.every(Number.isFinite) ? (vb as [number, number, number, number]) : null,
  };
}

/** Intrinsic size: width/height attributes, else the viewBox size. */
export function svgIntrinsicSize(svg: string): {width: number; height: number} | null {
  const box = readSvgBox(svg);
  const width = box.width ?? box.viewBox?.[2] ?? null;
  const height = box.height ?? box.viewBox?.[3] ?? null;
  return width && height ? {width, height} : null;
}

export type CropPosition = 'center' | 'top' | 'bottom' | 'left' | 'right';

/**
 * Returns the SVG sized to width×height. With `crop`, the viewBox is narrowed to the target aspect
 * ratio at the crop position (what a cover-crop of the rendered image would show).
 */
export function resizeSvg(svg: string, width: number, height: number, crop: CropPosition | null): string {
  const match = ROOT.exec(svg);
  if (!match) return svg;
  const tag = match[0];
  const box = readSvgBox(svg);
  let viewBox = box.viewBox ?? [0, 0, box.width ?? width, box.height ?? height];
  if (crop) {
    const [x, y, w, h] = viewBox;
    const target = width / height;
    if (w / h > target) {
      const nw = h * target;
      const nx = crop === 'left' ? x : crop === 'right' ? x + w - nw : x + (w - nw) / 2;
      viewBox = [nx, y, nw, h];
    } else if (w / h < target) {
      const nh = w / target;
      const ny = crop === 'top' ? y : crop === 'bottom' ? y + h - nh : y + (h - nh) / 2;
      viewBox = [x, ny, w, nh];
    }
  }
  const round = (n: number) => Number(n.toFixed(4));
  const cleaned = tag
    .replace(/\s(width|height|viewBox|preserveAspectRatio)\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\/?>$/, (end) => ` width="${width}" height="${height}" viewBox="${viewBox.map(round).join(' ')}"${crop ? ' preserveAspectRatio="xMidYMid slice"' : ''}${end}`);
  return svg.slice(0, match.index) + cleaned + svg.slice(match.index + tag.length);
}
