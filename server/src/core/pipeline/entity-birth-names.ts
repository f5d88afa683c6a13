/**
 * A birth name in apposition to a person ("Ida Marsh, born Ida Carrow,", "Ida Marsh (née Carrow)") is
 * another name of that person, not a second person (pure; `resolveLocal` joins it to the person's entity).
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
