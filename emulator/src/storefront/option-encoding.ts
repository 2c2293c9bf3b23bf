/**
 * Encoder for Product.encodedVariantExistence / encodedVariantAvailability, the "v1_" trie format
 * that @shopify/hydrogen-react's decodeEncodedVariant reads (see its optionValueDecoder):
 *
 *  - each combination is a list of option-value indexes (positions in Product.options[i].optionValues);
 *  - `:` descends one option, `,` closes a prefix (one per level), ` ` separates values that are not
 *    consecutive and `-` joins a run of consecutive values; runs only occur in the last option.
 *
 * Example for [[0,0],[0,1],[0,2],[1,0]]: "v1_0:0-2,1:0,". A single option is just "v1_0-2 4".
 * Every prefix node is closed with a comma so the decoder never sees a trailing multi-level index.
 */

interface TrieNode {
  children: Map<number, TrieNode>;
}

function encodeLeaves(indexes: number[]): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(' ');
}

function encodeNode(node: TrieNode, depth: number, lastDepth: number): string {
  const keys = [...node.children.keys()].sort((a, b) => a - b);
  if (depth === lastDepth) return encodeLeaves(keys);
  return keys
    .map((key) => `${key}:${encodeNode(node.children.get(key)!, depth + 1, lastDepth)},`)
    .join('');
}

/** Encodes option-value index combinations (all of the same length). Empty input → "". */
export function encodeOptionValueCombinations(combinations: number[][]): string {
  const valid = combinations.filter((c) => c.length > 0 && c.every((i) => i >= 0));
  if (valid.length === 0) return '';
  const depth = valid[0]!.length;
  const root: TrieNode = {children: new Map()};
  for (const combination of valid) {
    if (combination.length !== depth) continue;
    let node = root;
    for (const index of combination) {
      let child = node.children.get(index);
      if (!child) {
        child = {children: new Map()};
        node.children.set(index, child);
      }
      node = child;
    }
  }
  return `v1_${encodeNode(root, 0, depth - 1)}`;
}
