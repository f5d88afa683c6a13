/**
 * The own key local resolution pooled each entity of the last analysed document under
 * (`resolveLocal` in 03-entities.ts), kept for the join keys (corpus/join-keys.ts): an analysis worker
 * asks for those right after `analyzeText`, and keying a novel name again (`nameKey` by the whole
 * name) missed its memo every time. Only the last document's, and only for the very entities array it
 * returned with each entity's name and type unchanged; anything else reads null (the keys are then
 * made from scratch).
 */
import type { EntityType, LocalEntity } from '../types';

let kept: readonly LocalEntity[] | null = null;
let keys: readonly string[] = [];
let names: string[] = [];
let types: EntityType[] = [];

/** Keeps `keys[k]`, the key `entities[k]` was pooled under ("P:…", "X:…", "N:X:…"), until the next document. */
export function keepOwnKeys(entities: readonly LocalEntity[], ownKeys: readonly string[]): void {
  kept = entities;
  keys = ownKeys;
  names = [];
  types = [];
  for (const e of entities) { names.push(e.name); types.push(e.type); }
}

/**
 * The key local resolution gave `entities[k]`, when `entities` is the array it last returned and that
 * entity still has the name and type it was keyed with; else undefined.
 */
export function ownKeyOf(entities: readonly LocalEntity[], k: number): string | undefined {
  if (entities !== kept || k >= keys.length) return undefined;
  const e = entities[k];
  return e.name === names[k] && e.type === types[k] ? keys[k] : undefined;
}
