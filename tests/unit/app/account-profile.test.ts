import {describe, expect, it} from 'vitest';
import {parseNameInput} from '~/lib/account/account.server';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('parseNameInput', () => {
  it('trims and collapses spaces, and allows empty names', () => {
    expect(parseNameInput(form({firstName: '  Robin  ', lastName: 'Trail   Runner '}))).toEqual({
      ok: true,
      firstName: 'Robin',
      lastName: 'Trail Runner',
    });
    expect(parseNameInput(form({}))).toEqual({ok: true, firstName: '', lastName: ''});
  });

  it('refuses names longer than Shopify keeps, handing back what fits', () => {
    const result = parseNameInput(form({firstName: 'x'.repeat(300), lastName: 'Trail'}));
    expect(result.ok).toBe(false);
    expect(result.firstName).toHaveLength(255);
    expect(result.lastName).toBe('Trail');
  });
});
