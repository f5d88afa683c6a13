/**
 * Shared by the rules that find an organisation by what stands around a name (a market's noun, a
 * party's, a model's code): the name and its other person mentions are retyped together. Pure.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

/**
 * Retypes as ORG each PERSON or LOC candidate (no role) that `isOrg` picks, and every PERSON mention of
 * the same name elsewhere in the document.
 */
export function retypeAsOrganisations(cands: Candidate[], isOrg: (c: Candidate, i: number) => boolean): void {
  let keys: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.role !== null || !c.info || (c.type !== 'PERSON' && c.type !== 'LOC') || !isOrg(c, i)) continue;
    c.type = 'ORG';
    (keys ??= new Set()).add(c.info.key);
  }
  if (!keys) return;
  for (const c of cands) if (c.type === 'PERSON' && c.role === null && c.info && keys.has(c.info.key)) c.type = 'ORG';
}

/**
 * Retypes as LOC each one-word PERSON or ORG candidate (no role) that `isPlace` picks, and every other one-word
 * PERSON or ORG mention of the same name — unless a person named in full here has the word as surname (she keeps it).
 */
export function retypeAsPlaces(tokens: readonly Token[], cands: Candidate[], isPlace: (c: Candidate, i: number) => boolean): void {
  let keys: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.first !== c.last || c.role !== null || !c.info || (c.type !== 'PERSON' && c.type !== 'ORG') || !isPlace(c, i)) continue;
    (keys ??= new Set()).add(c.info.key);
  }
  if (!keys) return;
  for (const c of cands) if (c.last > c.first && c.type === 'PERSON') keys.delete(lowerToken(tokens[c.last]));
  if (keys.size === 0) return;
  for (const c of cands) {
    // `type !== null` first (a test with no type feedback): a first null in the string compare threw this code away.
    if (c.first === c.last && c.role === null && c.info && c.type !== null && (c.type === 'PERSON' || c.type === 'ORG') && keys.has(c.info.key)) c.type = 'LOC';
  }
}
