/** Shopify global ids: gid://shopify/<Type>/<id>[?query]. */

export interface ParsedGid {
  type: string;
  id: string;
  params: URLSearchParams;
}

export function parseGid(value: string): ParsedGid | null {
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/([^?/]+)(?:\?(.*))?$/.exec(value.trim());
  if (!match) return null;
  return {type: match[1]!, id: match[2]!, params: new URLSearchParams(match[3] ?? '')};
}

export function numericGid(value: unknown, type: string): number | null {
  if (typeof value !== 'string') return null;
  const parsed = parseGid(value);
  if (!parsed || parsed.type !== type || !/^\d+$/.test(parsed.id)) return null;
  return Number(parsed.id);
}

export function gid(type: string, id: string | number): string {
  return `gid://shopify/${type}/${id}`;
}

/** Small stable hash (FNV-1a, 32-bit) for ids derived from names. */
export function stableId(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 1_000_000_000;
}
