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

export function encodeCursor(key: string | number): string {
  return Buffer.from(
    JSON.stringify({last_id: key, last_value: String(key)}),
    'utf8',
  ).toString('base64');
}

function decodeCursor(cursor: string): string | number {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as {
      last_id?: unknown;
    };
    if (typeof parsed.last_id === 'string' || typeof parsed.last_id === 'number') {
      return parsed.last_id;
    }
  } catch {
    /* fall through */
  }
  throw new StorefrontError(`Invalid cursor: ${cursor}`, 'BAD_REQUEST');
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

/**
 * Relay pagination over an already filtered and sorted list, with opaque base64 cursors that name
 * the item's key (like Shopify's `{"last_id":…,"last_value":…}` cursors). hasNextPage and
 * hasPreviousPage report whether items exist beyond the window in either direction.
 */
export function paginate<T>(
  items: readonly T[],
  args: PageArgs,
  key: (item: T) => string | number,
  fieldName: string,
  options: {requireWindow?: boolean} = {},
): Connection<T> {
  if (options.requireWindow !== false) validateWindow(args, fieldName);
  const keys = items.map((item) => String(key(item)));
  const indexOf = (cursor: string) => {
    const wanted = String(decodeCursor(cursor));
    const i = keys.indexOf(wanted);
    if (i < 0) throw new StorefrontError(`Invalid cursor: ${cursor}`, 'BAD_REQUEST');
    return i;
  };
  let start = 0;
  let end = items.length; // exclusive
  if (args.after) start = Math.max(start, indexOf(args.after) + 1);
  if (args.before) end = Math.min(end, indexOf(args.before));
  if (end < start) end = start;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const slice = items.slice(start, end);
  const edges = slice.map((node, i) => ({
    cursor: encodeCursor(key(items[start + i]!)),
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
