/**
 * A nickname or handle in quotation marks between a given name and a surname ("Ilse “Wrenn” Moravec",
 * "Jonas "Pell" Ekdahl") is part of the person's name: the three pieces become one PERSON mention, marks
 * and all, not two people and a name in quotes (04-quotes.ts then reads the marks as a scare quote, nobody's words). Only
 * a known given name before the marks, one or two capitalised words inside them and a capitalised surname
 * of one or two words right after, all in one sentence. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { CLOSE_MARKS, OPEN_MARKS } from './entity-quote-marks';
import { isKnownGivenName } from '../model/gender';

/** How many words the nickname, and the surname after it, may hold. */
const MAX_WORDS = 2;

/** A capitalised word of the sentence `sentence`? */
function capWord(t: Token | undefined, sentence: number): t is Token {
  return t !== undefined && t.kind === 'word' && t.sentence === sentence && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** The token index of the mark closing a nickname opened by the mark at `open`, or -1. */
function nicknameClose(tokens: readonly Token[], open: number, sentence: number): number {
  let k = open + 1;
  while (k - open - 1 < MAX_WORDS && capWord(tokens[k], sentence)) k++;
  const close = tokenAt(tokens, k);
  if (k === open + 1 || !close || !CLOSE_MARKS.has(close.text) || close.start !== tokens[k - 1].end) return -1;
  return tokens[open].end === tokens[open + 1].start ? k : -1;
}

/** Joins given name, nickname and surname into one PERSON candidate; the pieces inside it are left untyped. */
export function nicknamesInNames(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const open = c.last + 1;
    const mark = tokenAt(tokens, open);
    if (!mark || mark.kind !== 'punct' || !OPEN_MARKS.has(mark.text) || c.last - c.first > 1) continue;
    const given = tokens[c.last];
    if (!isKnownGivenName(given.text) || mark.start === given.end) continue;
    const close = nicknameClose(tokens, open, given.sentence);
    if (close < 0) continue;
    // the surname: the candidate opening right after the closing mark, capitalised words only
    let d = i + 1;
    while (d < cands.length && cands[d].first <= close) d++;
    const s = cands[d];
    if (!s || s.first !== close + 1 || s.last - s.first >= MAX_WORDS || tokens[s.first].start === tokens[close].end) continue;
    let words = true;
    for (let k = s.first; k <= s.last; k++) if (!capWord(tokens[k], given.sentence)) words = false;
    if (!words) continue;
    for (let j = i + 1; j <= d; j++) cands[j].type = null;
    c.last = s.last;
    c.type = 'PERSON';
    c.info = undefined;
  }
}
