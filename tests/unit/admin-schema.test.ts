/**
 * Codegen types the app's Admin API documents against admin.schema.graphql, a committed copy of the
 * emulator's Admin schema (the app may not import emulator/). If the emulator's schema changes and the
 * copy is not regenerated, the app's Admin types describe an API the emulator no longer serves.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {ADMIN_SDL_FILE, renderAdminSdl} from '../../scripts/lib/admin-sdl';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('admin.schema.graphql', () => {
  it('matches the emulator\'s Admin schema (run `npm run admin-schema` after changing it)', () => {
    const committed = readFileSync(path.join(ROOT, ADMIN_SDL_FILE), 'utf8');
    expect(committed).toBe(renderAdminSdl());
  });
});
