/**
 * Metafield / metaobject field types: which ones the emulator knows, how a value is validated and
 * how it is normalised before it is stored (the same rules for metafieldsSet and metaobject writes,
 * and for checking seed content at start-up).
 */
import type {ValidationData} from '../content/types';
import {parseGid} from '../storefront/gid';

/** What a reference GID points at, or null when nothing exists there. */
export interface ReferenceTarget {
  typename: string;
  /** Metaobjects: the numeric id of their definition (for metaobject_definition_id validations). */
  definitionId?: number | null;
}

export type ReferenceResolver = (gid: string) => ReferenceTarget | null;

export type ValueResult = {ok: true; value: string} | {ok: false; message: string};

const REFERENCE_TYPES: Record<string, string[]> = {
  product_reference: ['Product'],
  variant_reference: ['ProductVariant'],
  collection_reference: ['Collection'],
  page_reference: ['Page'],
  file_reference: ['MediaImage', 'GenericFile', 'Video'],
  metaobject_reference: ['Metaobject'],
  mixed_reference: ['Metaobject'],
};

const SCALAR_TYPES = new Set([
  'single_line_text_field',
  'multi_line_text_field',
  'url',
  'boolean',
  'date',
  'date_time',
  'number_integer',
  'number_decimal',
  'json',
  'color',
]);

const LIST_BASES = new Set([
  'single_line_text_field',
  'url',
  'date',
  'date_time',
  'number_integer',
  'number_decimal',
  'color',
  ...Object.keys(REFERENCE_TYPES),
]);

/** Whether `type` is a metafield type the emulator implements (e.g. `list.metaobject_reference`). */
export function isKnownType(type: string): boolean {
  if (type.startsWith('list.')) return LIST_BASES.has(type.slice(5));
  return SCALAR_TYPES.has(type) || type in REFERENCE_TYPES;
}

/** Shopify's type categories (MetafieldDefinitionType.category). */
export function typeCategory(type: string): string {
  const base = type.replace(/^list\./, '');
  if (base.endsWith('_reference')) return 'REFERENCE';
  if (base.startsWith('number_')) return 'NUMBER';
  if (base === 'date' || base === 'date_time') return 'DATE_TIME';
  if (base === 'boolean') return 'TRUE_FALSE';
  if (base === 'url') return 'URL';
  if (base === 'json') return 'JSON';
  if (base === 'color') return 'COLOR';
  return 'TEXT';
}

/** Validation value type as Shopify reports it (MetafieldDefinitionValidation.type). */
export function validationType(name: string): string {
  if (name === 'choices' || name === 'metaobject_definition_ids' || name === 'file_type_options') {
    return 'json';
  }
  if (name === 'metaobject_definition_id') return 'metaobject_definition_reference';
  if (name === 'regex') return 'single_line_text_field';
  return 'number_integer';
}

function validation(validations: ValidationData[], name: string): string | undefined {
  return validations.find((v) => v.name === name)?.value;
}

function parseJsonArray(raw: string | undefined): unknown[] | null {
  if (raw == null) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const URL_SCHEMES = ['https:', 'http:', 'mailto:', 'sms:', 'tel:'];

/** date_time: ISO 8601; a value without a zone is read as UTC. Stored as YYYY-MM-DDTHH:MM:SSZ. */
export function normalizeDateTime(raw: string): string | null {
  const value = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(value)) {
    return null;
  }
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  const time = Date.parse(withZone);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function checkScalar(
  base: string,
  raw: string,
  validations: ValidationData[],
  resolve: ReferenceResolver,
): ValueResult {
  const fail = (message: string): ValueResult => ({ok: false, message});
  const textLength = (value: string): ValueResult => {
    const min = Number(validation(validations, 'min') ?? NaN);
    const max = Number(validation(validations, 'max') ?? NaN);
    if (!Number.isNaN(min) && value.length < min) return fail(`Value must be at least ${min} characters.`);
    if (!Number.isNaN(max) && value.length > max) return fail(`Value must be at most ${max} characters.`);
    const regex = validation(validations, 'regex');
    if (regex) {
      try {
        if (!new RegExp(regex).test(value)) return fail(`Value does not match the pattern ${regex}.`);
      } catch {
        /* an invalid pattern in the definition is not the value's fault */
      }
    }
    return {ok: true, value};
  };

  if (base in REFERENCE_TYPES) {
    const parsed = parseGid(raw);
    const target = parsed ? resolve(raw) : null;
    const allowed = REFERENCE_TYPES[base]!;
    const noun = base.replace(/_reference$/, '').replace('mixed', 'metaobject').replace('variant', 'product variant');
    if (!parsed || !target || !allowed.includes(target.typename)) {
      return fail(`Value must be a valid ${noun} reference: ${raw} does not exist.`);
    }
    if (base === 'file_reference') {
      const options = parseJsonArray(validation(validations, 'file_type_options'));
      if (options?.length && options.includes('Image') && target.typename !== 'MediaImage') {
        return fail('Value must reference a file of type: Image.');
      }
    }
    if (base === 'metaobject_reference') {
      const wanted = validation(validations, 'metaobject_definition_id');
      if (wanted && target.definitionId != null && parseGid(wanted)?.id !== String(target.definitionId)) {
        return fail('Value references a metaobject of a different definition.');
      }
    }
    if (base === 'mixed_reference') {
      const wanted = parseJsonArray(validation(validations, 'metaobject_definition_ids'));
      if (
        wanted?.length &&
        !wanted.some((w) => typeof w === 'string' && parseGid(w)?.id === String(target.definitionId))
      ) {
        return fail('Value references a metaobject of a definition that is not allowed.');
      }
    }
    return {ok: true, value: raw};
  }

  switch (base) {
    case 'single_line_text_field': {
      if (/[\r\n]/.test(raw)) return fail('Value must be a single line text string.');
      const choices = parseJsonArray(validation(validations, 'choices'));
      if (choices?.length && !choices.includes(raw)) {
        return fail(`Value does not exist in provided choices: ${JSON.stringify(choices)}.`);
      }
      return textLength(raw);
    }
    case 'multi_line_text_field':
      return textLength(raw);
    case 'url': {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return fail('Value must be a valid URL with one of these schemes: https, http, mailto, sms, tel.');
      }
      if (!URL_SCHEMES.includes(url.protocol)) {
        return fail('Value must be a valid URL with one of these schemes: https, http, mailto, sms, tel.');
      }
      return {ok: true, value: raw};
    }
    case 'boolean': {
      const lower = raw.trim().toLowerCase();
      if (lower !== 'true' && lower !== 'false') return fail('Value must be true or false.');
      return {ok: true, value: lower};
    }
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
        return fail('Value must be in YYYY-MM-DD format.');
      }
      return {ok: true, value: raw};
    }
    case 'date_time': {
      const value = normalizeDateTime(raw);
      if (!value) return fail('Value must be in YYYY-MM-DDTHH:MM:SS format.');
      return {ok: true, value};
    }
    case 'number_integer': {
      if (!/^-?\d+$/.test(raw.trim())) return fail('Value must be an integer.');
      return {ok: true, value: String(Number(raw))};
    }
    case 'number_decimal': {
      if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) return fail('Value must be a decimal number.');
      return {ok: true, value: raw.trim()};
    }
    case 'color': {
      if (!/^#[0-9a-f]{6}$/i.test(raw)) return fail('Value must be a hex color, like #1f4d3a.');
      return {ok: true, value: raw.toLowerCase()};
    }
    case 'json': {
      try {
        return {ok: true, value: JSON.stringify(JSON.parse(raw))};
      } catch {
        return fail('Value must be valid JSON.');
      }
    }
    default:
      return fail(`Type ${base} is not supported.`);
  }
}

/**
 * Validates and normalises one value for a metafield type. Lists are JSON arrays of the base type's
 * values (`["gid://shopify/Metaobject/1", …]`).
 */
export function checkValue(
  type: string,
  raw: string,
  validations: ValidationData[],
  resolve: ReferenceResolver,
): ValueResult {
  if (!isKnownType(type)) return {ok: false, message: `Type ${type} is not supported.`};
  if (!type.startsWith('list.')) return checkScalar(type, raw, validations, resolve);
  const items = parseJsonArray(raw);
  if (!items) return {ok: false, message: 'Value must be a JSON array.'};
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      return {ok: false, message: 'Value must be a JSON array of strings.'};
    }
    const result = checkScalar(type.slice(5), String(item), validations, resolve);
    if (!result.ok) return result;
    out.push(result.value);
  }
  const max = Number(validation(validations, 'list.max') ?? NaN);
  if (!Number.isNaN(max) && out.length > max) {
    return {ok: false, message: `Value must have at most ${max} items.`};
  }
  return {ok: true, value: JSON.stringify(out)};
}

/** `jsonValue` as Shopify returns it: parsed JSON for lists and json, native booleans and numbers. */
export function jsonValue(type: string, value: string | null): unknown {
  if (value == null) return null;
  if (type.startsWith('list.') || type === 'json') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  if (type === 'boolean') return value === 'true';
  if (type === 'number_integer') return Number(value);
  return value;
}
