import type {MetafieldSeed, MetaobjectData} from '../content/types';
import type {StateStore} from './state-store';

interface MetadataSection {
  /** Owner GID → metafields written after start-up (they win over seed values by namespace+key). */
  metafields: Record<string, MetafieldSeed[]>;
  /** Metaobjects written after start-up (they win over seed entries by type+handle). */
  metaobjects: MetaobjectData[];
}

const SECTION = 'metadata';
const initial = (): MetadataSection => ({metafields: {}, metaobjects: []});

/** Metafields and metaobjects: seed content merged with persisted writes (for later Admin API work). */
export class MetadataRepository {
  constructor(
    private readonly seedMetaobjects: MetaobjectData[],
    private readonly state: StateStore,
  ) {}

  metafieldsFor(ownerGid: string, seed: MetafieldSeed[]): MetafieldSeed[] {
    const written = this.state.read(SECTION, initial).metafields[ownerGid] ?? [];
    if (written.length === 0) return seed;
    const key = (m: MetafieldSeed) => `${m.namespace}.${m.key}`;
    const merged = new Map(seed.map((m) => [key(m), m]));
    for (const m of written) merged.set(key(m), m);
    return [...merged.values()];
  }

  setMetafield(ownerGid: string, metafield: MetafieldSeed): void {
    this.state.update(SECTION, initial, (section) => {
      const list = (section.metafields[ownerGid] ??= []);
      const i = list.findIndex(
        (m) => m.namespace === metafield.namespace && m.key === metafield.key,
      );
      if (i >= 0) list[i] = metafield;
      else list.push(metafield);
    });
  }

  metaobjects(): MetaobjectData[] {
    const written = this.state.read(SECTION, initial).metaobjects;
    const key = (m: MetaobjectData) => `${m.type}/${m.handle}`;
    const merged = new Map(this.seedMetaobjects.map((m) => [key(m), m]));
    for (const m of written) merged.set(key(m), m);
    return [...merged.values()].sort((a, b) => a.id - b.id);
  }

  upsertMetaobject(metaobject: Omit<MetaobjectData, 'id'> & {id?: number}): MetaobjectData {
    const existing = this.metaobjects().find(
      (m) => m.type === metaobject.type && m.handle === metaobject.handle,
    );
    const id =
      metaobject.id ??
      existing?.id ??
      Math.max(10000, ...this.metaobjects().map((m) => m.id)) + 1;
    const record: MetaobjectData = {...metaobject, id};
    this.state.update(SECTION, initial, (section) => {
      const i = section.metaobjects.findIndex(
        (m) => m.type === record.type && m.handle === record.handle,
      );
      if (i >= 0) section.metaobjects[i] = record;
      else section.metaobjects.push(record);
    });
    return record;
  }
}
