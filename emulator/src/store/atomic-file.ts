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

/** `20261129T020700123Z`: sortable, and safe in file names everywhere. */
function fileTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/**
 * Reads a JSON data file; undefined when it does not exist. A file that does not parse (a crash of an
 * older version, a hand edit gone wrong) is moved aside as `<file>.corrupt-<timestamp>` (kept for
 * inspection, never overwritten) and undefined is returned, so the caller starts with empty data.
 */
export function readJsonFile<T>(file: string, log: (message: string) => void = (m) => console.warn(m)): T | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(raw) as T;
  } catch (error) {
    const aside = `${file}.corrupt-${fileTimestamp()}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      /* ignore: the message below still says what happened */
    }
    log(
      `[emulator] data file ${file} is not valid JSON (${(error as Error).message}); ` +
        `moved it aside to ${path.basename(aside)} and starting with empty data for it.`,
    );
    return undefined;
  }
}
