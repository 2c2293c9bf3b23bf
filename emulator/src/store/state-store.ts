import path from 'node:path';
import {readJsonFile, removeStaleTempFiles, writeJsonAtomic} from './atomic-file';
import type {Check} from './shape';

/** A data file that parses but does not have the shape its repository needs: the emulator refuses to start. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(
      `[emulator] data file ${file} has the wrong shape (${problem}). ` +
        'Fix it, or move it out of the data folder to start without that data.',
    );
    this.name = 'DataFileError';
  }
}

/**
 * Mutable, persisted state (what users create: carts, comments, …). Each section lives in its own
 * JSON file in the data folder (`<dataDir>/<section>.json`), is loaded once, and is written
 * atomically after every mutation, so it survives restarts (and a kill -9 mid-write). Seed content is
 * never written.
 *
 * Repositories `define` their section's shape; `loadAll` (at start-up) reads every defined section, so a
 * file of the wrong shape stops the emulator with a message naming the file and the problem, before a
 * later write could overwrite it. An unparsable file is moved aside (see readJsonFile) and the section
 * starts empty.
 */
export class StateStore {
  private readonly sections = new Map<string, unknown>();
  private readonly checks = new Map<string, Check>();

  constructor(
    readonly dataDir: string,
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {}

  private file(section: string) {
    return path.join(this.dataDir, `${section}.json`);
  }

  /** Declares a section's shape; checked whenever its file is loaded. */
  define(section: string, check: Check): void {
    this.checks.set(section, check);
  }

  /** Loads every defined section now (start-up), so problems surface at once. */
  loadAll(): void {
    const stale = removeStaleTempFiles(this.dataDir);
    if (stale.length) this.log(`[emulator] removed ${stale.length} unfinished temp file(s) from an earlier crash in ${this.dataDir}`);
    for (const section of this.checks.keys()) this.read(section, () => undefined);
  }

  /** Current value of a section (do not mutate it outside `update`). */
  read<T>(section: string, initial: () => T): T {
    if (!this.sections.has(section)) {
      const file = this.file(section);
      const loaded = readJsonFile<T>(file, this.log);
      const check = this.checks.get(section);
      if (loaded !== undefined && check) {
        const problem = check(loaded, section);
        if (problem) throw new DataFileError(file, problem);
      }
      if (loaded !== undefined) this.sections.set(section, loaded);
      else {
        const fresh = initial();
        if (fresh === undefined) return fresh; // loadAll's probe: nothing stored, nothing to cache
        this.sections.set(section, fresh);
      }
    }
    return this.sections.get(section) as T;
  }

  /** Mutates a section in place and persists it. */
  update<T, R>(section: string, initial: () => T, mutate: (value: T) => R): R {
    const value = this.read(section, initial);
    const result = mutate(value);
    writeJsonAtomic(this.file(section), value);
    return result;
  }
}
