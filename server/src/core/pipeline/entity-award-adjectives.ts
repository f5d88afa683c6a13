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
  for (const c of cands) if (c.type !== null && c.role === null && endsInDOrG(tokens[c.last].text) && AWARD_PARTICIPLES.test(tokens[c.last].text)) c.type = null;
}

/**
 * Does `w` end in "d" or "g", as every participle of AWARD_PARTICIPLES does? Asked first: of the ~33.7k pattern runs
 * per 1,000 docs ~0.7k are left (most names end in another letter).
 */
function endsInDOrG(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c === 100 || c === 103;
}
