import type {
  MetafieldDefinitionData,
  MetafieldSeed,
  MetaobjectData,
  MetaobjectDefinitionData,
} from '../content/types';
import {any, array, int, object, optional, record, str} from './shape';
import type {StateStore} from './state-store';

interface MetadataSection {
  /** Owner GID → metafields written after start-up (they win over seed values by namespace+key). */
  metafields: Record<string, MetafieldSeed[]>;
  /** Owner GID → "namespace.key" of metafields deleted after start-up (hides seed values too). */
  deletedMetafields?: Record<string, string[]>;
  /** Metaobjects written after start-up (they win over seed entries with the same id). */
  metaobjects: MetaobjectData[];
  /** Ids of metaobjects deleted after start-up (seed or written). */
  deletedMetaobjects?: number[];
  /** Metaobject definitions created after start-up. */
  definitions?: MetaobjectDefinitionData[];
  /** Metafield definitions created after start-up. */
  metafieldDefinitions?: MetafieldDefinitionData[];
}

const SECTION = 'metadata';
const initial = (): MetadataSection => ({metafields: {}, metaobjects: []});
const SHAPE = object({
  metafields: record(array(object({namespace: str, key: str}))),
  deletedMetafields: optional(record(array(str))),
  metaobjects: array(object({id: int, type: str, handle: str, fields: array(object({key: str}))})),
  deletedMetaobjects: optional(array(int)),
  definitions: optional(array(object({type: str}))),
  metafieldDefinitions: optional(array(any)),
});
const mfKey = (m: {namespace: string; key: string}) => `${m.namespace}.${m.key}`;

export interface MetadataSeed {
  metaobjects: MetaobjectData[];
  definitions?: MetaobjectDefinitionData[];
  metafieldDefinitions?: MetafieldDefinitionData[];
}

/**
 * Metafields, metaobjects and their definitions: seed content merged with persisted writes (Admin
 * API). The Storefront resolvers and the Admin API read the same repository, so a write is visible
 * at once on both sides.
 */
export class MetadataRepository {
  private readonly seed: Required<MetadataSeed>;

  constructor(seed: MetaobjectData[] | MetadataSeed, private readonly state: StateStore) {
    state.define(SECTION, SHAPE);
    const s = Array.isArray(seed) ? {metaobjects: seed} : seed;
    this.seed = {
      metaobjects: s.metaobjects,
      definitions: s.definitions ?? [],
      metafieldDefinitions: s.metafieldDefinitions ?? [],
    };
  }

  private section(): MetadataSection {
    return this.state.read(SECTION, initial);
  }

  // ---- metafields ---------------------------------------------------------------------------

  metafieldsFor(ownerGid: string, seed: MetafieldSeed[]): MetafieldSeed[] {
    const section = this.section();
    const written = section.metafields[ownerGid] ?? [];
    const deleted = new Set(section.deletedMetafields?.[ownerGid] ?? []);
    if (written.length === 0 && deleted.size === 0) return seed;
    const merged = new Map(seed.map((m) => [mfKey(m), m]));
    for (const key of deleted) merged.delete(key);
    for (const m of written) merged.set(mfKey(m), m);
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
      const deleted = section.deletedMetafields?.[ownerGid];
      if (deleted) {
        section.deletedMetafields![ownerGid] = deleted.filter((k) => k !== mfKey(metafield));
      }
    });
  }

  deleteMetafield(ownerGid: string, namespace: string, key: string): void {
    this.state.update(SECTION, initial, (section) => {
      const list = section.metafields[ownerGid];
      if (list) {
        section.metafields[ownerGid] = list.filter(
          (m) => !(m.namespace === namespace && m.key === key),
        );
      }
      const deleted = ((section.deletedMetafields ??= {})[ownerGid] ??= []);
      if (!deleted.includes(`${namespace}.${key}`)) deleted.push(`${namespace}.${key}`);
    });
  }

  // ---- metaobjects ---------------------------------------------------------------------------

  metaobjects(): MetaobjectData[] {
    const section = this.section();
    const deleted = new Set(section.deletedMetaobjects ?? []);
    const merged = new Map(this.seed.metaobjects.map((m) => [m.id, m]));
    for (const m of section.metaobjects) merged.set(m.id, m);
    for (const id of deleted) merged.delete(id);
    return [...merged.values()].sort((a, b) => a.id - b.id);
  }

  metaobject(id: number): MetaobjectData | undefined {
    return this.metaobjects().find((m) => m.id === id);
  }

  metaobjectByHandle(type: string, handle: string): MetaobjectData | undefined {
    return this.metaobjects().find((m) => m.type === type && m.handle === handle);
  }

  nextMetaobjectId(): number {
    const section = this.section();
    return (
      Math.max(
        10000,
        ...this.seed.metaobjects.map((m) => m.id),
        ...section.metaobjects.map((m) => m.id),
        ...(section.deletedMetaobjects ?? []),
      ) + 1
    );
  }

  /** Writes a metaobject; without an id it takes the id of the entry with the same type+handle. */
  upsertMetaobject(metaobject: Omit<MetaobjectData, 'id'> & {id?: number}): MetaobjectData {
    const existing = this.metaobjectByHandle(metaobject.type, metaobject.handle);
    const id = metaobject.id ?? existing?.id ?? this.nextMetaobjectId();
    const record: MetaobjectData = {...metaobject, id};
    this.state.update(SECTION, initial, (section) => {
      const i = section.metaobjects.findIndex((m) => m.id === record.id);
      if (i >= 0) section.metaobjects[i] = record;
      else section.metaobjects.push(record);
      if (section.deletedMetaobjects) {
        section.deletedMetaobjects = section.deletedMetaobjects.filter((d) => d !== record.id);
      }
    });
    return record;
  }

  deleteMetaobject(id: number): boolean {
    if (!this.metaobject(id)) return false;
    this.state.update(SECTION, initial, (section) => {
      section.metaobjects = section.metaobjects.filter((m) => m.id !== id);
      (section.deletedMetaobjects ??= []).push(id);
    });
    return true;
  }

  // ---- definitions ---------------------------------------------------------------------------

  definitions(): MetaobjectDefinitionData[] {
    const merged = new Map(this.seed.definitions.map((d) => [d.id, d]));
    for (const d of this.section().definitions ?? []) merged.set(d.id, d);
    return [...merged.values()].sort((a, b) => a.id - b.id);
  }

  definitionByType(type: string): MetaobjectDefinitionData | undefined {
    return this.definitions().find((d) => d.type === type);
  }

  saveDefinition(definition: Omit<MetaobjectDefinitionData, 'id'> & {id?: number}): MetaobjectDefinitionData {
    const id =
      definition.id ?? Math.max(12000, ...this.definitions().map((d) => d.id)) + 1;
    const record: MetaobjectDefinitionData = {...definition, id};
    this.state.update(SECTION, initial, (section) => {
      const list = (section.definitions ??= []);
      const i = list.findIndex((d) => d.id === id);
      if (i >= 0) list[i] = record;
      else list.push(record);
    });
    return record;
  }

  metafieldDefinitions(): MetafieldDefinitionData[] {
    const merged = new Map(this.seed.metafieldDefinitions.map((d) => [d.id, d]));
    for (const d of this.section().metafieldDefinitions ?? []) merged.set(d.id, d);
    return [...merged.values()].sort((a, b) => a.id - b.id);
  }

  metafieldDefinition(ownerType: string, namespace: string, key: string): MetafieldDefinitionData | undefined {
    return this.metafieldDefinitions().find(
      (d) => d.ownerType === ownerType && d.namespace === namespace && d.key === key,
    );
  }

  saveMetafieldDefinition(
    definition: Omit<MetafieldDefinitionData, 'id'> & {id?: number},
  ): MetafieldDefinitionData {
    const id =
      definition.id ?? Math.max(14000, ...this.metafieldDefinitions().map((d) => d.id)) + 1;
    const record: MetafieldDefinitionData = {...definition, id};
    this.state.update(SECTION, initial, (section) => {
      const list = (section.metafieldDefinitions ??= []);
      const i = list.findIndex((d) => d.id === id);
      if (i >= 0) list[i] = record;
      else list.push(record);
    });
    return record;
  }
}
