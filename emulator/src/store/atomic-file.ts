import fs from 'node:fs';
import path from 'node:path';

let counter = 0;

/** Temp files of writeJsonAtomic: `<name>.json.<pid>.<n>.tmp`. */
const TEMP_FILE = /\.json\.\d+\.\d+\.tmp$/;

/**
 * Writes JSON so that a crash (even kill -9 or a power cut) never leaves a half-written file: the data goes
 * to a temp file that is fsynced, then renamed over the old file (atomic on POSIX), then the folder is
 * fsynced so the rename itself is durable. A reader sees the old file or the new one, never a mix. The
 * caller answers the request only after this returns, so an acknowledged write is on disk.
 */
export function writeJsonAtomic(file: string, value: unknown): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, {recursive: true});
  const tmp = `${file}.${process.pid}.${++counter}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, JSON.stringify(value, null, 2) + '\n');
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(tmp, {force: true});
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  syncDirectory(dir);
}

function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Deletes temp files a killed process left behind (never a data file: those are only ever renamed in). */
export function removeStaleTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => TEMP_FILE.test(name));
  for (const name of stale) fs.rmSync(path.join(dir, name), {force: true});
  return stale;
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
