/**
 * A rank word standing alone as a job before a name: "Assistant Rhys Calloway said …", "Deputy Mara
 * Holt agreed" (sports and council news call an assistant coach or a deputy leader just that). The
 * word is a title modifier, so with no title head after it the run was one person's name with the
 * rank in it, at a sentence start where capitals say nothing.
 */
import type { Token } from '../types';
import { isCommonToken, lowerToken } from './token-fold';
import { LOC_HEADS, ORG_HEADS } from '../model/words';
import { lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';

/** Rank words that name a job of their own as nouns. */
const RANK_NOUNS: ReadonlySet<string> = new Set(['assistant', 'deputy']);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Whether run a..b is a rank noun and then a person's name of two or three words led by a known given name
 * or by a word that is no English word ("Rhys" is in no list).
 */
export function rankBeforeName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3 || !RANK_NOUNS.has(lowerToken(tokens[a]))) return false;
  const given = tokens[a + 1];
  if (!lexicon.firstNames.has(lowerToken(given)) && !isKnownGivenName(given.text) && isCommonToken(given)) return false;
  for (let j = a + 1; j <= b; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !NAME_WORD.test(t.text)) return false;
    const l = lowerToken(t);
    if (ORG_HEADS.has(l) || LOC_HEADS.has(l)) return false;
  }
  return true;
}
