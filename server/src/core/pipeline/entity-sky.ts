/**
 * Bodies of the sky and the craft sent to them. A planet or moon is a place ("landed on Mars", "the
 * Moon's south pole"), when its sentence is about space or, for the Moon, after "the": "Mars" alone is also a
 * firm ("Mars said sales rose"). A probe's, lander's or rover's name after "the" ("the Tarn probe", "the Osk
 * space probe") names a craft, which the contract has no type for: no mention (a place the gazetteer knows, or a
 * planet, stays: "the Mars rover"). Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isPlaceName } from '../model/lexicon';

/** Planets and the Moon, by their lower-case names ("Sun" is also a newspaper's name; "Earth" a word of speech). */
export const BODIES: ReadonlySet<string> = new Set('moon earth mercury venus mars jupiter saturn uranus neptune pluto'.split(' '));
/** Words that show the sentence is about space. */
const SPACE_WORDS: ReadonlySet<string> = new Set(`planet planets planetary orbit orbits orbiting orbited orbiter
  lander landed landing rover probe probes spacecraft telescope astronomer astronomers astronaut astronauts surface
  lunar martian crater craters asteroid comet solar moons atmosphere space`.split(/\s+/));
/** Nouns of a craft after its name. */
const CRAFT: ReadonlySet<string> = new Set(['probe', 'lander', 'rover', 'orbiter', 'spacecraft']);
/** Verbs after a name that make it the speaker ("Mars said"), not the planet. */
const SPEECH = new Set(['said', 'says', 'told', 'announced', 'reported', 'added']);

/** Whether the sentence of token k holds a word about space. */
function aboutSpace(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k].sentence;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === s; j--) if (SPACE_WORDS.has(lowerToken(tokens[j]))) return true;
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === s; j++) if (SPACE_WORDS.has(lowerToken(tokens[j]))) return true;
  return false;
}

/** Whether token k is "the" (or "The") of the same sentence as token i. */
function theAt(tokens: readonly Token[], k: number, i: number): boolean {
  const t = tokenAt(tokens, k);
  return !!t && t.sentence === tokens[i].sentence && lowerToken(t) === 'the';
}

/**
 * Types a planet or the Moon LOC; drops a craft's name. `bodies`: the document holds a planet's capitalised name
 * (entity-pass-gates.ts); without one only craft are looked for, the word after the name asked first.
 */
export function skyBodies(tokens: readonly Token[], cands: Candidate[], bodies = true): void {
  for (const c of cands) {
    if (c.type === null || c.role !== null) continue;
    if (bodies && c.first === c.last && c.type !== 'LOC' && BODIES.has(lowerToken(tokens[c.first])) && !allCapsWord(tokens[c.first])) {
      const next = tokenAt(tokens, c.last + 1);
      if (next && next.sentence === tokens[c.last].sentence && SPEECH.has(next.text)) continue;
      if ((tokens[c.first].text === 'Moon' && theAt(tokens, c.first - 1, c.first)) || aboutSpace(tokens, c.first)) c.type = 'LOC';
      continue;
    }
    let k = c.last + 1;
    if (tokenAt(tokens, k)?.text === 'space') k++;
    const craft = tokenAt(tokens, k);
    if (!craft || craft.sentence !== tokens[c.last].sentence || !CRAFT.has(craft.text)) continue;
    // A place the craft went to or came from ("the Mars rover", "the Ostland probe") is kept; a word the model took for one is not.
    if (c.type === 'LOC' && (c.first !== c.last || isPlaceName(lowerToken(tokens[c.first])) || BODIES.has(lowerToken(tokens[c.first])))) continue;
    if (theAt(tokens, c.first - 1, c.first) && !allCapsWord(tokens[c.first])) c.type = null;
  }
}

function allCapsWord(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase();
}
