import {
  execute,
  GraphQLError,
  Kind,
  parse,
  print,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  type OperationDefinitionNode,
} from 'graphql';
import {checkLimits} from '../graphql/limits';
import {internalErrorMessage, StorefrontError} from './errors';

export interface ShopifyError {
  message: string;
  locations?: {line: number; column: number}[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface ShopifyResponseBody {
  data?: unknown;
  errors?: ShopifyError[];
}

export interface ExecuteInput {
  query: unknown;
  variables?: unknown;
  operationName?: unknown;
  /** Reject mutations (GET requests). */
  queriesOnly?: boolean;
}

export interface ExecuteDeps<TContext> {
  schema: GraphQLSchema;
  contextValue: TContext & {requestId: string};
  fieldResolver: GraphQLFieldResolver<unknown, TContext>;
  typeResolver: GraphQLTypeResolver<unknown, TContext>;
  rootValue?: unknown;
}

/**
 * Parse + validate + execute one document the way Shopify answers it: always a JSON body, errors as
 * `{message, locations, path, extensions: {code, …}}`. Validation messages and codes follow
 * graphql-ruby's static validation (which Shopify runs), mapped from graphql-js's rules.
 */
export async function executeStorefront<TContext>(
  input: ExecuteInput,
  deps: ExecuteDeps<TContext>,
): Promise<ShopifyResponseBody> {
  const {query} = input;
  if (typeof query !== 'string' || query.trim() === '') {
    return {errors: [{message: 'No query string was present'}]};
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    const e = error as GraphQLError;
    return {
      errors: [
        {
          message: e.message,
          locations: e.locations ? [...e.locations] : undefined,
          extensions: {code: 'parseError'},
        },
      ],
    };
  }

  // Cheap structural limits first, so a hostile document never reaches validation or execution.
  const limitErrors = checkLimits(document, input.variables);
  if (limitErrors.length > 0) return {errors: limitErrors};

  const validationErrors = validate(deps.schema, document);
  if (validationErrors.length > 0) {
    const paths = nodePaths(document);
    return {errors: validationErrors.map((e) => formatValidationError(e, paths))};
  }

  const operationName =
    typeof input.operationName === 'string' && input.operationName !== ''
      ? input.operationName
      : undefined;
  const operation = findOperation(document, operationName);
  if (input.queriesOnly && operation?.operation === 'mutation') {
    return {
      errors: [
        {
          message: 'Mutations are not allowed over GET requests; use POST.',
          extensions: {code: 'BAD_REQUEST'},
        },
      ],
    };
  }

  const variables =
    input.variables && typeof input.variables === 'object' && !Array.isArray(input.variables)
      ? (input.variables as Record<string, unknown>)
      : undefined;

  const result: ExecutionResult = await execute({
    schema: deps.schema,
    document,
    rootValue: deps.rootValue ?? {},
    contextValue: deps.contextValue,
    variableValues: variables,
    operationName,
    fieldResolver: deps.fieldResolver,
    typeResolver: deps.typeResolver,
  });

  const body: ShopifyResponseBody = {};
  if (result.errors?.length) {
    body.errors =
      result.data === undefined
        ? result.errors.map((e) => formatRequestError(e, operation))
        : result.errors.map((e) => formatExecutionError(e, deps.contextValue.requestId));
  }
  if (result.data !== undefined) body.data = result.data;
  // Shopify lists errors before data.
  return body.errors ? {errors: body.errors, ...(body.data !== undefined ? {data: body.data} : {})} : body;
}

function findOperation(
  document: DocumentNode,
  operationName?: string,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

function locationsOf(e: GraphQLError) {
  return e.locations?.length ? e.locations.map((l) => ({line: l.line, column: l.column})) : undefined;
}

/** Errors thrown while resolving fields. */
function formatExecutionError(e: GraphQLError, requestId: string): ShopifyError {
  const original = e.originalError;
  const base = {locations: locationsOf(e), path: e.path ? [...e.path] : undefined};
  if (original instanceof StorefrontError) {
    return {
      message: original.message,
      ...base,
      extensions: original.code
        ? {code: original.code, ...original.extensions}
        : Object.keys(original.extensions).length
          ? original.extensions
          : undefined,
    };
  }
  if (!original || original instanceof GraphQLError) {
    // graphql-js's own checks (e.g. a null for a non-null field): an emulator bug, reported as such.
    return {message: e.message, ...base, extensions: {code: 'INTERNAL_SERVER_ERROR'}};
  }
  console.error('[emulator] resolver error', original);
  return {
    message: internalErrorMessage(requestId),
    ...base,
    extensions: {code: 'INTERNAL_SERVER_ERROR', requestId},
  };
}

/** Errors before execution (variable coercion, operation selection). */
function formatRequestError(
  e: GraphQLError,
  operation: OperationDefinitionNode | undefined,
): ShopifyError {
  const typeOf = (name: string) => {
    const def = operation?.variableDefinitions?.find((v) => v.variable.name.value === name);
    return def ? print(def.type) : 'unknown';
  };
  let m = /^Variable "\$(\w+)" of required type "(.+?)" was not provided\.$/.exec(e.message);
  if (m) {
    return {
      message: `Variable $${m[1]} of type ${m[2]} was provided invalid value`,
      locations: locationsOf(e),
      extensions: {
        value: null,
        problems: [{path: [], explanation: 'Expected value to not be null'}],
      },
    };
  }
  m = /^Variable "\$(\w+)" of non-null type "(.+?)" must not be null\.$/.exec(e.message);
  if (m) {
    return {
      message: `Variable $${m[1]} of type ${m[2]} was provided invalid value`,
      locations: locationsOf(e),
      extensions: {
        value: null,
        problems: [{path: [], explanation: 'Expected value to not be null'}],
      },
    };
  }
  m = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "\w+(\.[^"]*)?")?; ([\s\S]*)$/.exec(
    e.message,
  );
  if (m) {
    let value: unknown = null;
    try {
      value = JSON.parse(m[2]!);
    } catch {
      value = m[2];
    }
    const subPath = (m[3] ?? '')
      .split(/\.|\[|\]/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return {
      message: `Variable $${m[1]} of type ${typeOf(m[1]!)} was provided invalid value${subPath.length ? ` for ${subPath.join('.')}` : ''}`,
      locations: locationsOf(e),
      extensions: {value, problems: [{path: subPath, explanation: m[4]}]},
    };
  }
  return {message: e.message, locations: locationsOf(e), extensions: {code: 'BAD_REQUEST'}};
}

// ---- validation errors -------------------------------------------------------------------

type PathMap = Map<ASTNode, string[]>;

/** graphql-ruby-style paths for every node: ["query Name", "product", "title"]. */
function nodePaths(document: DocumentNode): PathMap {
  const map: PathMap = new Map();
  const stack: string[] = [];
  const pushed: boolean[] = [];
  visit(document, {
    enter(node) {
      let label: string | null = null;
      switch (node.kind) {
        case Kind.OPERATION_DEFINITION:
          label = node.name ? `${node.operation} ${node.name.value}` : node.operation;
          break;
        case Kind.FRAGMENT_DEFINITION:
          label = `fragment ${node.name.value}`;
          break;
        case Kind.FIELD:
          label = node.alias?.value ?? node.name.value;
          break;
        case Kind.INLINE_FRAGMENT:
          label = node.typeCondition ? `... on ${node.typeCondition.name.value}` : '...';
          break;
        case Kind.FRAGMENT_SPREAD:
          label = `... ${node.name.value}`;
          break;
        case Kind.ARGUMENT:
        case Kind.OBJECT_FIELD:
          label = node.name.value;
          break;
        case Kind.VARIABLE_DEFINITION:
          label = `$${node.variable.name.value}`;
          break;
        default:
          break;
      }
      if (label !== null) stack.push(label);
      pushed.push(label !== null);
      map.set(node, [...stack]);
    },
    leave() {
      if (pushed.pop()) stack.pop();
    },
  });
  return map;
}

interface Rewrite {
  code: string;
  message?: string;
  extensions?: Record<string, unknown>;
}

function classify(message: string, path: string[], e: GraphQLError): Rewrite {
  let m: RegExpExecArray | null;
  const parentField = path.length >= 2 ? path[path.length - 2]! : '';
  if ((m = /^Cannot query field "(.+?)" on type "(.+?)"\./.exec(message))) {
    return {
      code: 'undefinedField',
      message: `Field '${m[1]}' doesn't exist on type '${m[2]}'`,
      extensions: {typeName: m[2], fieldName: m[1]},
    };
  }
  if ((m = /^Unknown argument "(.+?)" on field "(?:.+?\.)?(.+?)"\./.exec(message))) {
    return {
      code: 'argumentNotAccepted',
      message: `Field '${m[2]}' doesn't accept argument '${m[1]}'`,
      extensions: {name: m[2], typeName: 'Field', argumentName: m[1]},
    };
  }
  if ((m = /^Unknown argument "(.+?)" on directive "@(.+?)"\./.exec(message))) {
    return {
      code: 'argumentNotAccepted',
      message: `Directive '${m[2]}' doesn't accept argument '${m[1]}'`,
      extensions: {name: m[2], typeName: 'Directive', argumentName: m[1]},
    };
  }
  if ((m = /^(Field|Directive) "@?(.+?)" argument "(.+?)" of type ".+?" is required, but it was not provided\./.exec(message))) {
    return {
      code: 'missingRequiredArguments',
      message: `${m[1]} '${m[2]}' is missing required arguments: ${m[3]}`,
      extensions: {className: m[1], name: m[2], arguments: m[3]},
    };
  }
  if ((m = /^Field "(.+?)\.(.+?)" of required type "(.+?)" was not provided\./.exec(message))) {
    return {
      code: 'missingRequiredInputObjectAttribute',
      message: `Argument '${m[2]}' on InputObject '${m[1]}' is required. Expected type ${m[3]}`,
      extensions: {argumentName: m[2], argumentType: m[3], inputObjectType: m[1]},
    };
  }
  if ((m = /^Field "(.+?)" is not defined by type "(.+?)"\./.exec(message))) {
    return {
      code: 'argumentNotAccepted',
      message: `InputObject '${m[2]}' doesn't accept argument '${m[1]}'`,
      extensions: {name: m[2], typeName: 'InputObject', argumentName: m[1]},
    };
  }
  if (
    /cannot represent|^Expected value of type|^Expected type/.test(message) ||
    /^Enum ".+?" cannot represent/.test(message)
  ) {
    const type =
      /^Expected value of type "(.+?)"/.exec(message)?.[1] ??
      /^Expected type "(.+?)"/.exec(message)?.[1] ??
      /^Enum "(.+?)" cannot represent/.exec(message)?.[1] ??
      /^(\w+) cannot represent/.exec(message)?.[1] ??
      'unknown';
    const node = e.nodes?.[0];
    const value = node ? print(node) : '';
    const argument = path[path.length - 1] ?? '';
    const inVariable = path.some((p) => p.startsWith('$'));
    if (inVariable) {
      return {
        code: 'defaultValueInvalidType',
        message: `Default value for ${argument} doesn't match type ${type}`,
        extensions: {variableName: argument.replace(/^\$/, ''), typeName: type},
      };
    }
    return {
      code: 'argumentLiteralsIncompatible',
      message: `Argument '${argument}' on Field '${parentField}' has an invalid value (${value}). Expected type '${type}'.`,
      extensions: {typeName: 'Field', argumentName: argument},
    };
  }
  if ((m = /^Field "(.+?)" of type "(.+?)" must have a selection of subfields/.exec(message))) {
    const type = m[2]!.replace(/[[\]!]/g, '');
    return {
      code: 'selectionMismatch',
      message: `Field must have selections (field '${m[1]}' returns ${type} but has no selections. Did you mean '${m[1]} { ... }'?)`,
      extensions: {nodeName: `field '${m[1]}'`, typeName: type},
    };
  }
  if ((m = /^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\./.exec(message))) {
    return {
      code: 'selectionMismatch',
      message: `Selections can't be made on scalars (field '${m[1]}' returns ${m[2]} but has selections)`,
      extensions: {nodeName: `field '${m[1]}'`, typeName: m[2]},
    };
  }
  if ((m = /^Variable "\$(.+?)" is never used(?: in operation "(.+?)")?\./.exec(message))) {
    return {
      code: 'variableNotUsed',
      message: `Variable $${m[1]} is declared by ${m[2] ?? 'anonymous query'} but not used`,
      extensions: {variableName: m[1]},
    };
  }
  if ((m = /^Variable "\$(.+?)" is not defined(?: by operation "(.+?)")?\./.exec(message))) {
    return {
      code: 'variableNotDefined',
      message: `Variable $${m[1]} is used by ${m[2] ?? 'anonymous query'} but not declared`,
      extensions: {variableName: m[1]},
    };
  }
  if ((m = /^Variable "\$(.+?)" of type "(.+?)" used in position expecting type "(.+?)"\./.exec(message))) {
    return {
      code: 'variableMismatch',
      message: `Nullability mismatch on variable $${m[1]} and argument ${path[path.length - 1] ?? ''} (${m[2]} / ${m[3]})`,
      extensions: {variableName: m[1], typeName: m[2], argumentName: path[path.length - 1]},
    };
  }
  const simple: [RegExp, string][] = [
    [/^Unknown type /, 'undefinedType'],
    [/^Unknown fragment /, 'useAndDefineFragment'],
    [/^Fragment ".+?" is never used/, 'useAndDefineFragment'],
    [/^There can be only one fragment named/, 'fragmentNotUnique'],
    [/cannot be spread here as objects of type/, 'cannotSpreadFragment'],
    [/^Cannot spread fragment ".+?" within itself/, 'infiniteLoop'],
    [/cannot condition on non composite type/, 'fragmentOnNonCompositeType'],
    [/^Variable ".+?" cannot be non-input type/, 'variableRequiresValidType'],
    [/^There can be only one variable named/, 'variableNotUnique'],
    [/^Unknown directive /, 'undefinedDirective'],
    [/^Directive ".+?" may not be used on/, 'directiveCannotBeApplied'],
    [/can only be used once at this location/, 'directiveNotUniqueForLocation'],
    [/^There can be only one argument named/, 'argumentNotUnique'],
    [/^There can be only one input field named/, 'inputFieldNotUnique'],
    [/^Fields ".+?" conflict because/, 'fieldConflict'],
    [/^There can be only one operation named/, 'uniquelyNamedOperations'],
    [/anonymous operation must be the only defined operation/, 'uniquelyNamedOperations'],
    [/definition is not executable/, 'queryContainsSchemaDefinitions'],
    [/Schema is not configured|does not support subscriptions/, 'missingSubscriptionConfiguration'],
  ];
  for (const [pattern, code] of simple) {
    if (pattern.test(message)) return {code};
  }
  return {code: 'validationError'};
}

function formatValidationError(e: GraphQLError, paths: PathMap): ShopifyError {
  const node = e.nodes?.[0];
  const path = (node && paths.get(node)) || [];
  const rewrite = classify(e.message, path, e);
  return {
    message: rewrite.message ?? e.message,
    locations: locationsOf(e),
    path,
    extensions: {code: rewrite.code, ...rewrite.extensions},
  };
}
