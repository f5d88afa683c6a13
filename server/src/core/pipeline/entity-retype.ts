/**
 * Shared by the rules that find an organisation by what stands around a name (a market's noun, a
 * party's, a model's code): the name and its other person mentions are retyped together. Pure.
 */
import type { Candidate } from './03-entities';

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
