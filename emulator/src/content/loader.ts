import fs from 'node:fs';
import path from 'node:path';
import type {
  ArticleRecord,
  AuthorSeed,
  BlogRecord,
  CollectionRecord,
  CommentData,
  CommentStatus,
  ContentIndex,
  CustomerData,
  FileData,
  MarketingState,
  MetafieldDefinitionData,
  MetaobjectDefinitionData,
  ImageRef,
  MenuItemSeed,
  MenuSeed,
  MetafieldSeed,
  MetaobjectData,
  PageRecord,
  ProductOptionSeed,
  ProductRecord,
  RedirectRecord,
  SeoSeed,
  ShopPolicyRecord,
  ValidationData,
  ShopRecord,
  VariantRecord,
} from './types';

type Json = Record<string, unknown>;

const EPOCH = '2026-01-01T00:00:00Z';
const COMMENT_STATUSES: CommentStatus[] = [
  'published',
  'pending',
  'unapproved',
  'spam',
  'removed',
];

/**
 * Reads the seed content folder once into in-memory indexes. Missing folders or unreadable files are
 * reported as warnings (content may still be being written), never thrown.
 */
export function loadContent(
  dir: string,
  log: (message: string) => void = (m) => console.warn(m),
): ContentIndex {
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    log(`[emulator] content: ${message}`);
  };
  const rel = (file: string) => path.relative(dir, file) || file;

  const readText = (file: string): string | undefined => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  const readJson = (file: string, required = false): unknown => {
    const raw = readText(file);
    if (raw === undefined) {
      if (required) warn(`missing ${rel(file)}`);
      return undefined;
    }
    try {
      return JSON.parse(raw) as unknown;
    } catch (error) {
      warn(`cannot parse ${rel(file)}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const listDir = (sub: string, ext?: string): string[] => {
    const full = path.join(dir, sub);
    try {
      return fs
        .readdirSync(full)
        .filter((name) => !name.startsWith('.') && (!ext || name.endsWith(ext)))
        .sort();
    } catch {
      warn(`missing folder ${sub || '.'}`);
      return [];
    }
  };

  if (!fs.existsSync(dir)) warn(`content folder ${dir} does not exist`);

  const imagesByFile = new Map<string, ImageRef>();
  const image = (value: unknown, where: string): ImageRef | null => {
    if (value == null) return null;
    if (typeof value === 'string') {
      return rememberImage({file: value, alt: null, width: 0, height: 0});
    }
    if (!isObject(value) || typeof value.file !== 'string') {
      warn(`${where}: image needs a "file"`);
      return null;
    }
    return rememberImage({
      file: value.file,
      alt: str(value.alt),
      width: int(value.width) ?? 0,
      height: int(value.height) ?? 0,
    });
  };
  /** Images used inside body HTML (`<img src="/cdn/images/x.svg" width=… height=…>`) get their size too. */
  const rememberBodyImages = (html: string) => {
    for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) {
      const file = /\ssrc\s*=\s*["']\/cdn\/images\/([^"'?#]+)/i.exec(tag)?.[1];
      if (!file) continue;
      const width = Number(/\swidth\s*=\s*["']?(\d+)/i.exec(tag)?.[1] ?? 0);
      const height = Number(/\sheight\s*=\s*["']?(\d+)/i.exec(tag)?.[1] ?? 0);
      const alt = /\salt\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? null;
      rememberImage({file: decodeURIComponent(file), alt, width, height});
    }
  };
  const rememberImage = (ref: ImageRef): ImageRef => {
    const known = imagesByFile.get(ref.file);
    if (!known || (!known.width && ref.width)) imagesByFile.set(ref.file, ref);
    return ref;
  };

  // ---- shop ---------------------------------------------------------------------------------
  const shopJson = (readJson(path.join(dir, 'shop.json'), true) ?? {}) as Json;
  const policies: ShopPolicyRecord[] = [];
  for (const p of arr(shopJson.policies)) {
    if (!isObject(p)) continue;
    const legacyId = int(p.id);
    const handle = str(p.handle);
    const type = str(p.type);
    if (!legacyId || !handle || !type) {
      warn('shop.json: a policy needs id, type and handle');
      continue;
    }
    const bodyFile = str(p.bodyFile) ?? `policies/${handle}.html`;
    const body = readText(path.join(dir, bodyFile));
    if (body === undefined) warn(`missing policy body ${bodyFile}`);
    policies.push({
      __typename: 'ShopPolicy',
      id: `gid://shopify/ShopPolicy/${legacyId}`,
      legacyId,
      type,
      handle,
      title: str(p.title) ?? handle,
      body: body ?? '',
    });
  }
  const brandJson = isObject(shopJson.brand) ? shopJson.brand : {};
  const shop: ShopRecord = {
    __typename: 'Shop',
    id: `gid://shopify/Shop/${int(shopJson.id) ?? 1}`,
    name: str(shopJson.name) ?? 'Emulated Shop',
    description: str(shopJson.description),
    currencyCode: str(shopJson.currencyCode) ?? 'USD',
    primaryDomainUrl: (str(shopJson.primaryDomain) ?? 'https://shop.example').replace(
      /\/+$/,
      '',
    ),
    _brand: {
      slogan: str(brandJson.slogan),
      shortDescription: str(brandJson.shortDescription),
      logo: image(brandJson.logo, 'shop.json brand.logo'),
    },
    _policies: policies,
    _metafields: metafields(shopJson.metafields),
  };

  // ---- products -----------------------------------------------------------------------------
  const products: ProductRecord[] = [];
  const variantsById = new Map<number, VariantRecord>();
  for (const name of listDir('products', '.json')) {
    const j = readJson(path.join(dir, 'products', name));
    if (!isObject(j)) continue;
    const legacyId = int(j.id);
    const handle = str(j.handle);
    if (!legacyId || !handle) {
      warn(`products/${name}: needs id and handle`);
      continue;
    }
    let options: ProductOptionSeed[] = arr(j.options)
      .filter(isObject)
      .map((o) => ({
        name: str(o.name) ?? 'Title',
        values: arr(o.values).map((v) => String(v)),
      }));
    const variantJson = arr(j.variants).filter(isObject);
    if (options.length === 0) {
      options = [{name: 'Title', values: ['Default Title']}];
    }
    const createdAt = str(j.createdAt) ?? str(j.publishedAt) ?? EPOCH;
    const product: ProductRecord = {
      __typename: 'Product',
      id: `gid://shopify/Product/${legacyId}`,
      legacyId,
      handle,
      title: str(j.title) ?? handle,
      vendor: str(j.vendor) ?? shop.name,
      productType: str(j.productType) ?? '',
      tags: arr(j.tags).map(String),
      descriptionHtml: str(j.descriptionHtml) ?? '',
      _seo: seo(j.seo),
      createdAt,
      updatedAt: str(j.updatedAt) ?? createdAt,
      publishedAt: str(j.publishedAt) ?? createdAt,
      _options: options,
      _variants: [],
      _images: [],
      _metafields: metafields(j.metafields),
      _salesRank: j.salesRank == null ? null : int(j.salesRank),
      _complementary: arr(j.complementary).map(String),
    };
    if (j.salesRank != null && (product._salesRank == null || product._salesRank < 1)) {
      warn(`products/${name}: salesRank must be a whole number from 1`);
      product._salesRank = null;
    }
    product._images = arr(j.images)
      .map((img, i) => image(img, `products/${name} images[${i}]`))
      .filter((img): img is ImageRef => img != null);
    variantJson.forEach((v, position) => {
      const vid = int(v.id);
      if (!vid) {
        warn(`products/${name}: variant ${position} needs an id`);
        return;
      }
      const selected: Record<string, string> = {};
      const given = isObject(v.options) ? v.options : {};
      for (const option of options) {
        const value = given[option.name];
        if (typeof value === 'string') selected[option.name] = value;
        else if (option.name === 'Title' && option.values.length === 1)
          selected[option.name] = option.values[0]!;
        else warn(`products/${name}: variant ${vid} has no value for "${option.name}"`);
        if (typeof value === 'string' && !option.values.includes(value)) {
          warn(`products/${name}: variant ${vid} value "${value}" is not listed in option "${option.name}"`);
          option.values.push(value);
        }
      }
      const values = Object.values(selected);
      const imageFile = str(v.image);
      if (imageFile && !product._images.some((img) => img.file === imageFile)) {
        warn(`products/${name}: variant ${vid} image ${imageFile} is not one of the product images`);
      }
      const variant: VariantRecord = {
        __typename: 'ProductVariant',
        id: `gid://shopify/ProductVariant/${vid}`,
        legacyId: vid,
        sku: str(v.sku),
        position: position + 1,
        title: values.length ? values.join(' / ') : 'Default Title',
        _options: selected,
        _price: money(v.price) ?? '0.00',
        _compareAtPrice: money(v.compareAtPrice),
        availableForSale: v.availableForSale !== false,
        requiresShipping: v.requiresShipping !== false,
        _imageFile: imageFile,
        _product: product,
        _metafields: metafields(v.metafields),
      };
      if (variantsById.has(vid)) warn(`duplicate variant id ${vid}`);
      variantsById.set(vid, variant);
      product._variants.push(variant);
    });
    if (product._variants.length === 0) warn(`products/${name}: has no variants`);
    products.push(product);
  }
  products.sort(byLegacyId);
  const productHandles = new Set(products.map((p) => p.handle));
  for (const p of products) {
    for (const handle of p._complementary) {
      if (!productHandles.has(handle) || handle === p.handle) {
        warn(`products/${p.handle}.json: complementary product "${handle}" does not exist`);
      }
    }
    p._complementary = p._complementary.filter((h) => productHandles.has(h) && h !== p.handle);
  }

  // ---- collections --------------------------------------------------------------------------
  const collections: CollectionRecord[] = [];
  for (const name of listDir('collections', '.json')) {
    const j = readJson(path.join(dir, 'collections', name));
    if (!isObject(j)) continue;
    const legacyId = int(j.id);
    const handle = str(j.handle);
    if (!legacyId || !handle) {
      warn(`collections/${name}: needs id and handle`);
      continue;
    }
    collections.push({
      __typename: 'Collection',
      id: `gid://shopify/Collection/${legacyId}`,
      legacyId,
      handle,
      title: str(j.title) ?? handle,
      descriptionHtml: str(j.descriptionHtml) ?? '',
      _image: image(j.image, `collections/${name}`),
      _seo: seo(j.seo),
      updatedAt: str(j.updatedAt) ?? EPOCH,
      // "products": "all" is an automated collection of every product (by id), like the "All products"
      // collection merchants create so /collections/all can be filtered through the Storefront API.
      _productHandles: j.products === 'all' ? products.map((p) => p.handle) : arr(j.products).map(String),
      _metafields: metafields(j.metafields),
    });
  }
  collections.sort(byLegacyId);

  // ---- blogs & articles ---------------------------------------------------------------------
  const blogs: BlogRecord[] = [];
  const articles: ArticleRecord[] = [];
  for (const blogDir of listDir('blogs')) {
    const base = path.join(dir, 'blogs', blogDir);
    if (!isDirectory(base)) continue;
    const j = readJson(path.join(base, 'blog.json'), true);
    if (!isObject(j)) continue;
    const legacyId = int(j.id);
    if (!legacyId) {
      warn(`blogs/${blogDir}/blog.json: needs an id`);
      continue;
    }
    const policy = str(j.commentPolicy);
    const blog: BlogRecord = {
      __typename: 'Blog',
      id: `gid://shopify/Blog/${legacyId}`,
      legacyId,
      handle: str(j.handle) ?? blogDir,
      title: str(j.title) ?? blogDir,
      commentPolicy:
        policy === 'AUTO_PUBLISHED' || policy === 'CLOSED' ? policy : 'MODERATED',
      _seo: seo(j.seo),
      _metafields: metafields(j.metafields),
      _articles: [],
    };
    const articleDir = path.join('blogs', blogDir, 'articles');
    for (const name of listDir(articleDir, '.json')) {
      const a = readJson(path.join(dir, articleDir, name));
      if (!isObject(a)) continue;
      const aid = int(a.id);
      const handle = str(a.handle) ?? name.replace(/\.json$/, '');
      if (!aid) {
        warn(`${articleDir}/${name}: needs an id`);
        continue;
      }
      const body = readText(path.join(dir, articleDir, `${handle}.html`));
      if (body === undefined) warn(`missing ${articleDir}/${handle}.html`);
      else rememberBodyImages(body);
      const publishedAt = str(a.publishedAt) ?? EPOCH;
      const article: ArticleRecord = {
        __typename: 'Article',
        id: `gid://shopify/Article/${aid}`,
        legacyId: aid,
        handle,
        title: str(a.title) ?? handle,
        _author: author(a.author),
        publishedAt,
        _updatedAt: str(a.updatedAt) ?? publishedAt,
        tags: arr(a.tags).map(String),
        _excerptHtml: str(a.excerptHtml),
        _bodyHtml: body ?? '',
        _image: image(a.image, `${articleDir}/${name}`),
        _seo: seo(a.seo),
        _blog: blog,
        _metafields: metafields(a.metafields),
      };
      blog._articles.push(article);
      articles.push(article);
    }
    blog._articles.sort(byLegacyId);
    blogs.push(blog);
  }
  blogs.sort(byLegacyId);
  articles.sort(byLegacyId);

  // ---- pages --------------------------------------------------------------------------------
  const pages: PageRecord[] = [];
  for (const name of listDir('pages', '.json')) {
    const j = readJson(path.join(dir, 'pages', name));
    if (!isObject(j)) continue;
    const legacyId = int(j.id);
    const handle = str(j.handle) ?? name.replace(/\.json$/, '');
    if (!legacyId) {
      warn(`pages/${name}: needs an id`);
      continue;
    }
    const body = readText(path.join(dir, 'pages', `${handle}.html`));
    if (body === undefined) warn(`missing pages/${handle}.html`);
    else rememberBodyImages(body);
    const createdAt = str(j.createdAt) ?? EPOCH;
    pages.push({
      __typename: 'Page',
      id: `gid://shopify/Page/${legacyId}`,
      legacyId,
      handle,
      title: str(j.title) ?? handle,
      _bodyHtml: body ?? '',
      _bodySummary: str(j.bodySummary),
      _seo: seo(j.seo),
      createdAt,
      updatedAt: str(j.updatedAt) ?? createdAt,
      _metafields: metafields(j.metafields),
    });
  }
  pages.sort(byLegacyId);

  // ---- menus, redirects, comments, metaobjects ---------------------------------------------
  const menus = new Map<string, MenuSeed>();
  const menusJson = readJson(path.join(dir, 'menus.json'), true);
  if (isObject(menusJson)) {
    for (const [handle, m] of Object.entries(menusJson)) {
      if (!isObject(m)) continue;
      const legacyId = int(m.id);
      if (!legacyId) {
        warn(`menus.json: menu "${handle}" needs an id`);
        continue;
      }
      menus.set(handle, {
        legacyId,
        handle,
        title: str(m.title) ?? handle,
        items: menuItems(m.items),
      });
    }
  }

  const redirects: RedirectRecord[] = [];
  const redirectsJson = readJson(path.join(dir, 'redirects.json'));
  arr(redirectsJson).forEach((r, i) => {
    if (!isObject(r) || typeof r.path !== 'string' || typeof r.target !== 'string') {
      warn(`redirects.json[${i}]: needs path and target`);
      return;
    }
    const legacyId = int(r.id) ?? 9900 + i + 1;
    redirects.push({
      __typename: 'UrlRedirect',
      id: `gid://shopify/UrlRedirect/${legacyId}`,
      legacyId,
      path: r.path,
      target: r.target,
    });
  });

  const seedComments: CommentData[] = [];
  const commentsJson = readJson(path.join(dir, 'comments.json'));
  arr(commentsJson).forEach((c, i) => {
    if (!isObject(c)) return;
    const id = int(c.id);
    const status = str(c.status) as CommentStatus | null;
    if (!id || !str(c.blog) || !str(c.article) || !status || !COMMENT_STATUSES.includes(status)) {
      warn(`comments.json[${i}]: needs id, blog, article and a valid status`);
      return;
    }
    const a = isObject(c.author) ? c.author : {};
    seedComments.push({
      id,
      blog: str(c.blog)!,
      article: str(c.article)!,
      author: {name: str(a.name) ?? 'Anonymous', email: str(a.email) ?? ''},
      body: str(c.body) ?? '',
      status,
      createdAt: str(c.createdAt) ?? EPOCH,
      ip: str(c.ip),
      userAgent: str(c.userAgent),
    });
  });
  seedComments.sort((x, y) => x.id - y.id);

  // metaobjects.json (content README): either an array of entries (older format) or
  // {files, definitions, metafieldDefinitions, metaobjects}.
  const metaJson = readJson(path.join(dir, 'metaobjects.json'));
  const metaRoot: Json = Array.isArray(metaJson)
    ? {metaobjects: metaJson}
    : isObject(metaJson)
      ? metaJson
      : {};

  const files: FileData[] = [];
  arr(metaRoot.files).forEach((f, i) => {
    const id = isObject(f) ? int(f.id) : null;
    const ref = isObject(f) ? image(f, `metaobjects.json files[${i}]`) : null;
    if (!id || !ref) {
      warn(`metaobjects.json files[${i}]: needs id and file`);
      return;
    }
    files.push({id, image: ref, createdAt: (isObject(f) && str(f.createdAt)) || EPOCH});
  });

  const seedMetaobjectDefinitions: MetaobjectDefinitionData[] = [];
  arr(metaRoot.definitions).forEach((d, i) => {
    if (!isObject(d) || !int(d.id) || !str(d.type)) {
      warn(`metaobjects.json definitions[${i}]: needs id and type`);
      return;
    }
    const access = isObject(d.access) ? d.access : {};
    const caps = isObject(d.capabilities) ? d.capabilities : {};
    const enabled = (c: unknown) => isObject(c) && c.enabled === true;
    seedMetaobjectDefinitions.push({
      id: int(d.id)!,
      type: str(d.type)!,
      name: str(d.name) ?? str(d.type)!,
      description: str(d.description),
      displayNameKey: str(d.displayNameKey),
      fieldDefinitions: arr(d.fieldDefinitions)
        .filter(isObject)
        .map((f) => ({
          key: String(f.key),
          name: str(f.name) ?? String(f.key),
          description: str(f.description),
          type: str(f.type) ?? 'single_line_text_field',
          required: f.required === true,
          validations: validations(f.validations),
        })),
      access: {
        admin: str(access.admin) ?? 'PUBLIC_READ_WRITE',
        storefront: access.storefront === 'PUBLIC_READ' ? 'PUBLIC_READ' : 'NONE',
      },
      capabilities: {
        publishable: {enabled: enabled(caps.publishable)},
        translatable: {enabled: enabled(caps.translatable)},
      },
      createdAt: str(d.createdAt) ?? EPOCH,
      updatedAt: str(d.updatedAt) ?? str(d.createdAt) ?? EPOCH,
    });
  });

  const seedMetafieldDefinitions: MetafieldDefinitionData[] = [];
  arr(metaRoot.metafieldDefinitions).forEach((d, i) => {
    if (!isObject(d) || !int(d.id) || !str(d.key) || !str(d.ownerType) || !str(d.type)) {
      warn(`metaobjects.json metafieldDefinitions[${i}]: needs id, key, ownerType and type`);
      return;
    }
    const access = isObject(d.access) ? d.access : {};
    seedMetafieldDefinitions.push({
      id: int(d.id)!,
      name: str(d.name) ?? str(d.key)!,
      namespace: str(d.namespace) ?? 'custom',
      key: str(d.key)!,
      description: str(d.description),
      ownerType: str(d.ownerType)!,
      type: str(d.type)!,
      validations: validations(d.validations),
      access: {
        admin: str(access.admin) ?? 'PUBLIC_READ_WRITE',
        storefront: access.storefront === 'NONE' ? 'NONE' : 'PUBLIC_READ',
      },
      pinnedPosition: int(d.pinnedPosition),
    });
  });

  const seedMetaobjects: MetaobjectData[] = [];
  arr(metaRoot.metaobjects).forEach((m, i) => {
    if (!isObject(m) || !int(m.id) || !str(m.type) || !str(m.handle)) {
      warn(`metaobjects.json[${i}]: needs id, type and handle`);
      return;
    }
    const definition = seedMetaobjectDefinitions.find((d) => d.type === m.type);
    seedMetaobjects.push({
      id: int(m.id)!,
      type: str(m.type)!,
      handle: str(m.handle)!,
      status: m.status === 'DRAFT' ? 'DRAFT' : 'ACTIVE',
      updatedAt: str(m.updatedAt) ?? EPOCH,
      createdAt: str(m.createdAt) ?? str(m.updatedAt) ?? EPOCH,
      fields: arr(m.fields)
        .filter(isObject)
        .map((f) => ({
          key: String(f.key),
          type:
            str(f.type) ??
            definition?.fieldDefinitions.find((fd) => fd.key === f.key)?.type ??
            'single_line_text_field',
          value:
            f.value == null ? null : typeof f.value === 'string' ? f.value : JSON.stringify(f.value),
        })),
    });
  });

  // customers.json (optional): {baselineSubscribedCount, customers: [...]}.
  const customersJson = readJson(path.join(dir, 'customers.json'));
  const customersRoot: Json = isObject(customersJson) ? customersJson : {};
  const seedCustomers: CustomerData[] = [];
  arr(customersRoot.customers).forEach((c, i) => {
    if (!isObject(c) || !int(c.id)) {
      warn(`customers.json customers[${i}]: needs an id`);
      return;
    }
    const consent = isObject(c.emailMarketingConsent) ? c.emailMarketingConsent : null;
    const createdAt = str(c.createdAt) ?? EPOCH;
    seedCustomers.push({
      id: int(c.id)!,
      email: str(c.email),
      firstName: str(c.firstName),
      lastName: str(c.lastName),
      createdAt,
      updatedAt: str(c.updatedAt) ?? createdAt,
      emailMarketingConsent: consent
        ? {
            marketingState: (str(consent.marketingState) ?? 'NOT_SUBSCRIBED') as MarketingState,
            marketingOptInLevel: (str(consent.marketingOptInLevel) ??
              null) as NonNullable<CustomerData['emailMarketingConsent']>['marketingOptInLevel'],
            consentUpdatedAt: str(consent.consentUpdatedAt),
          }
        : null,
      tags: arr(c.tags).map(String),
    });
  });
  seedCustomers.sort((x, y) => x.id - y.id);
  const baselineSubscribedCount = Math.max(0, int(customersRoot.baselineSubscribedCount) ?? 0);

  const index: ContentIndex = {
    dir,
    shop,
    products,
    productsByHandle: new Map(products.map((p) => [p.handle, p])),
    productsById: new Map(products.map((p) => [p.legacyId, p])),
    variantsById,
    collections,
    collectionsByHandle: new Map(collections.map((c) => [c.handle, c])),
    collectionsById: new Map(collections.map((c) => [c.legacyId, c])),
    blogs,
    blogsByHandle: new Map(blogs.map((b) => [b.handle, b])),
    blogsById: new Map(blogs.map((b) => [b.legacyId, b])),
    articles,
    articlesById: new Map(articles.map((a) => [a.legacyId, a])),
    pages,
    pagesByHandle: new Map(pages.map((p) => [p.handle, p])),
    pagesById: new Map(pages.map((p) => [p.legacyId, p])),
    menus,
    policiesByHandle: new Map(policies.map((p) => [p.handle, p])),
    redirects,
    seedComments,
    seedMetaobjects,
    seedMetaobjectDefinitions,
    seedMetafieldDefinitions,
    files,
    seedCustomers,
    baselineSubscribedCount,
    imagesByFile,
    warnings,
  };
  checkDuplicates(index, warn);
  return index;

  // ---- helpers needing `warn` ---------------------------------------------------------------
  function author(value: unknown): AuthorSeed {
    const a = isObject(value) ? value : {};
    const name = str(a.name) ?? 'Staff';
    const [first, ...rest] = name.split(' ');
    return {
      name,
      firstName: str(a.firstName) ?? first ?? name,
      lastName: str(a.lastName) ?? rest.join(' '),
      email: str(a.email) ?? '',
      bio: str(a.bio),
    };
  }

  function menuItems(value: unknown): MenuItemSeed[] {
    return arr(value)
      .filter(isObject)
      .map((item) => ({
        title: str(item.title) ?? '',
        type: str(item.type) ?? 'HTTP',
        handle: str(item.handle) ?? undefined,
        blog: str(item.blog) ?? undefined,
        url: str(item.url) ?? undefined,
        tags: arr(item.tags).map(String),
        items: menuItems(item.items),
      }));
  }
}

function checkDuplicates(index: ContentIndex, warn: (m: string) => void) {
  const seen = new Map<string, string>();
  const check = (kind: string, list: {legacyId: number; handle?: string}[]) => {
    for (const item of list) {
      const key = `${kind}:${item.legacyId}`;
      if (seen.has(key)) warn(`duplicate ${kind} id ${item.legacyId}`);
      seen.set(key, item.handle ?? '');
    }
  };
  check('product', index.products);
  check('collection', index.collections);
  check('blog', index.blogs);
  check('article', index.articles);
  check('page', index.pages);
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function byLegacyId(a: {legacyId: number}, b: {legacyId: number}) {
  return a.legacyId - b.legacyId;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function int(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

function money(value: unknown): string | null {
  if (value == null) return null;
  const s = String(value);
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
}

function seo(value: unknown): SeoSeed {
  const s = isObject(value) ? value : {};
  return {title: str(s.title), description: str(s.description)};
}

function validations(value: unknown): ValidationData[] {
  return arr(value)
    .filter(isObject)
    .filter((v) => typeof v.name === 'string')
    .map((v) => ({
      name: String(v.name),
      value: typeof v.value === 'string' ? v.value : JSON.stringify(v.value ?? null),
    }));
}

function metafields(value: unknown): MetafieldSeed[] {
  return arr(value)
    .filter(isObject)
    .filter((m) => typeof m.key === 'string')
    .map((m) => ({
      namespace: str(m.namespace) ?? 'custom',
      key: String(m.key),
      type: str(m.type) ?? 'single_line_text_field',
      value: typeof m.value === 'string' ? m.value : JSON.stringify(m.value ?? null),
      description: str(m.description),
      createdAt: str(m.createdAt) ?? undefined,
      updatedAt: str(m.updatedAt) ?? undefined,
    }));
}
