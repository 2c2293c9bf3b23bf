#!/usr/bin/env node
// `npm run shopify:setup` — creates, on a real Shopify store, the content model the storefront's
// marketing features read (docs/decisions/030-marketing-content-model.md):
//
//   - metaobject definition `promo_banner` (announcement bar, article and home promos)
//   - metaobject definition `home_page`    (the editable home page; the entry with handle `home`)
//   - article metafield `custom.promo_banner`      → a promo_banner, shown above that article
//   - blog metafield    `custom.default_promo_banner` → a promo_banner, for the blog's other articles
//
// Both definitions get storefront access PUBLIC_READ and the publishable capability (drafts never
// reach the storefront). Idempotent: anything that already exists (or that Shopify answers TAKEN
// for) is reported as found and left unchanged, so running it twice changes nothing.
//
// Settings come from the environment, else from .env (or --dotenv=<path>):
//   SHOPIFY_ADMIN_DOMAIN (or PUBLIC_STORE_DOMAIN), SHOPIFY_ADMIN_CLIENT_ID, SHOPIFY_ADMIN_CLIENT_SECRET,
//   SHOPIFY_ADMIN_API_VERSION (default 2025-07).
// The app needs these Admin API scopes: read_metaobject_definitions, write_metaobject_definitions,
// read_metaobjects, write_metaobjects, read_content, write_content, read_customers, write_customers.
//
// Plain Node ESM with no dependencies and no imports from app/ (the .env parser is the dev scripts' own).

import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseDotEnv} from './lib/stack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_API_VERSION = '2025-07';

const text = (key, extra = {}) => ({key, type: 'single_line_text_field', ...extra});
const max = (value) => ({name: 'max', value: String(value)});
const choices = (values) => ({name: 'choices', value: JSON.stringify(values)});
const imageOnly = {name: 'file_type_options', value: JSON.stringify(['Image'])};

/** The content model. Field keys are what the storefront reads; keep them in step with app/lib/marketing. */
export const METAOBJECT_DEFINITIONS = [
  {
    type: 'promo_banner',
    name: 'Promo banner',
    description:
      'A promotional message for the announcement bar, the top of an article or the home page. The storefront shows an active banner only between its starts_at and ends_at.',
    displayNameKey: 'heading',
    fieldDefinitions: [
      text('heading', {name: 'Heading', validations: [max(80)]}),
      {key: 'message', name: 'Message', type: 'multi_line_text_field', required: true, validations: [max(280)]},
      text('cta_label', {name: 'Button label', validations: [max(40)]}),
      {
        key: 'link_product',
        name: 'Link: product',
        description: 'Set at most one link; the storefront uses the first of product, collection, page, URL.',
        type: 'product_reference',
      },
      {key: 'link_collection', name: 'Link: collection', type: 'collection_reference'},
      {key: 'link_page', name: 'Link: page', type: 'page_reference'},
      {key: 'link_url', name: 'Link: web address', type: 'url'},
      text('placement', {
        name: 'Placement',
        required: true,
        validations: [choices(['announcement', 'article_top', 'article_inline', 'home'])],
      }),
      {key: 'starts_at', name: 'Starts at', type: 'date_time'},
      {key: 'ends_at', name: 'Ends at', type: 'date_time'},
      text('style', {name: 'Style', validations: [choices(['forest', 'clay', 'stone'])]}),
      {key: 'dismissible', name: 'Dismissible', type: 'boolean'},
      {key: 'image', name: 'Image', type: 'file_reference', validations: [imageOnly]},
    ],
  },
  {
    type: 'home_page',
    name: 'Home page',
    description: 'The editable parts of the home page. The storefront reads the entry with handle home.',
    displayNameKey: 'hero_heading',
    fieldDefinitions: [
      text('hero_heading', {name: 'Hero heading', validations: [max(80)]}),
      {key: 'hero_text', name: 'Hero text', type: 'multi_line_text_field', validations: [max(400)]},
      {key: 'hero_image', name: 'Hero image', type: 'file_reference', validations: [imageOnly]},
      text('hero_cta_label', {name: 'Hero button label', validations: [max(40)]}),
      {key: 'hero_cta_link', name: 'Hero button link', type: 'url'},
      {key: 'featured_collection', name: 'Featured collection', type: 'collection_reference'},
      {
        key: 'featured_articles',
        name: 'Featured articles',
        description: 'Article handles in the order shown (the Storefront API cannot reference articles).',
        type: 'list.single_line_text_field',
        validations: [{name: 'list.max', value: '3'}],
      },
      {
        key: 'section_order',
        name: 'Section order',
        type: 'list.single_line_text_field',
        validations: [choices(['hero', 'promo', 'featured_collection', 'latest_articles', 'newsletter'])],
      },
    ],
  },
];

/** Metafields that point at a promo_banner (the definition id is filled in at run time). */
export const METAFIELD_DEFINITIONS = [
  {
    ownerType: 'ARTICLE',
    namespace: 'custom',
    key: 'promo_banner',
    name: 'Promo banner',
    description: "The promo banner shown above this article (instead of the blog's default).",
  },
  {
    ownerType: 'BLOG',
    namespace: 'custom',
    key: 'default_promo_banner',
    name: 'Default promo banner',
    description: "The promo banner shown above this blog's articles that have no promo of their own.",
  },
];

/* ------------------------------------------------------------------ settings */

function readSettings(argv, env) {
  const envFileArg = argv.find((arg) => arg.startsWith('--dotenv='));
  const envFile = envFileArg ? path.resolve(envFileArg.slice('--dotenv='.length)) : path.join(ROOT, '.env');
  const fromFile = existsSync(envFile) ? parseDotEnv(readFileSync(envFile, 'utf8')) : {};
  const value = (key) => (env[key]?.trim() || fromFile[key]?.trim() || undefined);

  const domain = value('SHOPIFY_ADMIN_DOMAIN') ?? value('PUBLIC_STORE_DOMAIN');
  const clientId = value('SHOPIFY_ADMIN_CLIENT_ID');
  const clientSecret = value('SHOPIFY_ADMIN_CLIENT_SECRET');
  const missing = [
    !domain && 'SHOPIFY_ADMIN_DOMAIN (or PUBLIC_STORE_DOMAIN)',
    !clientId && 'SHOPIFY_ADMIN_CLIENT_ID',
    !clientSecret && 'SHOPIFY_ADMIN_CLIENT_SECRET',
  ].filter(Boolean);
  if (missing.length) {
    throw new SetupError(
      `missing ${missing.join(', ')}. Set them in the environment or in ${path.relative(process.cwd(), envFile) || envFile} (see .env.example).`,
    );
  }
  const origin = domain.includes('://') ? new URL(domain).origin : `https://${domain.replace(/\/+$/, '')}`;
  return {origin, clientId, clientSecret, apiVersion: value('SHOPIFY_ADMIN_API_VERSION') ?? DEFAULT_API_VERSION};
}

class SetupError extends Error {}

/* ------------------------------------------------------------------ Admin API */

async function accessToken({origin, clientId, clientSecret}) {
  let response;
  try {
    response = await fetch(`${origin}/admin/oauth/access_token`, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
      body: new URLSearchParams({grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret}),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new SetupError(`could not reach ${origin} (${error.cause?.code ?? error.message}).`);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new SetupError(
      `the token request was refused (HTTP ${response.status}${body.error_description ? `: ${body.error_description}` : ''}). Check the client id and secret.`,
    );
  }
  return body.access_token;
}

function adminClient(settings, token) {
  return async function graphql(query, variables = {}) {
    const response = await fetch(`${settings.origin}/admin/api/${settings.apiVersion}/graphql.json`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-Shopify-Access-Token': token},
      body: JSON.stringify({query, variables}),
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || body.errors?.length || !body.data) {
      const detail = Array.isArray(body.errors) ? body.errors.map((error) => error.message).join('; ') : body.errors;
      throw new SetupError(`Admin GraphQL failed (HTTP ${response.status}): ${detail ?? 'no data'}`);
    }
    return body.data;
  };
}

const DEFINITION_BY_TYPE = `
  query SetupDefinitionByType($type: String!) {
    metaobjectDefinitionByType(type: $type) { id type }
  }
`;

const DEFINITION_CREATE = `
  mutation SetupDefinitionCreate($definition: MetaobjectDefinitionCreateInput!) {
    metaobjectDefinitionCreate(definition: $definition) {
      metaobjectDefinition { id type }
      userErrors { field message code }
    }
  }
`;

const METAFIELD_DEFINITION_LOOKUP = `
  query SetupMetafieldDefinition($ownerType: MetafieldOwnerType!, $namespace: String!, $key: String!) {
    metafieldDefinitions(ownerType: $ownerType, namespace: $namespace, key: $key, first: 1) {
      nodes { id namespace key }
    }
  }
`;

const METAFIELD_DEFINITION_CREATE = `
  mutation SetupMetafieldDefinitionCreate($definition: MetafieldDefinitionInput!) {
    metafieldDefinitionCreate(definition: $definition) {
      createdDefinition { id namespace key }
      userErrors { field message code }
    }
  }
`;

const isTaken = (errors) => errors.length > 0 && errors.every((error) => error.code === 'TAKEN');
const describeErrors = (errors) => errors.map((error) => `${error.message}${error.code ? ` (${error.code})` : ''}`).join('; ');

async function ensureMetaobjectDefinition(graphql, definition) {
  const existing = (await graphql(DEFINITION_BY_TYPE, {type: definition.type})).metaobjectDefinitionByType;
  if (existing) return {status: 'found', id: existing.id};

  const result = (
    await graphql(DEFINITION_CREATE, {
      definition: {
        ...definition,
        access: {storefront: 'PUBLIC_READ'},
        capabilities: {publishable: {enabled: true}},
      },
    })
  ).metaobjectDefinitionCreate;
  if (result.metaobjectDefinition) return {status: 'created', id: result.metaobjectDefinition.id};
  if (isTaken(result.userErrors)) {
    // Created by someone else between our lookup and our create: that is fine.
    const raced = (await graphql(DEFINITION_BY_TYPE, {type: definition.type})).metaobjectDefinitionByType;
    if (raced) return {status: 'found', id: raced.id};
  }
  throw new SetupError(`could not create the ${definition.type} definition: ${describeErrors(result.userErrors)}`);
}

async function ensureMetafieldDefinition(graphql, definition, promoDefinitionId) {
  const lookup = {ownerType: definition.ownerType, namespace: definition.namespace, key: definition.key};
  const [existing] = (await graphql(METAFIELD_DEFINITION_LOOKUP, lookup)).metafieldDefinitions.nodes;
  if (existing) return {status: 'found', id: existing.id};

  const result = (
    await graphql(METAFIELD_DEFINITION_CREATE, {
      definition: {
        ...definition,
        type: 'metaobject_reference',
        validations: [{name: 'metaobject_definition_id', value: promoDefinitionId}],
        access: {storefront: 'PUBLIC_READ'},
        pin: true,
      },
    })
  ).metafieldDefinitionCreate;
  if (result.createdDefinition) return {status: 'created', id: result.createdDefinition.id};
  if (isTaken(result.userErrors)) {
    const [raced] = (await graphql(METAFIELD_DEFINITION_LOOKUP, lookup)).metafieldDefinitions.nodes;
    return {status: 'found', id: raced?.id ?? null};
  }
  throw new SetupError(
    `could not create the ${definition.ownerType.toLowerCase()} metafield ${definition.namespace}.${definition.key}: ${describeErrors(result.userErrors)}`,
  );
}

/* ------------------------------------------------------------------ main */

export async function runSetup({argv = [], env = process.env, log = console.log} = {}) {
  const settings = readSettings(argv, env);
  log(`Setting up the Trailforge content model on ${settings.origin} (Admin API ${settings.apiVersion})`);
  const graphql = adminClient(settings, await accessToken(settings));

  const results = [];
  const report = (label, outcome) => {
    results.push({label, ...outcome});
    log(`  ${outcome.status === 'created' ? 'created' : 'found  '}  ${label}${outcome.id ? `  ${outcome.id}` : ''}`);
  };

  const ids = {};
  for (const definition of METAOBJECT_DEFINITIONS) {
    const outcome = await ensureMetaobjectDefinition(graphql, definition);
    ids[definition.type] = outcome.id;
    report(`metaobject definition ${definition.type}`, outcome);
  }
  for (const definition of METAFIELD_DEFINITIONS) {
    const outcome = await ensureMetafieldDefinition(graphql, definition, ids.promo_banner);
    report(`${definition.ownerType.toLowerCase()} metafield ${definition.namespace}.${definition.key}`, outcome);
  }

  const created = results.filter((result) => result.status === 'created').length;
  log(`Done: ${created} created, ${results.length - created} already there.`);
  return results;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  runSetup({argv: process.argv.slice(2)}).catch((error) => {
    console.error(`\nshopify:setup failed: ${error instanceof SetupError ? error.message : error.stack ?? error}\n`);
    process.exit(1);
  });
}
