import type {AdminContext} from './context';
import {ownersOfType, ownerTypeOf, referenceResolver} from './nodes';
import {checkValue, isKnownType} from './values';

/**
 * Start-up check of the seed metadata against its definitions (unknown keys, invalid values, broken
 * references, missing required fields), reported as content warnings like the loader's own.
 */
export function checkSeedMetadata(ctx: AdminContext, warn: (message: string) => void): void {
  const resolve = referenceResolver(ctx);
  const {content} = ctx;
  for (const d of content.seedMetaobjectDefinitions) {
    for (const fd of d.fieldDefinitions) {
      if (!isKnownType(fd.type)) warn(`metaobjects.json definition ${d.type}: field ${fd.key} has unknown type ${fd.type}`);
    }
  }
  for (const m of content.seedMetaobjects) {
    const definition = content.seedMetaobjectDefinitions.find((d) => d.type === m.type);
    if (!definition) continue;
    const where = `metaobjects.json ${m.type}/${m.handle}`;
    for (const f of m.fields) {
      const fd = definition.fieldDefinitions.find((x) => x.key === f.key);
      if (!fd) {
        warn(`${where}: field ${f.key} is not in the ${m.type} definition`);
        continue;
      }
      if (f.value == null) continue;
      const result = checkValue(fd.type, f.value, fd.validations, resolve);
      if (!result.ok) warn(`${where}: ${f.key}: ${result.message}`);
    }
    for (const fd of definition.fieldDefinitions) {
      if (fd.required && !m.fields.some((f) => f.key === fd.key && f.value)) warn(`${where}: required field ${fd.key} is missing`);
    }
  }
  for (const d of content.seedMetafieldDefinitions) {
    for (const owner of ownersOfType(ctx, d.ownerType)) {
      for (const m of owner._metafields ?? []) {
        if (m.namespace !== d.namespace || m.key !== d.key) continue;
        const where = `${ownerTypeOf(owner.id)?.toLowerCase()} ${owner.id} metafield ${m.namespace}.${m.key}`;
        if (m.type !== d.type) warn(`${where}: type ${m.type} differs from its definition (${d.type})`);
        const result = checkValue(d.type, m.value, d.validations, resolve);
        if (!result.ok) warn(`${where}: ${result.message}`);
      }
    }
  }
}
