/**
 * Two titled people joined by "and": "Mayor Kate Hollis and Police Minister Ann Pole", "Snr Sgt Ben Orr and
 * Sen Const Ali Parr". Both sides are a title, then a name, so the run that 03-entities.ts extends across "and"
 * (for "Velmar Research and Development Institute") stops before it. A body's name before "and" ("Department of
 * Health and Human Services Secretary …") opens with no title word and is left alone.
 */
import type { Token } from '../types';
import { lexOf } from './token-fold';
import { lexClass, W_FUNCTION, W_HEAD, W_TITLE_HEAD, W_TITLE_MODIFIER } from './word-class';

const cls = (t: Token): number => lexClass(lexOf(t));
const titleWord = (t: Token): boolean => (cls(t) & (W_TITLE_HEAD | W_TITLE_MODIFIER)) !== 0 && (cls(t) & W_FUNCTION) === 0;

/** Tokens `i`..`k - 1` are title words then a name, and after the "and" at `k` a title (up to three words before its head) and a name follow. */
export function titledPeopleAcrossAnd(tokens: Token[], cap: Uint8Array, i: number, k: number): boolean {
  const from = tokens[i].text === 'The' ? i + 1 : i; // a sentence's opening "The MP …"
  let j = from;
  while (j < k && cap[j] && titleWord(tokens[j])) j++;
  if (j === from || j >= k) return false;
  for (; j < k; j++) if (!cap[j] || (cls(tokens[j]) & W_HEAD) !== 0) return false;
  const sentence = tokens[k].sentence;
  for (let m = k + 1; m < tokens.length && m <= k + 4 && cap[m] && tokens[m].sentence === sentence; m++) {
    if ((cls(tokens[m]) & W_TITLE_HEAD) === 0) continue;
    while (m + 1 < tokens.length && cap[m + 1] && titleWord(tokens[m + 1])) m++; // "Sen Const", "Premier Dr"
    const name = tokens[m + 1];
    return name !== undefined && name.sentence === sentence && !!cap[m + 1] && (cls(name) & W_HEAD) === 0;
  }
  return false;
}
