/**
 * A person's name, "of", then the body they speak for, in one capitalised run: "Marla Quenby of Dunholt
 * Securities", "Tobias Fernhill of Arkwell Radio". News names a source this way after a quote; the run
 * is two entities, the person and the organisation. Without the split the whole run was one mention
 * (a firm with a person's name, or a person named after a firm) and the quote went to it.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';
import { LEGAL_FORMS, LOC_HEADS, ORG_HEADS } from '../model/words';
import { isCommonWord, lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';

/** A word written as a name: a capital, then lower-case letters ("Marla", "Quenby", "O'Dell"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The index of "of" when run a..b is a person's name of two or three words led by a known given name (or
 * of two words no dictionary holds),
 * "of", and a body of one to four words ending in an organisation's head word or legal form
 * ("Securities", "Radio", "TV", "Ltd"); else -1. No word of the name is a head word ("Harlan Bank of
 * Ostrava Group" is one body).
 */
export function personOfOrg(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 2; k <= a + 3 && k < b; k++) {
    if (tokens[k].text !== 'of') continue;
    // The given-name lookup only for a run with its "of" in place (most runs have none): it is the costly test.
    // An unknown given name too, in a name of two words no dictionary holds ("Jorvan Keddle of Silver Lantern Magazine").
    if (!lexicon.firstNames.has(lowerToken(tokens[a])) && !isKnownGivenName(tokens[a].text) && !(k === a + 2 && unknownPair(tokens, a))) return -1;
    if (b - k > 4 || !nameWords(tokens, a, k - 1)) return -1;
    const head = lowerToken(tokens[b]);
    if (!ORG_HEADS.has(head) && !LEGAL_FORMS.has(head)) return -1;
    if (ORG_HEADS.has(lowerToken(tokens[k + 1])) && k + 1 < b) return -1; // "… of University College": a body's head opens it
    return tokens[k + 1].kind === 'word' && /^\p{Lu}/u.test(tokens[k + 1].text) ? k : -1;
  }
  return -1;
}

/** Tokens `a` and `a + 1` are no ordinary words: a name's, not a body's ("Harbour Friends of …"). */
function unknownPair(tokens: readonly Token[], a: number): boolean {
  return !isCommonWord(lowerToken(tokens[a])) && !isCommonWord(lowerToken(tokens[a + 1]));
}

function nameWords(tokens: readonly Token[], p: number, q: number): boolean {
  for (let j = p; j <= q; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !NAME_WORD.test(t.text)) return false;
    const l = lowerToken(t);
    if (ORG_HEADS.has(l) || LOC_HEADS.has(l)) return false;
  }
  return true;
}
