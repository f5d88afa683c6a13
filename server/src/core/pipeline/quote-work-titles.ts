/**
 * The title of a work right after its noun ("her second album, “Where the River Bends,” took two years", "the
 * film “Salt Roads” opens on Friday"): a title-case quotation in a sentence about a work (the test the entity
 * stage uses, entity-quoted-titles.ts `inQuotedTitle`) names the work; it is nobody's words, though somebody
 * speaks in the sentence. Used by 04-quotes.ts.
 */
import type { Token } from '../types';
import { inQuotedTitle } from './entity-quoted-titles';
import { WORK_NOUNS } from './entity-work-titles';

/**
 * Does the quotation whose words are tokens `firstIn`..`lastIn` name a work, its noun right before the
 * opening mark (token `beforeTok`) or before the comma there?
 */
export function namesWork(text: string, tokens: readonly Token[], beforeTok: number, firstIn: number, lastIn: number): boolean {
  const b = tokens[beforeTok];
  if (b === undefined) return false;
  const noun = b.text === ',' ? tokens[beforeTok - 1] : b;
  if (noun === undefined || noun.kind !== 'word' || !WORK_NOUNS.has(noun.text)) return false;
  let last = lastIn;
  while (last > firstIn && tokens[last].kind !== 'word') last--;
  return inQuotedTitle(text, tokens, firstIn, last);
}
