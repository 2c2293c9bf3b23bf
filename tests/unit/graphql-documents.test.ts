/**
 * Every GraphQL document the app sends must be valid against the Storefront API schema that ships with
 * Hydrogen (API 2025-04). A typo in a field name otherwise only shows up as a runtime error on one page.
 *
 * A "document" is a template literal whose text starts with `#graphql` in app/ (or server.ts). Interpolated
 * fragments (`${PRODUCT_FRAGMENT}`, also imported from other files) are resolved through the TypeScript
 * program, so the text validated here is exactly the text the app sends — a fragment that is spread but not
 * interpolated fails here just as it would against Shopify.
 * As in .graphqlrc.ts, documents under app/graphql/customer-account/ are validated against the Customer Account
 * API schema, and Admin API documents (files named `*.admin.ts`) against admin.schema.graphql, the committed
 * copy of the emulator's Admin schema.
 */
import {readFileSync, readdirSync, statSync, existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  Kind,
  KnownFragmentNamesRule,
  NoUnusedFragmentsRule,
  buildClientSchema,
  buildSchema,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HYDROGEN_DIST = path.join(ROOT, 'node_modules', '@shopify', 'hydrogen', 'dist');
const ADMIN_SDL = path.join(ROOT, 'admin.schema.graphql');
const CUSTOMER_ACCOUNT_DIR = path.join(ROOT, 'app', 'graphql', 'customer-account') + path.sep;

/** The schema a file's documents belong to when it is not the Storefront API (as in .graphqlrc.ts). */
function schemaForFile(file: string): SchemaName | null {
  const full = path.resolve(file);
  if (full.endsWith('.admin.ts')) return 'admin';
  if (full.startsWith(CUSTOMER_ACCOUNT_DIR)) return 'customer';
  return null;
}

type SchemaName = 'storefront' | 'customer' | 'admin';

export interface FoundDocument {
  /** Path relative to the project root, with the line of the template literal. */
  location: string;
  schema: SchemaName;
  /** Full text as sent, interpolations resolved. */
  text: string;
  /** Interpolations that could not be resolved to a string. */
  problems: string[];
}

function loadSchema(file: string): GraphQLSchema {
  const json = JSON.parse(readFileSync(file, 'utf8')) as {data?: IntrospectionQuery} & IntrospectionQuery;
  return buildClientSchema(json.data ?? json);
}

function listSourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listSourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isTypeAssertionExpression(current) ||
    ts.isNonNullExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

function graphqlTag(text: string): SchemaName | null {
  const head = text.trimStart();
  if (head.startsWith('#graphql:customer')) return 'customer';
  if (head.startsWith('#graphql')) return 'storefront';
  return null;
}

/** Collect every `#graphql` document in the given files, resolving interpolations with the type checker. */
export function collectDocuments(files: string[], root = ROOT): FoundDocument[] {
  if (files.length === 0) return [];
  // The app's own program (its `~/` paths); tsconfig.json only references it.
  const configPath = path.join(root, 'tsconfig.app.json');
  let options: ts.CompilerOptions = {allowJs: true, jsx: ts.JsxEmit.ReactJSX};
  if (existsSync(configPath)) {
    const config = ts.readConfigFile(configPath, ts.sys.readFile);
    options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  }
  // Only symbol resolution is needed, not type checking: skip lib and ambient types to stay fast.
  const program = ts.createProgram(files, {...options, noLib: true, types: [], noEmit: true});
  const checker = program.getTypeChecker();
  const documents: FoundDocument[] = [];

  const where = (node: ts.Node) => {
    const source = node.getSourceFile();
    const {line} = source.getLineAndCharacterOfPosition(node.getStart(source));
    return `${path.relative(root, source.fileName)}:${line + 1}`;
  };

  function resolveExpression(expr: ts.Expression, seen: Set<ts.Node>, problems: string[]): string {
    const node = unwrap(expr);
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return resolveTemplate(node, seen, problems);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return resolveExpression(node.left, seen, problems) + resolveExpression(node.right, seen, problems);
    }
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      let symbol = checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
      let initializer: ts.Expression | undefined;
      if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration))) {
        initializer = declaration.initializer;
      }
      if (initializer && !seen.has(initializer)) {
        seen.add(initializer);
        const text = resolveExpression(initializer, seen, problems);
        seen.delete(initializer);
        return text;
      }
    }
    problems.push(`cannot resolve interpolation \${${node.getText()}} at ${where(node)}`);
    return '';
  }

  function resolveTemplate(node: ts.TemplateExpression, seen: Set<ts.Node>, problems: string[]): string {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      text += resolveExpression(span.expression, seen, problems);
      text += span.literal.text;
    }
    return text;
  }

  const fileSet = new Set(files.map((file) => path.resolve(file)));
  for (const source of program.getSourceFiles()) {
    if (!fileSet.has(path.resolve(source.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
        const head = ts.isTemplateExpression(node) ? node.head.text : node.text;
        // Like .graphqlrc.ts: documents under app/graphql/customer-account/ belong to the Customer Account API,
        // and documents in `*.admin.ts` files to the Admin API.
        const tag = graphqlTag(head);
        const schema = tag ? (schemaForFile(source.fileName) ?? tag) : null;
        if (schema) {
          const problems: string[] = [];
          const text = ts.isTemplateExpression(node)
            ? resolveTemplate(node, new Set([node]), problems)
            : node.text;
          documents.push({location: where(node), schema, text, problems});
          return; // nested templates inside a document are interpolations, already handled
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return documents.sort((a, b) => a.location.localeCompare(b.location, 'en', {numeric: true}));
}

const schemas: Record<SchemaName, () => GraphQLSchema> = (() => {
  const cache = new Map<SchemaName, GraphQLSchema>();
  const load: Record<SchemaName, () => GraphQLSchema> = {
    storefront: () => loadSchema(path.join(HYDROGEN_DIST, 'storefront.schema.json')),
    customer: () => loadSchema(path.join(HYDROGEN_DIST, 'customer-account.schema.json')),
    admin: () => buildSchema(readFileSync(ADMIN_SDL, 'utf8')),
  };
  const get = (name: SchemaName) => {
    if (!cache.has(name)) cache.set(name, load[name]());
    return cache.get(name)!;
  };
  return {storefront: () => get('storefront'), customer: () => get('customer'), admin: () => get('admin')};
})();

const FRAGMENT_ONLY_RULES = specifiedRules.filter(
  (rule) => rule !== NoUnusedFragmentsRule && rule !== KnownFragmentNamesRule,
);

/** Returns human-readable errors for one document ([] when valid). */
export function checkDocument(doc: FoundDocument): string[] {
  const errors = [...doc.problems];
  let ast: DocumentNode;
  try {
    ast = parse(doc.text);
  } catch (error) {
    return [...errors, `syntax error: ${(error as Error).message}`];
  }
  const hasOperation = ast.definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION);
  // A fragment-only document (e.g. PRODUCT_FRAGMENT) is interpolated elsewhere, so its fragments are
  // "unused" on their own, and the shared leaves it spreads (Image, Money) are interpolated by the
  // operation that uses it; every other rule still applies, and each operation is checked whole.
  const rules = hasOperation ? specifiedRules : FRAGMENT_ONLY_RULES;
  for (const error of validate(schemas[doc.schema](), ast, rules)) {
    const loc = error.locations?.[0];
    errors.push(`${error.message}${loc ? ` (document line ${loc.line}:${loc.column})` : ''}`);
  }
  return errors;
}

function operationNames(doc: FoundDocument): string[] {
  try {
    return parse(doc.text)
      .definitions.filter((def) => def.kind === Kind.OPERATION_DEFINITION)
      .map((def) => (def.kind === Kind.OPERATION_DEFINITION ? def.name?.value ?? '(anonymous)' : ''));
  } catch {
    return [];
  }
}

const appFiles = [
  ...listSourceFiles(path.join(ROOT, 'app')),
  ...(existsSync(path.join(ROOT, 'server.ts')) ? [path.join(ROOT, 'server.ts')] : []),
];
const documents = collectDocuments(appFiles);

describe('GraphQL documents in app/', () => {
  it('finds the documents the app sends', () => {
    expect(documents.length, 'no `#graphql` template literals found in app/').toBeGreaterThan(0);
  });

  it('finds the Admin API documents, so they are validated against the Admin schema', () => {
    const adminOperations = documents.filter((doc) => doc.schema === 'admin').flatMap(operationNames);
    expect(adminOperations).toEqual(expect.arrayContaining(['NewsletterCustomer', 'BlogCommentPolicy']));
  });

  it('gives every operation a unique name (Hydrogen codegen and caching rely on it)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const doc of documents) {
      for (const name of operationNames(doc)) {
        if (name === '(anonymous)') duplicates.push(`anonymous operation at ${doc.location}`);
        else if (seen.has(name)) duplicates.push(`${name} at ${doc.location} and ${seen.get(name)}`);
        else seen.set(name, doc.location);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it.each(documents.map((doc) => [`${doc.location} ${operationNames(doc).join(', ') || '(fragments)'}`, doc] as const))(
    '%s is valid against the schema',
    (_label, doc) => {
      const errors = checkDocument(doc);
      expect(errors, `${doc.location} (${doc.schema} schema):\n  ${errors.join('\n  ')}`).toEqual([]);
    },
  );
});
