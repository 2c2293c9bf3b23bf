/**
 * Data folder files: a file that does not parse is moved aside with a timestamp and a clear message, and the
 * emulator starts without that data; a file that parses but has the wrong shape stops start-up with a message
 * naming the file and the problem (so nothing overwrites it).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DataFileError} from '../../../emulator/src/store/state-store';
import {makeContent, makeEmulator, tempDir} from './helpers';

function dataDirWith(files: Record<string, string>): string {
  const dir = tempDir('data-files');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const VALID_CART = {
  token: 'hWNkept',
  key: 'k',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: new Date().toISOString(),
  lines: [{id: 'l1', merchandiseId: 2001, quantity: 2, attributes: []}],
  note: null,
  attributes: [],
  discountCodes: [],
  buyerIdentity: {countryCode: null, email: null, phone: null},
  metafields: [],
};

describe('corrupt data files', () => {
  it.each(['carts.json', 'comments.json', 'customers.json'])(
    'moves a half-written %s aside with a timestamp, says so, and starts empty',
    (file) => {
      const dataDir = dataDirWith({[file]: '{"truncated": [1, 2'});
      const logs: string[] = [];
      const emu = makeEmulator({dataDir, log: (m) => logs.push(m)});

      const left = fs.readdirSync(dataDir);
      expect(left).not.toContain(file);
      const aside = left.find((name) => name.startsWith(`${file}.corrupt-`));
      expect(aside).toMatch(/\.corrupt-\d{8}T\d{9}Z$/);
      expect(fs.readFileSync(path.join(dataDir, aside!), 'utf8')).toBe('{"truncated": [1, 2');
      expect(logs.join('\n')).toContain(`data file ${path.join(dataDir, file)} is not valid JSON`);
      expect(logs.join('\n')).toContain(`moved it aside to ${aside}`);

      // Empty data, and writable again.
      expect(emu.comments.list({status: 'published'}).every((c) => c.id < 7005)).toBe(true);
      const cart = emu.carts.save(emu.carts.create());
      expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'carts.json'), 'utf8'))).toHaveProperty(cart.token);
    },
  );
});

describe('data files of the wrong shape', () => {
  const contentDir = makeContent();
  const start = (files: Record<string, string>) => {
    const dataDir = dataDirWith(files);
    let error: unknown;
    try {
      makeEmulator({contentDir, dataDir});
    } catch (e) {
      error = e;
    }
    return {error, dataDir};
  };

  it('refuses a cart whose quantity is a string, naming the file and the field', () => {
    const bad = {...VALID_CART, lines: [{...VALID_CART.lines[0], quantity: '2'}]};
    const {error, dataDir} = start({'carts.json': JSON.stringify({hWNkept: bad})});
    expect(error).toBeInstanceOf(DataFileError);
    const message = (error as Error).message;
    expect(message).toContain(path.join(dataDir, 'carts.json'));
    expect(message).toContain('carts.hWNkept.lines[0].quantity: expected an integer, got "2"');
    expect(message).toMatch(/move it out of the data folder/);
    // Refused, not replaced: the file is untouched.
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'carts.json'), 'utf8'))).toEqual({hWNkept: bad});
  });

  it('refuses a comments file that is a list instead of an object', () => {
    const {error} = start({'comments.json': '[]'});
    expect((error as Error).message).toContain('comments: expected an object, got an array');
  });

  it('refuses an unknown comment status and a customer without tags', () => {
    const comments = {created: [], status: {'7001': 'hidden'}};
    expect((start({'comments.json': JSON.stringify(comments)}).error as Error).message).toContain(
      'comments.status.7001: expected one of published, pending, unapproved, spam, removed, got "hidden"',
    );
    const customer = {id: 1, email: 'a@example.com', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', emailMarketingConsent: null};
    expect((start({'customers.json': JSON.stringify({customers: [customer]})}).error as Error).message).toContain(
      'customers.customers[0].tags: expected an array, got undefined',
    );
  });

  it('loads well-formed files, including ones with extra keys from a newer emulator', () => {
    const dataDir = dataDirWith({
      'carts.json': JSON.stringify({hWNkept: {...VALID_CART, futureField: true}}),
      'comments.json': JSON.stringify({created: [], status: {'7002': 'published'}}),
    });
    const emu = makeEmulator({contentDir, dataDir});
    expect(emu.carts.get('hWNkept')?.lines[0]?.quantity).toBe(2);
    expect(emu.comments.get(7002)?.status).toBe('published');
  });
});

describe('leftovers of a crash', () => {
  it('deletes an unfinished temp file and keeps the last complete data file', () => {
    const dataDir = dataDirWith({
      'carts.json': JSON.stringify({hWNkept: VALID_CART}),
      'carts.json.4242.7.tmp': '{"hWNhalf": {"token": "hWNha',
    });
    const logs: string[] = [];
    const emu = makeEmulator({dataDir, log: (m) => logs.push(m)});
    expect(fs.readdirSync(dataDir)).toEqual(['carts.json']);
    expect(emu.carts.get('hWNkept')).toBeDefined();
    expect(logs.join('\n')).toContain('removed 1 unfinished temp file(s)');
  });
});
