/**
 * Tiny shape checks for the data folder's JSON files: each returns the first problem found, with the
 * path to it (`carts.hWN….lines[0].quantity: expected an integer, got "2"`), or null. They check what
 * the repositories rely on and allow extra keys, so files written by a newer emulator still load.
 */
export type Check = (value: unknown, path: string) => string | null;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const fail = (path: string, expected: string, value: unknown) => `${path}: expected ${expected}, got ${describe(value)}`;

export const str: Check = (v, p) => (typeof v === 'string' ? null : fail(p, 'a string', v));
export const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : fail(p, 'a number', v));
export const int: Check = (v, p) => (Number.isInteger(v) ? null : fail(p, 'an integer', v));
export const bool: Check = (v, p) => (typeof v === 'boolean' ? null : fail(p, 'true or false', v));
export const any: Check = () => null;

export const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null ? null : check(v, p);

/** A key that may be absent (old data folders) but, when present, has this shape. */
export const optional =
  (check: Check): Check =>
  (v, p) =>
    v === undefined ? null : check(v, p);

export const oneOf =
  (...values: string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? null : fail(p, `one of ${values.join(', ')}`, v);

export const date: Check = (v, p) =>
  typeof v === 'string' && Number.isFinite(Date.parse(v)) ? null : fail(p, 'an ISO 8601 date', v);

export const array =
  (item: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return fail(p, 'an array', v);
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object used as a map: every value has this shape. */
export const record =
  (value: Check): Check =>
  (v, p) => {
    if (!isPlainObject(v)) return fail(p, 'an object', v);
    for (const [k, item] of Object.entries(v)) {
      const problem = value(item, `${p}.${k}`);
      if (problem) return problem;
    }
    return null;
  };

export const object =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isPlainObject(v)) return fail(p, 'an object', v);
    for (const [k, check] of Object.entries(fields)) {
      const problem = check(v[k], `${p}.${k}`);
      if (problem) return problem;
    }
    return null;
  };
