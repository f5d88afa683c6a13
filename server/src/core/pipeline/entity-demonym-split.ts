/**
 * A nationality adjective before a name the lexicon knows (pure, token indices): "an Ardenian Interpol
 * officer" is the nationality and the known name, not one name of both. The adjective becomes a chunk of its
 * own (typed NORP by the rules); names the lexicon knows whole ("American Airlines") stay one, and so do a
 * nation's society of the Red Cross movement and a nation's party ("the British Red Cross", "the Ostlandic Red
 * Crescent", "the Velmish Labour Party"): the known name is the movement's, the whole the national body's.
 * A known given name and a surname after the adjective split off too ("the Norwegian Tobias Wendrell").
 */
import type { Token } from '../types';
import { LEXICON_NAMES, isCommonWord, lexicon } from '../model/lexicon';
import { lowerToken } from './token-fold';
import { MOVEMENT_EMBLEMS } from '../model/words';

interface Chunk { first: number; last: number; role: unknown }

/**
 * Splits every candidate without a role that opens with a one-word nationality before a known name;
 * `make(first, last, like)` builds the nationality's candidate. Returns the array given when nothing split.
 */
export function splitLeadingDemonyms<C extends Chunk>(tokens: readonly Token[], cands: C[], key: (c: { first: number; last: number }) => string,
  make: (first: number, last: number, like: C) => C): C[] {
  let out: C[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const rest = c.first + 1;
    if (c.role === null && c.last >= rest && tokens[rest].kind === 'word' && lexicon.demonyms.has(lowerToken(tokens[c.first]))
      && !(c.last === rest && lexicon.demonyms.has(lowerToken(tokens[rest])))) { // "Velmish Ostlandic": one group adjective
      const whole = key(c);
      const known = key({ first: rest, last: c.last });
      if (!LEXICON_NAMES.has(whole) && (LEXICON_NAMES.has(known) ? !nationalBody(tokens, rest, c.last, known) : givenAndSurname(tokens, rest, c.last))) {
        out ??= cands.slice(0, i);
        out.push(make(c.first, c.first, c));
        c.first = rest;
      }
    }
    if (out) out.push(c);
  }
  return out ?? cands;
}

/**
 * Whether rest..last is a given name the lexicon knows, not also an ordinary word, and one more capitalised
 * word: "the Norwegian Tobias Wendrell", a nationality before a person.
 */
function givenAndSurname(tokens: readonly Token[], rest: number, last: number): boolean {
  if (last !== rest + 1 || tokens[last].kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(tokens[last].text)) return false;
  const given = lowerToken(tokens[rest]);
  return lexicon.firstNames.has(given) && !isCommonWord(given);
}

/** Whether the known name rest..last is a movement's or a party's that nations' bodies take after their adjective. */
function nationalBody(tokens: readonly Token[], rest: number, last: number, known: string): boolean {
  return MOVEMENT_EMBLEMS.has(known) || (last > rest && lowerToken(tokens[last]) === 'party');
}
