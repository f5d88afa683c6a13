/**
 * A place always written with "The" ("flew in from The Varne", "talks in The Kessel stalled"): a capitalised "The"
 * mid-sentence after a place preposition, before one word no dictionary holds. The model took the bare word for a
 * person after "from" and for an organisation after "in". A paper's or a magazine's title sits in the same slot
 * ("wrote in The Clarion"), but its word is an ordinary one (Clarion, Courier, Economist) or a people's name
 * ("The Brennanian") or no plain word at all (a show's "The Q-Files"), and a writing verb or noun often comes before it: those stay as the other rules type them.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lexOf, lowerToken } from './token-fold';
import { W_COMMON_UNNAMED, W_HEAD, W_ORG_HEAD, W_TITLE_HEAD, lexClass } from './word-class';

const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'from', 'at', 'near', 'outside', 'around', 'across', 'into', 'toward', 'towards', 'via', 'through']);

/** Words before the preposition that make the name a publication: "wrote in The X", "an article in The X". */
const WRITING: ReadonlySet<string> = new Set(['wrote', 'writes', 'written', 'writing', 'published', 'appeared', 'appears', 'article',
  'column', 'piece', 'editorial', 'interview', 'letter', 'op-ed', 'quoted', 'reported', 'report', 'story', 'review', 'essay', 'advert', 'advertisement']);

const NOT_PLACE_WORD = W_COMMON_UNNAMED | W_HEAD | W_ORG_HEAD | W_TITLE_HEAD;

/** Types LOC each one-word PERSON/ORG candidate after "The" and a place preposition mid-sentence, by the rule above. */
export function placesAfterThe(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    const a = c.first;
    if (a !== c.last || a < 2 || c.role !== null || (c.type !== 'PERSON' && c.type !== 'ORG')) continue;
    const the = tokens[a - 1];
    if (the.text !== 'The' || the.sentence !== tokens[a].sentence || tokens[a - 2].sentence !== the.sentence) continue;
    if (!PLACE_PREPS.has(lowerToken(tokens[a - 2]))) continue;
    const w = tokens[a];
    if (w.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || (lexClass(lexOf(w)) & NOT_PLACE_WORD) !== 0 || /(?:ian|man|ist|er)$/.test(w.text)) continue;
    const next = tokens[a + 1];
    if (next !== undefined && next.sentence === w.sentence && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) continue; // a longer title
    if (a >= 3 && WRITING.has(lowerToken(tokens[a - 3]))) continue;
    c.type = 'LOC';
    c.info = undefined;
  }
}
