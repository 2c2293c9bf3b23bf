/**
 * Helpers for the Admin API tests: fixture content with metaobject definitions and customers on top
 * of helpers.ts's fixture, a token from the client-credentials grant, and Admin REST/GraphQL calls.
 */
import fs from 'node:fs';
import path from 'node:path';
import {makeContent, makeEmulator, type GqlBody, type TestEmulator} from './helpers';

export const CLIENT_ID = 'test-admin-client';
export const CLIENT_SECRET = 'test-admin-secret';
export const API = '/admin/api/2025-07';
export const ORIGIN = 'http://127.0.0.1:4999';

const choices = (...values: string[]) => ({name: 'choices', value: JSON.stringify(values)});

/** helpers.ts's fixture plus a promo_banner definition, files and a few customers. */
export function makeAdminContent(): string {
  const dir = makeContent();
  fs.writeFileSync(
    path.join(dir, 'metaobjects.json'),
    JSON.stringify({
      files: [{id: 13001, file: 'hero.svg', alt: 'A hero image', width: 1600, height: 1600}],
      definitions: [
        {
          id: 12001,
          type: 'promo_banner',
          name: 'Promo banner',
          displayNameKey: 'heading',
          access: {storefront: 'PUBLIC_READ'},
          capabilities: {publishable: {enabled: true}},
          fieldDefinitions: [
            {key: 'heading', name: 'Heading', type: 'single_line_text_field'},
            {key: 'message', name: 'Message', type: 'multi_line_text_field', required: true},
            {key: 'link_product', name: 'Link: product', type: 'product_reference'},
            {key: 'link_url', name: 'Link: web address', type: 'url'},
            {key: 'placement', name: 'Placement', type: 'single_line_text_field', validations: [choices('announcement', 'article_top')]},
            {key: 'starts_at', name: 'Starts at', type: 'date_time'},
            {key: 'dismissible', name: 'Dismissible', type: 'boolean'},
            {key: 'image', name: 'Image', type: 'file_reference'},
          ],
        },
      ],
      metaobjects: [
        {
          id: 11001,
          type: 'promo_banner',
          handle: 'spring-sale',
          status: 'ACTIVE',
          updatedAt: '2026-03-01T00:00:00Z',
          fields: [
            {key: 'heading', value: 'Spring sale'},
            {key: 'message', value: 'Ten percent off with TRAIL10.'},
            {key: 'link_product', value: 'gid://shopify/Product/1001'},
            {key: 'placement', value: 'announcement'},
          ],
        },
        {
          id: 11002,
          type: 'promo_banner',
          handle: 'draft-sale',
          status: 'DRAFT',
          updatedAt: '2026-03-02T00:00:00Z',
          fields: [{key: 'message', value: 'Not yet.'}, {key: 'placement', value: 'announcement'}],
        },
      ],
    }),
  );
  fs.writeFileSync(
    path.join(dir, 'customers.json'),
    JSON.stringify({
      baselineSubscribedCount: 1530,
      customers: [
        {id: 15001, email: 'dana@example.com', firstName: 'Dana', lastName: 'K', createdAt: '2026-03-02T19:14:00Z', emailMarketingConsent: {marketingState: 'SUBSCRIBED', marketingOptInLevel: 'SINGLE_OPT_IN', consentUpdatedAt: '2026-03-02T19:14:00Z'}},
        {id: 15002, email: 'tom@example.net', createdAt: '2026-05-18T06:40:00Z', emailMarketingConsent: {marketingState: 'UNSUBSCRIBED', marketingOptInLevel: 'SINGLE_OPT_IN', consentUpdatedAt: '2026-06-01T00:00:00Z'}},
      ],
    }),
  );
  return dir;
}

export function makeAdminEmulator(options: Parameters<typeof makeEmulator>[0] = {}): TestEmulator {
  return makeEmulator({
    contentDir: options.contentDir ?? makeAdminContent(),
    adminClientId: CLIENT_ID,
    adminClientSecret: CLIENT_SECRET,
    ...options,
  });
}

export async function requestToken(
  emu: TestEmulator,
  params: Record<string, string> = {grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET},
): Promise<{status: number; body: Record<string, unknown>}> {
  const response = await emu.fetch('/admin/oauth/access_token', {
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams(params).toString(),
  });
  return {status: response.status, body: (await response.json()) as Record<string, unknown>};
}

export async function adminToken(emu: TestEmulator): Promise<string> {
  const {body} = await requestToken(emu);
  return body.access_token as string;
}

export async function adminGql(
  emu: TestEmulator,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{status: number; body: GqlBody}> {
  const response = await emu.fetch(`${API}/graphql.json`, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...(token ? {'x-shopify-access-token': token} : {})},
    body: JSON.stringify({query, variables}),
  });
  return {status: response.status, body: (await response.json()) as GqlBody};
}

export async function postComment(
  emu: TestEmulator,
  token: string | null,
  comment: Record<string, unknown>,
): Promise<{status: number; body: GqlBody & {comment?: Record<string, unknown>}}> {
  const response = await emu.fetch(`${API}/comments.json`, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...(token ? {'x-shopify-access-token': token} : {})},
    body: JSON.stringify({comment}),
  });
  return {status: response.status, body: (await response.json()) as GqlBody};
}

/** A reader's comment on the fixture's dry needling article (blog 4001, article 5001). */
export const READER_COMMENT = {
  body: 'Does this help with <b>calf</b> cramps?\n\nThanks!',
  author: 'Riley Reader',
  email: 'riley@example.com',
  ip: '203.0.113.9',
  blog_id: 4001,
  article_id: 5001,
};

export async function storefrontComments(emu: TestEmulator): Promise<string[]> {
  const {body} = await emu.gql(
    `{ blog(handle: "news") { articleByHandle(handle: "what-is-dry-needling") { comments(first: 50) { nodes { id } } } } }`,
  );
  return body.data.blog.articleByHandle.comments.nodes.map((n: {id: string}) => n.id);
}
