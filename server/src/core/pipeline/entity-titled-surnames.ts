/**
 * Which person a title and a lone surname ("Mrs Vell", "Mr Kral") names (pure), for `resolveLocal`.
 *
 * A gendered title names someone of that gender: "Mrs Vell" after "Tomas Vell, 51, died" is his widow, not
 * him, so a title whose gender the full name's given name contradicts joins no one. When family members
 * named in full share the surname ("Ina Kral … her son Tomas Kral … Mrs Kral taught piano"), the title picks
 * the one of its gender, but only when every other one's given name is known to be of the other gender
 * (the one picked may be of a given name the lists do not know, when it is the only such one): never a guess
 * between two of unknown gender.
 *
 * A titled surname may come before the full name ("Ms Kral said … Later, Ina Kral told …"): it waits for
 * the end of the first pass when a later full name of a person has the same last word.
 */
import type { Token } from '../types';
import { genderOfFirstName, type Gender } from '../model/gender';

/** Does the given name of a person named in full contradict a title's gender? (unknown names never do) */
export function genderClash(gender: Gender | null, fullName: string): boolean {
  if (gender === null) return false;
  const g = genderOfFirstName(fullName);
  return g !== null && g !== gender;
}

/**
 * Of persons named in full who share a surname, the one a titled surname of `gender` names: the only one of
 * that gender when all the others are known to be of the other gender; otherwise undefined.
 */
export function pickByGender(gender: Gender | null, sharers: readonly number[], nameOf: (k: number) => string): number | undefined {
  if (gender === null) return undefined;
  let pick: number | undefined, unknown: number | undefined, unknowns = 0;
  for (const k of sharers) {
    const g = genderOfFirstName(nameOf(k));
    if (g === null) { if (unknown !== k) unknowns++; unknown = k; continue; }
    if (g === gender) { if (pick !== undefined && pick !== k) return undefined; pick = k; }
  }
  // "Harald Venn … his daughter, Greta Venn … Mr Venn": when all but one are known to be of the other gender, the
  // one whose given name the lists do not know is the title's (an obituary's subject and his family).
  if (unknowns === 0) return pick;
  return pick === undefined && unknowns === 1 ? unknown : undefined;
}

/**
 * For each last word of a candidate of two or more words that names a person in full, the index of the last
 * such candidate (`lastOf(j)` is candidate j's last token, -1 for one that is no multi-word person): built once
 * per document, so that a titled surname at candidate `ci` has a later full name when the index is above `ci`.
 */
export function lastFullNames(tokens: readonly Token[], count: number, lastOf: (j: number) => number): Map<string, number> {
  const at = new Map<string, number>();
  for (let j = 0; j < count; j++) {
    const l = lastOf(j);
    if (l >= 0) at.set(tokens[l].text, j);
  }
  return at;
}
