import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Limits checked on every Storefront and Admin GraphQL document before it is validated or run, so a
 * hostile document (deep nesting, thousands of aliases, huge input lists) costs the emulator little.
 *
 * - Input lists: Shopify refuses any input array over 250 items (literal or in variables), with
 *   `The input array size of N is greater than the maximum allowed of 250.` and
 *   `extensions.code: MAX_INPUT_SIZE_EXCEEDED`; mirrored here.
 * - Depth and aliases: Shopify bounds documents by query cost instead; the emulator uses plain
 *   depth and alias caps (generous: the storefront's own documents stay far below), with
 *   graphql-ruby's wording for depth.
 * - `first`/`last` over 250 are refused per connection (storefront/connection.ts).
 */

export const MAX_INPUT_LIST_SIZE = 250;
export const MAX_QUERY_DEPTH = 20;
export const MAX_ALIASES = 100;
/** Largest GraphQL request body (bytes); bigger gets HTTP 413. */
export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024;

export interface LimitError {
  message: string;
  locations?: {line: number; column: number}[];
  extensions: {code: string} & Record<string, unknown>;
}

interface Measure {
  depth: number;
  aliases: number;
}

function locationOf(node: {loc?: {startToken: {line: number; column: number}}}) {
  return node.loc ? [{line: node.loc.startToken.line, column: node.loc.startToken.column}] : undefined;
}

/** Depth and alias count of a selection set, fragments expanded (memoised, so spreads cannot blow up). */
function measureDocument(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const fragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    // Unknown or cyclic spreads are validation errors reported later; they add nothing here.
    if (!definition || inProgress.has(name)) return {depth: 0, aliases: 0};
    inProgress.add(name);
    const measured = selectionSet(definition.selectionSet);
    inProgress.delete(name);
    memo.set(name, measured);
    return measured;
  };

  const selectionSet = (set: SelectionSetNode): Measure => {
    let depth = 0;
    let aliases = 0;
    for (const selection of set.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? selectionSet(selection.selectionSet) : {depth: 0, aliases: 0};
        inner = {depth: child.depth + 1, aliases: child.aliases + (selection.alias ? 1 : 0)};
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionSet(selection.selectionSet);
      } else {
        inner = fragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return {depth, aliases};
  };

  return (operation: OperationDefinitionNode) => selectionSet(operation.selectionSet);
}

/** Longest array anywhere in a variables value (nesting beyond any real input type is not followed). */
function longestList(value: unknown, seen = 0): number {
  if (seen > 32) return 0;
  if (Array.isArray(value)) {
    let longest = value.length;
    for (const item of value) longest = Math.max(longest, longestList(item, seen + 1));
    return longest;
  }
  if (value && typeof value === 'object') {
    let longest = 0;
    for (const item of Object.values(value)) longest = Math.max(longest, longestList(item, seen + 1));
    return longest;
  }
  return 0;
}

const inputSizeError = (size: number, node?: {loc?: {startToken: {line: number; column: number}}}): LimitError => ({
  message: `The input array size of ${size} is greater than the maximum allowed of ${MAX_INPUT_LIST_SIZE}.`,
  locations: node ? locationOf(node) : undefined,
  extensions: {code: 'MAX_INPUT_SIZE_EXCEEDED'},
});

/** Every limit the document (with its variables) breaks; empty when it may run. */
export function checkLimits(document: DocumentNode, variables: unknown): LimitError[] {
  const errors: LimitError[] = [];

  visit(document, {
    ListValue(node) {
      if (node.values.length > MAX_INPUT_LIST_SIZE) errors.push(inputSizeError(node.values.length, node));
    },
  });
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (variables && typeof variables === 'object') {
    for (const [name, value] of Object.entries(variables)) {
      const size = longestList(value);
      if (size > MAX_INPUT_LIST_SIZE) {
        const definition = operations
          .flatMap((o) => o.variableDefinitions ?? [])
          .find((v) => v.variable.name.value === name);
        errors.push(inputSizeError(size, definition));
      }
    }
  }

  const measure = measureDocument(document);
  for (const operation of operations) {
    const {depth, aliases} = measure(operation);
    const label = operation.name ? `${operation.operation} ${operation.name.value}` : operation.operation;
    if (depth > MAX_QUERY_DEPTH) {
      errors.push({
        message: `Query has depth of ${depth}, which exceeds max depth of ${MAX_QUERY_DEPTH}`,
        locations: locationOf(operation),
        extensions: {code: 'MAX_DEPTH_EXCEEDED', operation: label},
      });
    }
    if (aliases > MAX_ALIASES) {
      errors.push({
        message: `Query has ${aliases} aliases, which exceeds the maximum of ${MAX_ALIASES}`,
        locations: locationOf(operation),
        extensions: {code: 'MAX_ALIASES_EXCEEDED', operation: label},
      });
    }
  }
  return errors;
}

/**
 * Reads a request body up to `limit` bytes. Returns null when it is larger (declared or actual), so the
 * caller answers 413 without holding more than the limit.
 */
export async function readBodyWithin(request: Request, limit = MAX_GRAPHQL_BODY_BYTES): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function bodyTooLargeBody(limit = MAX_GRAPHQL_BODY_BYTES) {
  return {
    errors: [
      {
        message: `Request body is too large: the limit is ${Math.round(limit / 1024)} KB.`,
        extensions: {code: 'PAYLOAD_TOO_LARGE'},
      },
    ],
  };
}
