/**
 * A given name that is also an ordinary verb, alone in a Title Case headline and not its first word, is that
 * verb: "Families Sue Rail Operator", "Council to Grant Permits", "Gangs Rob Depot". It stays a person's name
 * when the body names a person with it ("Sue Marlow said …"). Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

/** Given names that are also verbs a headline uses (the name lists keep them as names). */
export const VERB_GIVEN_NAMES: ReadonlySet<string> = new Set('sue grant rob pat nick drew don jack lance bob rush mark hunt'.split(' '));

/** Is the one-word headline PERSON `c` a verb capitalised by the headline (see above)? */
function headlineWordName(tokens: readonly Token[], c: Candidate): boolean {
  if (!c.titleCase || c.type !== 'PERSON' || c.first !== c.last || c.first === 0) return false;
  const prev = tokens[c.first - 1];
  return prev.kind === 'word' && prev.sentence === tokens[c.first].sentence && VERB_GIVEN_NAMES.has(lowerToken(tokens[c.first]));
}

/** Drops (types null) the headline's given names that are ordinary words no body person bears. */
export function dropHeadlineWordNames(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (!headlineWordName(tokens, c)) continue;
    const l = lowerToken(tokens[c.first]);
    let named = false;
    for (const o of cands) {
      if (o.titleCase || o.type !== 'PERSON') continue;
      for (let k = o.first; k <= o.last && !named; k++) named = lowerToken(tokens[k]) === l;
      if (named) break;
    }
    if (!named) c.type = null;
  }
}
