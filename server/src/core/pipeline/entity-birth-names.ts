/**
 * A birth name in apposition to a person ("Ida Marsh, born Ida Carrow,", "Ida Marsh (née Carrow)") is
 * another name of that person, not a second person (pure; `resolveLocal` joins it to the person's entity).
 * So is an obituary's "She was born Ida Carrow in Tarnby": the person named before with the same given name.
 */
import type { Token } from '../types';

const BIRTH_WORDS: ReadonlySet<string> = new Set(['born', 'née', 'nee', 'Née', 'Nee']);

/**
 * The candidate (index) a candidate starting at token `first` renames as a birth name: the one before it
 * (`prevLast`: its last token, `prevPerson`: typed PERSON) ending right before ", born" or "(née".
 */
export function birthNameOf(tokens: readonly Token[], first: number, prevLast: number, prevPerson: boolean): boolean {
  if (!prevPerson || first < 3 || prevLast !== first - 3) return false;
  const cue = tokens[first - 1].text, mark = tokens[first - 2].text;
  return BIRTH_WORDS.has(cue) && (mark === ',' || mark === '(');
}

/** "was born", "is born" right before a name: "She was born Mira Lund in Harsted". */
const WAS = new Set(['was', 'is']);

/**
 * The candidate (index) a name at candidate `ci` renames as a birth name after "was born": the latest person
 * named before it in full with the same given name ("Mira Olsen … She was born Mira Lund"), or -1. `firstOf`
 * and `lastOf` give a candidate's first and last tokens, `isPerson` whether it is a person's.
 */
export function bornAsOf(tokens: readonly Token[], ci: number, firstOf: (i: number) => number, lastOf: (i: number) => number, isPerson: (i: number) => boolean): number {
  const first = firstOf(ci);
  if (first < 2 || lastOf(ci) === first || tokens[first - 1].text !== 'born' || !WAS.has(tokens[first - 2].text)) return -1;
  const given = tokens[first].text;
  for (let i = ci - 1; i >= 0; i--) if (isPerson(i) && lastOf(i) > firstOf(i) && tokens[firstOf(i)].text === given) return i;
  return -1;
}
