/**
 * A closed compound of ordinary words opening a sentence (pure, token indices): "Cyberattacks rose sharply",
 * "Microplastics were found", "Ransomware hit the port". Capitalised only because it opens the sentence and
 * unknown to the lexicon as a whole, it read as a person's one-word name; its last part is an ordinary word
 * ("attacks", "plastics", "ware") and a lower-case word follows, no verb of saying ("Westbrook told": a speaker). A word the lexicon knows as a name, or one the
 * document names elsewhere ("Westbrook said … Ina Westbrook"), stays.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isCommonWord, LEXICON_NAMES, lexicon } from '../model/lexicon';
import { CUE_VERBS } from '../model/words';

/**
 * Whether `w` (lower case, letters) ends in an ordinary plural of 5 or more letters after 3 or more letters
 * ("cyber|attacks"), or in "ware" ("ransomware"). A singular ordinary word ends many place and club names
 * ("Castlemoor", "Westbrook"), so it is not enough.
 */
export function endsInCommonWord(w: string): boolean {
  if (w.endsWith('ware')) return true;
  if (!w.endsWith('s')) return false;
  for (let i = 3; i <= w.length - 5; i++) if (isCommonWord(w.slice(i))) return true;
  return false;
}

function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokens[k - 1].sentence !== tokens[k].sentence;
}

const LOWER_LETTERS = /^[a-z]+$/;

/** Leaves untyped a one-word PERSON candidate opening its sentence that is a compound of ordinary words. */
export function dropCompoundOpeners(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.first !== c.last || c.role !== null || !opensSentence(tokens, c.first)) continue;
    const t = tokens[c.first], next = tokenAt(tokens, c.first + 1);
    if (t.text.length < 8 || next === undefined || next.kind !== 'word' || next.sentence !== t.sentence) continue;
    const n = next.text.charCodeAt(0);
    if (n < 97 || n > 122 || CUE_VERBS.has(next.text)) continue; // "Westbrook told reporters": a speaker
    const w = lowerToken(t);
    if (!LOWER_LETTERS.test(w) || lexicon.lastNames.has(w) || lexicon.firstNames.has(w) || LEXICON_NAMES.has(w)) continue;
    if (!endsInCommonWord(w) || namedElsewhere(tokens, cands, c)) continue;
    c.type = null;
  }
}

/** Whether another candidate of the document holds the same word. */
function namedElsewhere(tokens: readonly Token[], cands: readonly Candidate[], c: Candidate): boolean {
  const text = tokens[c.first].text;
  for (const o of cands) {
    if (o === c) continue;
    for (let k = o.first; k <= o.last; k++) if (tokens[k].text === text) return true;
  }
  return false;
}
