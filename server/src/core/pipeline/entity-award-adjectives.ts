/**
 * An award joined to a participle by a hyphen ("Michelin-starred", "Oscar-winning", "Booker-nominated") is an
 * adjective for a person or a work, no entity (docs/rules.md: awards are not typed). Pure, token indices:
 * a one-token candidate whose last hyphen-joined part is such a participle is left untyped.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

/** Participles an award stands before with a hyphen. */
const AWARD_PARTICIPLES = /-(?:winning|nominated|starred|shortlisted|longlisted|decorated|garlanded|laureled|laurelled)$/;

/** Leaves untyped each candidate that ends in an award participle ("Oscar-winning"). */
export function dropAwardAdjectives(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) if (c.type !== null && c.role === null && AWARD_PARTICIPLES.test(tokens[c.last].text)) c.type = null;
}
