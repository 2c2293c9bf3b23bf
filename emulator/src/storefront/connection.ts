import {StorefrontError} from './errors';

/** Shopify's page-size limit for every connection. */
export const MAX_PAGE_SIZE = 250;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface PageInfo {
  __typename: 'PageInfo';
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: {cursor: string; node: T}[];
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * Cursors name a position, as Shopify's do: `{"last_id": <key>, "last_value": "<sort value>"}` in base64.
 * The sort value defaults to the key (lists in id order).
 */
export function encodeCursor(key: string | number, sortValue: string | number = key): string {
  return Buffer.from(
    JSON.stringify({last_id: key, last_value: String(sortValue)}),
    'utf8',
  ).toString('base64');
}

interface CursorPosition {
  id: string | number;
  value: string;
}

/** The position a cursor names, or null when it is not a cursor at all. */
export function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as {
      last_id?: unknown;
      last_value?: unknown;
    };
    if (typeof parsed.last_id === 'string' || typeof parsed.last_id === 'number') {
      const value =
        typeof parsed.last_value === 'string' || typeof parsed.last_value === 'number'
          ? String(parsed.last_value)
          : String(parsed.last_id);
      return {id: parsed.last_id, value};
    }
  } catch {
    /* fall through */
  }
  return null;
}

type SortValue = string | number;

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // The same text order as the resolvers' sorts (compareText).
  return String(a).localeCompare(String(b), 'en', {sensitivity: 'base'});
}

function compareIds(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Where a cursor whose item is no longer in the list (moderated away, deleted, filtered out) falls:
 * the index of the first item after its (sort value, id) position, in the list's own direction.
 * Null when the list is not ordered by (sort value, id), so no position can be trusted.
 */
function indexAfterPosition<T>(
  items: readonly T[],
  position: CursorPosition,
  sortValue: (item: T) => SortValue,
  key: (item: T) => SortValue,
  descendingHint: boolean,
): number | null {
  const tuples = items.map((item) => ({value: sortValue(item), id: key(item)}));
  const compare = (a: {value: SortValue; id: SortValue}, b: {value: SortValue; id: SortValue}) =>
    compareValues(a.value, b.value) || compareIds(a.id, b.id);
  let direction = 0;
  for (let i = 1; i < tuples.length; i++) {
    const sign = Math.sign(compare(tuples[i - 1]!, tuples[i]!));
    if (sign === 0) continue;
    if (direction === 0) direction = sign;
    else if (sign !== direction) return null;
  }
  if (direction === 0) direction = descendingHint ? 1 : -1;
  // Typed like the list's own values, so numbers compare as numbers.
  const sample = tuples[0];
  const asType = (raw: string | number, like: SortValue | undefined): SortValue | null => {
    if (typeof like !== 'number') return String(raw);
    const n = Number(raw);
    return Number.isFinite(n) ? n : null;
  };
  const value = asType(position.value, sample?.value);
  const id = asType(position.id, sample?.id);
  if (value === null || id === null) return null;
  const ghost = {value, id};
  // Ascending lists (direction -1: each item is smaller than the next): the first item greater than
  // the ghost; descending lists: the first item smaller than it.
  const index = tuples.findIndex((t) => Math.sign(compare(t, ghost)) === -direction);
  return index < 0 ? items.length : index;
}

export function validateWindow(args: PageArgs, fieldName: string): void {
  const {first, last} = args;
  if (first == null && last == null) {
    throw new StorefrontError('you must provide one of first or last', 'BAD_REQUEST');
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue;
    if (value < 0 || value > MAX_PAGE_SIZE) {
      throw new StorefrontError(
        `Argument '${name}' on Field '${fieldName}' has an invalid value (${value}). Expected a value between 0 and ${MAX_PAGE_SIZE}.`,
        'argumentLiteralsIncompatible',
        {typeName: 'Field', argumentName: name},
      );
    }
  }
}

export interface PaginateOptions<T> {
  requireWindow?: boolean;
  /**
   * The value the list is sorted by (ties broken by the key), stored in cursors so that a cursor whose
   * item has gone still resumes at its place. Default: the key (lists in id order).
   */
  sortValue?: (item: T) => string | number;
  /** Direction when the list is too short to tell (default: ascending). */
  descending?: boolean | null;
  /**
   * What an unreadable cursor gives: a GraphQL error (root connections, as before) or an empty page
   * (nested connections: an error on their non-null field would null the whole parent, e.g. the article).
   */
  invalidCursor?: 'error' | 'empty';
}

/**
 * Relay pagination over an already filtered and sorted list, with opaque base64 cursors that name the
 * item's position (like Shopify's `{"last_id":…,"last_value":…}` cursors). A cursor for an item that is
 * no longer listed resumes right after (or before) where that item was. hasNextPage and hasPreviousPage
 * report whether items exist beyond the window in either direction.
 */
export function paginate<T>(
  items: readonly T[],
  args: PageArgs,
  key: (item: T) => string | number,
  fieldName: string,
  options: PaginateOptions<T> = {},
): Connection<T> {
  if (options.requireWindow !== false) validateWindow(args, fieldName);
  const sortValue = options.sortValue ?? key;
  const keys = items.map((item) => String(key(item)));
  /** Index of the first item after the cursor's position (its own index + 1 when it is listed). */
  const boundary = (cursor: string, listedOffset: number): number | null => {
    const position = decodeCursor(cursor);
    if (!position) return null;
    const i = keys.indexOf(String(position.id));
    if (i >= 0) return i + listedOffset;
    return indexAfterPosition(items, position, sortValue, key, Boolean(options.descending));
  };
  let start = 0;
  let end = items.length; // exclusive
  const after = args.after ? boundary(args.after, 1) : 0;
  const before = args.before ? boundary(args.before, 0) : items.length;
  if (after === null || before === null) {
    if (options.invalidCursor === 'empty') return emptyConnection();
    throw new StorefrontError(`Invalid cursor: ${String(args.after ?? args.before).slice(0, 200)}`, 'BAD_REQUEST');
  }
  start = Math.max(start, after);
  end = Math.min(end, before);
  if (end < start) end = start;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const slice = items.slice(start, end);
  const edges = slice.map((node) => ({
    cursor: encodeCursor(key(node), sortValue(node)),
    node,
  }));
  return {
    edges,
    nodes: slice,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A connection with nothing in it (for features the emulator does not model). */
export function emptyConnection(): Connection<never> {
  return {
    edges: [],
    nodes: [],
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    },
  };
}
