/**
 * Metaobjects and metafields written through Admin GraphQL, read through the Storefront API.
 */
import {describe, expect, it} from 'vitest';
import {adminGql, adminToken, makeAdminEmulator} from './admin-helpers';

const DEFINITION_CREATE = `
  mutation($definition: MetaobjectDefinitionCreateInput!) {
    metaobjectDefinitionCreate(definition: $definition) {
      metaobjectDefinition { id type name fieldDefinitions { key name required type { name } } access { storefront } capabilities { publishable { enabled } } }
      userErrors { field message code }
    }
  }
`;

const UPSERT = `
  mutation($handle: MetaobjectHandleInput!, $metaobject: MetaobjectUpsertInput!) {
    metaobjectUpsert(handle: $handle, metaobject: $metaobject) {
      metaobject { id handle displayName capabilities { publishable { status } } fields { key value type } }
      userErrors { field message code elementKey }
    }
  }
`;

const EVENT_DEFINITION = {
  type: 'race_event',
  name: 'Race event',
  displayNameKey: 'title',
  fieldDefinitions: [
    {key: 'title', name: 'Title', type: 'single_line_text_field', required: true},
    {key: 'starts_at', name: 'Starts at', type: 'date_time'},
    {key: 'program', name: 'Program', type: 'product_reference'},
    {key: 'related', name: 'Related events', type: 'list.metaobject_reference'},
  ],
  access: {storefront: 'PUBLIC_READ'},
  capabilities: {publishable: {enabled: true}},
};

describe('metaobject definitions', () => {
  it('creates a definition once; a second create of the same type is TAKEN', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const first = await adminGql(emu, token, DEFINITION_CREATE, {definition: EVENT_DEFINITION});
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.metaobjectDefinitionCreate).toMatchObject({
      metaobjectDefinition: {
        type: 'race_event',
        name: 'Race event',
        access: {storefront: 'PUBLIC_READ'},
        capabilities: {publishable: {enabled: true}},
        fieldDefinitions: [
          {key: 'title', name: 'Title', required: true, type: {name: 'single_line_text_field'}},
          {key: 'starts_at', name: 'Starts at', required: false, type: {name: 'date_time'}},
          {key: 'program', name: 'Program', required: false, type: {name: 'product_reference'}},
          {key: 'related', name: 'Related events', required: false, type: {name: 'list.metaobject_reference'}},
        ],
      },
      userErrors: [],
    });

    const second = await adminGql(emu, token, DEFINITION_CREATE, {definition: EVENT_DEFINITION});
    expect(second.body.data.metaobjectDefinitionCreate).toEqual({
      metaobjectDefinition: null,
      userErrors: [{field: ['definition', 'type'], message: 'Type has already been taken', code: 'TAKEN'}],
    });

    const {body} = await adminGql(emu, token, `{ metaobjectDefinitionByType(type: "race_event") { id type } metaobjectDefinitions(first: 10) { nodes { type } } }`);
    expect(body.data.metaobjectDefinitionByType.id).toBe(first.body.data.metaobjectDefinitionCreate.metaobjectDefinition.id);
    expect(body.data.metaobjectDefinitions.nodes).toEqual([{type: 'promo_banner'}, {type: 'race_event'}]);
  });
});

describe('metaobject entries', () => {
  it('keeps a DRAFT entry off the storefront and shows it once ACTIVE, references resolved', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const handle = {type: 'promo_banner', handle: 'summer-hills'};
    const fields = [
      {key: 'heading', value: 'Summer hills'},
      {key: 'message', value: 'Hill repeats all summer.'},
      {key: 'link_product', value: 'gid://shopify/Product/1003'},
      {key: 'placement', value: 'article_top'},
      {key: 'starts_at', value: '2026-06-01T08:00:00'},
      {key: 'dismissible', value: 'TRUE'},
      {key: 'image', value: 'gid://shopify/MediaImage/13001'},
    ];
    const draft = await adminGql(emu, token, UPSERT, {handle, metaobject: {fields, capabilities: {publishable: {status: 'DRAFT'}}}});
    expect(draft.body.data.metaobjectUpsert.userErrors).toEqual([]);
    expect(draft.body.data.metaobjectUpsert.metaobject).toMatchObject({
      handle: 'summer-hills',
      displayName: 'Summer hills',
      capabilities: {publishable: {status: 'DRAFT'}},
    });
    const stored = Object.fromEntries(
      draft.body.data.metaobjectUpsert.metaobject.fields.map((f: {key: string; value: string}) => [f.key, f.value]),
    );
    expect(stored).toMatchObject({starts_at: '2026-06-01T08:00:00Z', dismissible: 'true', link_url: null});

    const storefront = `{
      metaobject(handle: {type: "promo_banner", handle: "summer-hills"}) {
        handle
        heading: field(key: "heading") { value type }
        product: field(key: "link_product") { reference { ... on Product { handle } } }
        image: field(key: "image") { reference { ... on MediaImage { image { url altText } } } }
      }
      metaobjects(type: "promo_banner", first: 10) { nodes { handle } }
    }`;
    const hidden = await emu.gql(storefront);
    expect(hidden.body.data.metaobject).toBeNull();
    expect(hidden.body.data.metaobjects.nodes).toEqual([{handle: 'spring-sale'}]);

    // The admin still sees the draft.
    const {body: admin} = await adminGql(emu, token, `{ metaobjectByHandle(handle: {type: "promo_banner", handle: "summer-hills"}) { capabilities { publishable { status } } } }`);
    expect(admin.data.metaobjectByHandle.capabilities.publishable.status).toBe('DRAFT');

    const active = await adminGql(emu, token, UPSERT, {handle, metaobject: {capabilities: {publishable: {status: 'ACTIVE'}}}});
    expect(active.body.data.metaobjectUpsert.userErrors).toEqual([]);
    const shown = await emu.gql(storefront);
    expect(shown.body.data.metaobject).toEqual({
      handle: 'summer-hills',
      heading: {value: 'Summer hills', type: 'single_line_text_field'},
      product: {reference: {handle: 'beast-program'}},
      image: {reference: {image: {url: 'http://127.0.0.1:4999/cdn/images/hero.svg', altText: 'A hero image'}}},
    });
    expect(shown.body.data.metaobjects.nodes).toEqual([{handle: 'spring-sale'}, {handle: 'summer-hills'}]);

    // metaobjectUpdate changes one field and keeps the rest; metaobjectDelete takes it off the storefront.
    const id = active.body.data.metaobjectUpsert.metaobject.id;
    const updated = await adminGql(
      emu,
      token,
      `mutation($id: ID!) { metaobjectUpdate(id: $id, metaobject: {fields: [{key: "heading", value: "Hot hills"}]}) { metaobject { field(key: "message") { value } displayName } userErrors { message } } }`,
      {id},
    );
    expect(updated.body.data.metaobjectUpdate).toEqual({metaobject: {field: {value: 'Hill repeats all summer.'}, displayName: 'Hot hills'}, userErrors: []});
    const deleted = await adminGql(emu, token, `mutation($id: ID!) { metaobjectDelete(id: $id) { deletedId userErrors { code } } }`, {id});
    expect(deleted.body.data.metaobjectDelete).toEqual({deletedId: id, userErrors: []});
    expect((await emu.gql(storefront)).body.data.metaobject).toBeNull();
  });

  it('rejects unknown fields, invalid values, missing required fields and unknown types', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const upsert = (handle: string, fields: {key: string; value: string}[], type = 'promo_banner') =>
      adminGql(emu, token, UPSERT, {handle: {type, handle}, metaobject: {fields}}).then((r) => r.body.data.metaobjectUpsert);

    const bad = await upsert('bad', [
      {key: 'message', value: 'Hello'},
      {key: 'colour', value: 'red'},
      {key: 'link_url', value: '/relative/path'},
      {key: 'placement', value: 'footer'},
      {key: 'link_product', value: 'gid://shopify/Product/999999'},
    ]);
    expect(bad.metaobject).toBeNull();
    expect(bad.userErrors.map((e: {code: string; elementKey: string}) => [e.code, e.elementKey])).toEqual([
      ['UNDEFINED_OBJECT_FIELD', 'colour'],
      ['INVALID_VALUE', 'link_url'],
      ['INVALID_VALUE', 'placement'],
      ['INVALID_VALUE', 'link_product'],
    ]);

    const missing = await upsert('no-message', [{key: 'heading', value: 'Only a heading'}, {key: 'placement', value: 'announcement'}]);
    expect(missing.userErrors).toEqual([
      {field: ['metaobject', 'fields'], message: "Message can't be blank", code: 'OBJECT_FIELD_REQUIRED', elementKey: 'message'},
    ]);

    const unknown = await upsert('x', [{key: 'title', value: 'x'}], 'no_such_type');
    expect(unknown.userErrors[0]).toMatchObject({code: 'UNDEFINED_OBJECT_TYPE'});

    const {body} = await adminGql(emu, token, '{ metaobjects(type: "promo_banner", first: 10) { nodes { handle } } }');
    expect(body.data.metaobjects.nodes).toEqual([{handle: 'spring-sale'}, {handle: 'draft-sale'}]);
  });

  it('hides entries of a definition without storefront access', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    await adminGql(emu, token, DEFINITION_CREATE, {definition: {...EVENT_DEFINITION, access: {storefront: 'NONE'}}});
    const {body} = await adminGql(emu, token, UPSERT, {
      handle: {type: 'race_event', handle: 'may-sprint'},
      metaobject: {fields: [{key: 'title', value: 'May Sprint'}], capabilities: {publishable: {status: 'ACTIVE'}}},
    });
    expect(body.data.metaobjectUpsert.userErrors).toEqual([]);
    const sf = await emu.gql('{ metaobject(handle: {type: "race_event", handle: "may-sprint"}) { handle } }');
    expect(sf.body.data.metaobject).toBeNull();
  });
});

describe('article metafields', () => {
  it('defines custom.promo_banner once (TAKEN the second time), sets it on an article and resolves the reference on the storefront', async () => {
    const emu = makeAdminEmulator();
    const token = await adminToken(emu);
    const create = `mutation($definition: MetafieldDefinitionInput!) {
      metafieldDefinitionCreate(definition: $definition) {
        createdDefinition { id namespace key ownerType type { name } access { storefront } }
        userErrors { field message code }
      }
    }`;
    const definition = {
      name: 'Promo banner',
      namespace: 'custom',
      key: 'promo_banner',
      ownerType: 'ARTICLE',
      type: 'metaobject_reference',
      validations: [{name: 'metaobject_definition_id', value: 'gid://shopify/MetaobjectDefinition/12001'}],
      access: {storefront: 'PUBLIC_READ'},
    };
    const first = await adminGql(emu, token, create, {definition});
    expect(first.body.data.metafieldDefinitionCreate).toMatchObject({
      createdDefinition: {namespace: 'custom', key: 'promo_banner', ownerType: 'ARTICLE', type: {name: 'metaobject_reference'}, access: {storefront: 'PUBLIC_READ'}},
      userErrors: [],
    });
    const second = await adminGql(emu, token, create, {definition});
    expect(second.body.data.metafieldDefinitionCreate).toEqual({
      createdDefinition: null,
      userErrors: [{field: ['definition', 'key'], message: "Key is in use for Article metafields on the 'custom' namespace.", code: 'TAKEN'}],
    });
    const {body: listed} = await adminGql(emu, token, '{ metafieldDefinitions(ownerType: ARTICLE, first: 10) { nodes { key } } }');
    expect(listed.data.metafieldDefinitions.nodes).toEqual([{key: 'promo_banner'}]);

    const set = `mutation($metafields: [MetafieldsSetInput!]!) {
      metafieldsSet(metafields: $metafields) { metafields { key type value } userErrors { field message code } }
    }`;
    // A reference to a metaobject of the wrong kind (or none) is refused, and nothing is written.
    const wrong = await adminGql(emu, token, set, {
      metafields: [{ownerId: 'gid://shopify/Article/5001', namespace: 'custom', key: 'promo_banner', value: 'gid://shopify/Product/1001'}],
    });
    expect(wrong.body.data.metafieldsSet.userErrors[0]).toMatchObject({field: ['metafields', '0', 'value'], code: 'INVALID_VALUE'});

    const ok = await adminGql(emu, token, set, {
      metafields: [{ownerId: 'gid://shopify/Article/5001', namespace: 'custom', key: 'promo_banner', type: 'metaobject_reference', value: 'gid://shopify/Metaobject/11001'}],
    });
    expect(ok.body.data.metafieldsSet).toEqual({
      metafields: [{key: 'promo_banner', type: 'metaobject_reference', value: 'gid://shopify/Metaobject/11001'}],
      userErrors: [],
    });

    const {body} = await emu.gql(`{
      blog(handle: "news") { articleByHandle(handle: "what-is-dry-needling") {
        metafield(namespace: "custom", key: "promo_banner") {
          type value
          reference { ... on Metaobject { handle heading: field(key: "heading") { value } link: field(key: "link_product") { reference { ... on Product { handle } } } } }
        }
      } }
    }`);
    expect(body.data.blog.articleByHandle.metafield).toEqual({
      type: 'metaobject_reference',
      value: 'gid://shopify/Metaobject/11001',
      reference: {handle: 'spring-sale', heading: {value: 'Spring sale'}, link: {reference: {handle: 'trail-pack'}}},
    });

    // A draft entry is not resolved on the storefront.
    await adminGql(emu, token, set, {
      metafields: [{ownerId: 'gid://shopify/Article/5001', namespace: 'custom', key: 'promo_banner', value: 'gid://shopify/Metaobject/11002'}],
    });
    const {body: draft} = await emu.gql(`{ blog(handle: "news") { articleByHandle(handle: "what-is-dry-needling") { metafield(namespace: "custom", key: "promo_banner") { value reference { __typename } } } } }`);
    expect(draft.data.blog.articleByHandle.metafield).toEqual({value: 'gid://shopify/Metaobject/11002', reference: null});
  });
});
