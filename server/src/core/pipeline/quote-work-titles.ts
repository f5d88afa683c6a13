/**
 * The title of a work right after its noun ("her second album, “Where the River Bends,” took two years", "the
 * film “Salt Roads” opens on Friday"): a title-case quotation in a sentence about a work (the test the entity
 * stage uses, entity-quoted-titles.ts `inQuotedTitle`) names the work; it is nobody's words, though somebody
 * speaks in the sentence; so does one after works and their topic ("two books on teaching, “Letters in the Dark”").
 * Used by 04-quotes.ts.
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
  if (noun === undefined || noun.kind !== 'word' || !WORK_NOUNS.has(noun.text) && !(b.text === ',' && worksWithTopic(tokens, beforeTok - 1))) return false;
  let last = lastIn;
  while (last > firstIn && tokens[last].kind !== 'word') last--;
  return inQuotedTitle(text, tokens, firstIn, last);
}

/** A preposition that gives a work's topic: "two books on teaching", "her songs about Skarv". */
const TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'of']);

/**
 * Do the words ending at token `end` name works and their topic: a work noun (or its plural) within four words back,
 * then "on", "about" or "of" ("wrote two books on teaching, “Letters in the Dark” and …", "her novels about the
 * island,")? An obituary or profile lists a person's works this way.
 */
function worksWithTopic(tokens: readonly Token[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(1, end - 4); k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.sentence !== tokens[end].sentence) return false;
    if (!TOPIC_WORDS.has(t.text)) continue;
    const n = tokens[k - 1].text;
    return WORK_NOUNS.has(n) || n.endsWith('s') && WORK_NOUNS.has(n.slice(0, -1));
  }
  return false;
}
