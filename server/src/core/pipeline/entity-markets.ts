/**
 * Names of stock indexes and exchanges (pure, token indices): "the Corvex index", "on the Selvane
 * exchange", "the benchmark Veltra 40 index", "the Dravor bourse". Such a name is a market's or the
 * company's that runs or compiles it, never a person's nor (unless the gazetteer knows the word) a
 * place's: MEANTIME leaves indexes out of its scored types and GUM files them under named abstracts, so
 * the product types them ORG like the exchanges and index firms it names. A known place keeps its
 * type ("the Tokyo bourse": where the market is). Only after a determiner or an ordinary word, so a
 * verb "exchange" after a subject ("Vell and Tarn exchange fire") is left alone.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName, lexicon } from '../model/lexicon';
import { FUNCTION_WORDS } from '../model/words';
import { lowerToken } from './token-fold';
import { tokenAt } from './token-at';

const MARKET_NOUNS: ReadonlySet<string> = new Set(['index', 'indexes', 'indices', 'exchange', 'bourse']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);

/** Whether candidate c names a market: before a market noun (a figure may come between), after a determiner or an ordinary word. */
function marketName(tokens: readonly Token[], c: Candidate): boolean {
  let k = c.last + 1;
  if (tokenAt(tokens, k)?.kind === 'number') k++;
  const noun = tokenAt(tokens, k);
  if (noun === undefined || noun.sentence !== tokens[c.last].sentence || !MARKET_NOUNS.has(noun.text)) return false;
  const before = tokenAt(tokens, c.first - 1);
  if (before === undefined || before.kind !== 'word' || before.sentence !== noun.sentence) return false;
  const b = lowerToken(before);
  if (!DETERMINERS.has(b) && (FUNCTION_WORDS.has(b) || !/^[a-z]/.test(before.text))) return false;
  let name = lowerToken(tokens[c.first]);
  for (let i = c.first + 1; i <= c.last; i++) name += ' ' + lowerToken(tokens[i]);
  return !isPlaceName(name) && !lexicon.demonyms.has(name) && !lexicon.countries.has(name);
}

/** Retypes as ORG a PERSON or LOC market name and every PERSON mention of the same name. */
export function marketsByNoun(tokens: readonly Token[], cands: Candidate[]): void {
  let markets: Set<string> | null = null;
  for (const c of cands) {
    if (c.role !== null || !c.info || (c.type !== 'PERSON' && c.type !== 'LOC') || !marketName(tokens, c)) continue;
    c.type = 'ORG';
    (markets ??= new Set()).add(c.info.key);
  }
  if (!markets) return;
  for (const c of cands) if (c.type === 'PERSON' && c.role === null && c.info && markets.has(c.info.key)) c.type = 'ORG';
}
