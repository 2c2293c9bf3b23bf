import fs from 'node:fs';
import path from 'node:path';

let counter = 0;

/** Writes JSON so that a crash never leaves a half-written file: temp file + fsync + rename. */
export function writeJsonAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  const tmp = `${file}.${process.pid}.${++counter}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, JSON.stringify(value, null, 2) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function readJsonFile<T>(file: string): T | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(raw) as T;
  } catch (error) {
    // Keep the unreadable file for inspection instead of silently overwriting it.
    const aside = `${file}.corrupt-${Date.now()}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      /* ignore */
    }
    console.warn(
      `[emulator] state: cannot parse ${file} (${(error as Error).message}); moved aside to ${aside}`,
    );
    return undefined;
  }
}
