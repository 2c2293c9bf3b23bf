import type {ContentIndex} from './types';

/**
 * Merges a second content folder (EMULATOR_EXTRA_CONTENT) into the seed content, for test
 * fixtures such as tests/fixtures/extra-content/. Its products, collections, blogs (with their
 * articles) and pages are reachable by handle and id only: they are never added to the lists
 * behind `products`, `collections`, `blogs`, `articles`, `pages`, search or the sitemap, so every
 * other test sees the same shop. Its policies replace the seed policy of the same type (a fixture
 * picks a policy type the seed shop does not use).
 */
export function mergeExtraContent(base: ContentIndex, extra: ContentIndex): ContentIndex {
  const merged: ContentIndex = {
    ...base,
    productsByHandle: new Map(base.productsByHandle),
    productsById: new Map(base.productsById),
    variantsById: new Map(base.variantsById),
    collectionsByHandle: new Map(base.collectionsByHandle),
    collectionsById: new Map(base.collectionsById),
    blogsByHandle: new Map(base.blogsByHandle),
    blogsById: new Map(base.blogsById),
    articlesById: new Map(base.articlesById),
    pagesByHandle: new Map(base.pagesByHandle),
    pagesById: new Map(base.pagesById),
    policiesByHandle: new Map(base.policiesByHandle),
    imagesByFile: new Map(base.imagesByFile),
    warnings: [...base.warnings, ...extra.warnings],
  };
  const clash = (kind: string, taken: boolean, key: string | number) => {
    if (taken) merged.warnings.push(`extra content: ${kind} ${key} already exists, the seed one is kept`);
    return taken;
  };

  for (const product of extra.products) {
    if (clash('product', merged.productsByHandle.has(product.handle) || merged.productsById.has(product.legacyId), product.handle)) continue;
    merged.productsByHandle.set(product.handle, product);
    merged.productsById.set(product.legacyId, product);
    for (const variant of product._variants) merged.variantsById.set(variant.legacyId, variant);
  }
  for (const collection of extra.collections) {
    if (clash('collection', merged.collectionsByHandle.has(collection.handle) || merged.collectionsById.has(collection.legacyId), collection.handle)) continue;
    merged.collectionsByHandle.set(collection.handle, collection);
    merged.collectionsById.set(collection.legacyId, collection);
  }
  for (const blog of extra.blogs) {
    if (clash('blog', merged.blogsByHandle.has(blog.handle) || merged.blogsById.has(blog.legacyId), blog.handle)) continue;
    merged.blogsByHandle.set(blog.handle, blog);
    merged.blogsById.set(blog.legacyId, blog);
    for (const article of blog._articles) merged.articlesById.set(article.legacyId, article);
  }
  for (const page of extra.pages) {
    if (clash('page', merged.pagesByHandle.has(page.handle) || merged.pagesById.has(page.legacyId), page.handle)) continue;
    merged.pagesByHandle.set(page.handle, page);
    merged.pagesById.set(page.legacyId, page);
  }
  const extraPolicies = extra.shop._policies;
  if (extraPolicies.length) {
    const types = new Set(extraPolicies.map((policy) => policy.type));
    merged.shop = {...base.shop, _policies: [...base.shop._policies.filter((policy) => !types.has(policy.type)), ...extraPolicies]};
    for (const policy of extraPolicies) merged.policiesByHandle.set(policy.handle, policy);
  }
  for (const [file, image] of extra.imagesByFile) if (!merged.imagesByFile.has(file)) merged.imagesByFile.set(file, image);
  return merged;
}
