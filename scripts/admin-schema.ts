/**
 * Writes admin.schema.graphql: the schema `npm run codegen` types the app's Admin API documents with.
 * Run after changing emulator/src/admin/schema.ts.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ADMIN_SDL_FILE, renderAdminSdl} from './lib/admin-sdl';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, ADMIN_SDL_FILE), renderAdminSdl());
console.log(`Wrote ${ADMIN_SDL_FILE}`);
