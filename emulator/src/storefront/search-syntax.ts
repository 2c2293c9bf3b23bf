/**
 * Shopify search syntax (https://shopify.dev/api/usage/search-syntax), the subset storefront
 * queries use: terms separated by spaces (implicit AND), AND / OR / NOT, a leading `-` for NOT,
 * parentheses, `field:value`, `field:"quoted value"`, comparisons `field:>x` `field:<=x`, and a
 * trailing `*` for prefix matches.
 */

export type Comparator = ':' | '>' | '>=' | '<' | '<=';

export interface TermNode {
  kind: 'term';
  field: string | null;
  comparator: Comparator;
  value: string;
  prefix: boolean;
}

export type QueryNode =
  | TermNode
  | {kind: 'and'; children: QueryNode[]}
  | {kind: 'or'; children: QueryNode[]}
  | {kind: 'not'; child: QueryNode};

type Token =
  | {type: 'lparen'}
  | {type: 'rparen'}
  | {type: 'and'}
  | {type: 'or'}
  | {type: 'not'}
  | {type: 'word'; text: string; quoted: boolean; negated: boolean};

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    const quote = input[i]!;
    i++;
    let out = '';
    while (i < input.length && input[i] !== quote) {
      if (input[i] === '\\' && i + 1 < input.length) i++;
      out += input[i];
      i++;
    }
    i++; // closing quote
    return out;
  };
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      tokens.push({type: 'lparen'});
      i++;
      continue;
    }
    if (c === ')') {
      tokens.push({type: 'rparen'});
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (input[i] === '"' || input[i] === "'") {
      tokens.push({type: 'word', text: readQuoted(), quoted: true, negated});
      continue;
    }
    let text = '';
    let quoted = false;
    while (i < input.length && !/[\s()]/.test(input[i]!)) {
      const ch = input[i]!;
      if ((ch === '"' || ch === "'") && /:[<>]?=?$/.test(text)) {
        text += readQuoted();
        quoted = true;
        break;
      }
      text += ch;
      i++;
    }
    if (!negated && !quoted && text === 'AND') tokens.push({type: 'and'});
    else if (!negated && !quoted && text === 'OR') tokens.push({type: 'or'});
    else if (!negated && !quoted && text === 'NOT') tokens.push({type: 'not'});
    else tokens.push({type: 'word', text, quoted, negated});
  }
  return tokens;
}

function termFromWord(text: string, quoted: boolean): TermNode {
  const match = quoted
    ? /^([A-Za-z_][\w.]*):(>=|<=|>|<)?([\s\S]*)$/.exec(text)
    : /^([A-Za-z_][\w.]*):(>=|<=|>|<)?(.*)$/.exec(text);
  let field: string | null = null;
  let comparator: Comparator = ':';
  let value = text;
  if (match && (match[3] !== '' || quoted)) {
    field = match[1]!.toLowerCase();
    comparator = (match[2] as Comparator | undefined) ?? ':';
    value = match[3]!;
  }
  let prefix = false;
  if (value.endsWith('*')) {
    prefix = true;
    value = value.slice(0, -1);
  }
  return {kind: 'term', field, comparator, value, prefix};
}

/** Parses a query string; returns null for an empty query. Never throws. */
export function parseSearchQuery(input: string | null | undefined): QueryNode | null {
  if (!input || !input.trim()) return null;
  const tokens = tokenize(input);
  let pos = 0;

  const parseOr = (): QueryNode | null => {
    const children: QueryNode[] = [];
    const first = parseAnd();
    if (first) children.push(first);
    while (tokens[pos]?.type === 'or') {
      pos++;
      const next = parseAnd();
      if (next) children.push(next);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : {kind: 'or', children};
  };
  const parseAnd = (): QueryNode | null => {
    const children: QueryNode[] = [];
    for (;;) {
      const token = tokens[pos];
      if (!token || token.type === 'rparen' || token.type === 'or') break;
      if (token.type === 'and') {
        pos++;
        continue;
      }
      const unary = parseUnary();
      if (unary) children.push(unary);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : {kind: 'and', children};
  };
  const parseUnary = (): QueryNode | null => {
    const token = tokens[pos];
    if (!token) return null;
    if (token.type === 'not') {
      pos++;
      const child = parseUnary();
      return child ? {kind: 'not', child} : null;
    }
    if (token.type === 'lparen') {
      pos++;
      const inner = parseOr();
      if (tokens[pos]?.type === 'rparen') pos++;
      return inner;
    }
    if (token.type === 'word') {
      pos++;
      const term = termFromWord(token.text, token.quoted);
      return token.negated ? {kind: 'not', child: term} : term;
    }
    pos++; // stray token (e.g. a lone ')')
    return null;
  };

  const nodes: QueryNode[] = [];
  while (pos < tokens.length) {
    const node = parseOr();
    if (node) nodes.push(node);
    else pos++;
  }
  if (nodes.length === 0) return null;
  return nodes.length === 1 ? nodes[0]! : {kind: 'and', children: nodes};
}

/**
 * How one resource answers a term. Return `undefined` for a field it does not know: unknown fields
 * are ignored (the term matches everything), as Shopify ignores filters it does not support.
 */
export type TermMatcher<T> = (item: T, term: TermNode) => boolean | undefined;

export function evaluate<T>(node: QueryNode | null, item: T, match: TermMatcher<T>): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'term':
      return match(item, node) ?? true;
    case 'and':
      return node.children.every((child) => evaluate(child, item, match));
    case 'or':
      return node.children.some((child) => evaluate(child, item, match));
    case 'not':
      return !evaluate(node.child, item, match);
  }
}

/** Free-text terms (no field) of a query, lower-cased, a prefix term keeping its `*` — for relevance scoring. */
export function freeTextTerms(node: QueryNode | null): string[] {
  if (!node) return [];
  switch (node.kind) {
    case 'term':
      return node.field == null && node.value ? [`${node.value.toLowerCase()}${node.prefix ? '*' : ''}`] : [];
    case 'and':
    case 'or':
      return node.children.flatMap(freeTextTerms);
    case 'not':
      return [];
  }
}

// ---- matching helpers used by resource matchers ------------------------------------------

export function textEquals(actual: string | null | undefined, term: TermNode): boolean {
  if (actual == null) return false;
  const a = actual.toLowerCase();
  const v = term.value.toLowerCase();
  return term.prefix ? a.startsWith(v) : a === v;
}

// ---- word matching (Storefront search semantics) ------------------------------------------
//
// Shopify's storefront search matches whole words, case-insensitively, with plural forms folded
// together ("program" finds "programs" and back). A partial word matches only when it ends in `*`,
// or when it is the last word and the caller asked for it (`search(prefix: LAST)`, predictive
// search). `title:X*` therefore matches everything `title:X` matches, and more.

const wordCache = new Map<string, string[]>();

/** Lower-cased words of a text (letters and digits; apostrophes dropped, other punctuation splits). */
export function textWords(text: string): string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const words = text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (wordCache.size > 5000) wordCache.clear();
  wordCache.set(text, words);
  return words;
}

/** A simple English plural stem: straps → strap, stretches → stretch, recoveries → recovery. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** One word of a text against one query word: same stem, or (as a prefix) the start of the word. */
export function wordMatches(word: string, queryWord: string, prefix: boolean): boolean {
  if (word === queryWord || stem(word) === stem(queryWord)) return true;
  return prefix && word.startsWith(queryWord);
}

/**
 * Does `text` contain the words of `value` in sequence? Each word must match whole (up to plurals);
 * the last one may be a prefix when `lastIsPrefix`. A value without words matches everything.
 */
export function containsWords(text: string, value: string, lastIsPrefix: boolean): boolean {
  const wanted = textWords(value);
  if (wanted.length === 0) return true;
  const words = textWords(text);
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((q, j) => wordMatches(words[start + j]!, q, lastIsPrefix && j === wanted.length - 1))) {
      return true;
    }
  }
  return false;
}

/** A free-text or `title:` term against a text, by Shopify's word rules (`*` makes a prefix). */
export function textMatches(haystack: string, term: TermNode): boolean {
  return containsWords(haystack, term.value, term.prefix);
}

/** Substring match (Admin API filters, which are not word-based here). */
export function textContains(haystack: string, term: TermNode): boolean {
  return haystack.toLowerCase().includes(term.value.toLowerCase());
}

export function compareValues(actual: number, term: TermNode, expected: number): boolean {
  switch (term.comparator) {
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    default:
      return actual === expected;
  }
}

/** Compares an ISO date against a term value (`2024`, `2024-05-01`, full ISO, or `now`). */
export function compareDate(actualIso: string, term: TermNode): boolean {
  const actual = Date.parse(actualIso);
  const raw = term.value.trim();
  let expected: number;
  if (raw.toLowerCase() === 'now') expected = Date.now();
  else if (/^\d{4}$/.test(raw)) expected = Date.parse(`${raw}-01-01T00:00:00Z`);
  else expected = Date.parse(raw);
  if (Number.isNaN(actual) || Number.isNaN(expected)) return false;
  if (term.comparator === ':') {
    // Same calendar day (or year) for a plain date value.
    if (/^\d{4}$/.test(raw)) return new Date(actual).getUTCFullYear() === Number(raw);
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return actualIso.slice(0, 10) === raw;
    return actual === expected;
  }
  return compareValues(actual, term, expected);
}

/**
 * Weighted relevance: each term (a trailing `*` makes it a prefix) adds the weight of every field
 * whose words contain it.
 */
export function relevance(fields: [text: string, weight: number][], terms: string[]): number {
  let score = 0;
  for (const term of terms) {
    const prefix = term.endsWith('*');
    const value = prefix ? term.slice(0, -1) : term;
    for (const [text, weight] of fields) if (containsWords(text, value, prefix)) score += weight;
  }
  return score;
}
