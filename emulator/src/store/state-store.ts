import path from 'node:path';
import {readJsonFile, writeJsonAtomic} from './atomic-file';

/**
 * Mutable, persisted state (what users create: carts, comments, …). Each section lives in its own
 * JSON file in the data folder (`<dataDir>/<section>.json`), is loaded lazily once, and is written
 * atomically after every mutation, so it survives restarts. Seed content is never written.
 */
export class StateStore {
  private readonly sections = new Map<string, unknown>();

  constructor(readonly dataDir: string) {}

  private file(section: string) {
    return path.join(this.dataDir, `${section}.json`);
  }

  /** Current value of a section (do not mutate it outside `update`). */
  read<T>(section: string, initial: () => T): T {
    if (!this.sections.has(section)) {
      const loaded = readJsonFile<T>(this.file(section));
      this.sections.set(section, loaded ?? initial());
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
