/**
 * A one-word name spoken to (pure, token indices): a greeting before it ("Hey Torvin,", "Thanks, Bredo.", "Thank
 * you, Bredo!") or, inside a quotation, a comma after a lower-case word before it and the quote's close right after
 * it ("'Come here, Kessa,' he said"). Only a person is addressed so; a place after a comma follows a capitalised
 * name ("'We moved to Tamsby, Orvik,' she said") and is left alone, as is any place the lexicon knows.
 */
import type { Token } from '../types';
import { isPlaceName } from '../model/lexicon';
import { tokenAt } from './token-at';
import { lowerCase } from './token-fold';

const GREETINGS: ReadonlySet<string> = new Set(['hey', 'hi', 'hello', 'thanks', 'goodbye', 'bye', 'sorry', 'congratulations']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', "'", '’']);
const ENDS: ReadonlySet<string> = new Set([',', '.', '!', '?']);

/** The one-word name at token `i` is spoken to as a person here. */
export function addressed(tokens: readonly Token[], i: number): boolean {
  const n = tokenAt(tokens, i + 1);
  if (!n || n.kind !== 'punct' || !ENDS.has(n.text)) return false;
  let k = i - 1;
  const comma = tokenAt(tokens, k)?.text === ',';
  if (comma) k--;
  const p = tokenAt(tokens, k);
  if (!p || p.kind !== 'word') return false;
  if (isPlaceName(lowerCase(tokens[i]))) return false;
  const w = lowerCase(p);
  if (GREETINGS.has(w) || (w === 'you' && tokenAt(tokens, k - 1)?.text.toLowerCase() === 'thank')) return true;
  if (!comma || !/^\p{Ll}/u.test(p.text)) return false;
  const q = tokenAt(tokens, i + 2);
  return !!q && q.kind === 'punct' && CLOSING_QUOTES.has(q.text) && q.start === n.end;
}
