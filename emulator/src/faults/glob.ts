/**
 * Glob matching in linear time: `*` matches any run of characters (including `/`), every other
 * character matches itself. No regular expressions: a glob turned into `.*` runs backtracks
 * exponentially on a pattern with many stars, which would freeze the emulator's event loop.
 *
 * The pattern splits at its stars into literal pieces. The first piece must be a prefix, the last
 * a suffix, and the middle ones are found left to right, each at its earliest position after the
 * previous one (taking the earliest place never loses a match). Each search is Knuth–Morris–Pratt,
 * so the whole match is O(text + pattern).
 */
export interface Glob {
  readonly source: string;
  matches(text: string): boolean;
}

export function compileGlob(source: string): Glob {
  const pieces = source.split('*');
  if (pieces.length === 1) return {source, matches: (text) => text === source};
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter((piece) => piece.length > 0);
  const tables = middle.map(failureTable);
  return {
    source,
    matches(text) {
      if (text.length < first.length + last.length) return false;
      if (!text.startsWith(first) || !text.endsWith(last)) return false;
      let from = first.length;
      const end = text.length - last.length;
      for (let i = 0; i < middle.length; i++) {
        const at = indexOfKmp(text, middle[i]!, tables[i]!, from, end);
        if (at < 0) return false;
        from = at + middle[i]!.length;
      }
      return true;
    },
  };
}

function failureTable(needle: string): Int32Array {
  const table = new Int32Array(needle.length);
  let k = 0;
  for (let i = 1; i < needle.length; i++) {
    while (k > 0 && needle[i] !== needle[k]) k = table[k - 1]!;
    if (needle[i] === needle[k]) k++;
    table[i] = k;
  }
  return table;
}

/** First index >= from where needle occurs wholly before `end`, or -1. */
function indexOfKmp(text: string, needle: string, table: Int32Array, from: number, end: number): number {
  let k = 0;
  for (let i = from; i < end; i++) {
    while (k > 0 && text[i] !== needle[k]) k = table[k - 1]!;
    if (text[i] === needle[k]) k++;
    if (k === needle.length) return i - needle.length + 1;
  }
  return -1;
}
