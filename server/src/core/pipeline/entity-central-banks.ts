/**
 * A central bank named "X Reserve" (pure, token indices): the model reads "Reserve" as a park's ("the Kalma
 * Reserve") and types the name a place, or a lone "Reserve" opening a sentence ("Reserve Chair Ada Vell said")
 * a person. A name of two or more words ending in "Reserve", whose word before it is no wild land's ("Nature",
 * "Game"), in a sentence about rates, inflation or policy, or in a document with two such words ("Officials at
 * the Tessaly Reserve declined to comment" in a story about its rates), is an organisation in all its mentions;
 * so is a lone "Reserve" in a document that names such a bank.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

/** Words that make "X Reserve" a park, a reserve of nature or of a people's land. */
const LAND_WORDS = new Set(['nature', 'game', 'wildlife', 'marine', 'forest', 'biosphere', 'national', 'indian', 'scenic', 'bird', 'wetland']);
/** Words of a sentence about a central bank's work. */
const MONEY_WORDS = new Set(['rate', 'rates', 'inflation', 'policy', 'monetary', 'policymakers', 'tightening', 'easing', 'hike', 'hikes',
  'currency', 'dollar', 'bonds', 'yields', 'lending', 'borrowing']);


/** Whether the sentence of token `i` holds a word about a central bank's work. */
function moneySentence(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i].sentence;
  for (let k = i - 1; k >= 0 && tokens[k].sentence === s; k--) if (MONEY_WORDS.has(lowerToken(tokens[k]))) return true;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === s; k++) if (MONEY_WORDS.has(lowerToken(tokens[k]))) return true;
  return false;
}

/** How many words about a central bank's work the document holds (a bank's news names its work somewhere). */
function moneyWordsInDocument(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word' && MONEY_WORDS.has(lowerToken(t))) n++;
  return n;
}

/** Retypes as ORG the central banks named "X Reserve" and their lone "Reserve". Ask only when the text holds "Reserve". */
export function centralBanksByReserve(tokens: readonly Token[], cands: Candidate[]): void {
  let banks: Set<string> | undefined;
  let moneyDoc: boolean | undefined;
  for (const c of cands) {
    if (c.last === c.first || c.role !== null || tokens[c.last].text !== 'Reserve' || LAND_WORDS.has(lowerToken(tokens[c.last - 1]))) continue;
    if (c.type === 'ORG' || moneySentence(tokens, c.last) || (moneyDoc ??= moneyWordsInDocument(tokens) >= 2)) (banks ??= new Set()).add(chunkText(tokens, c));
  }
  if (!banks) return;
  for (const c of cands) {
    if (c.role !== null || (c.type !== 'PERSON' && c.type !== 'LOC')) continue;
    if (c.first === c.last ? tokens[c.first].text === 'Reserve' : banks.has(chunkText(tokens, c))) c.type = 'ORG';
  }
}

function chunkText(tokens: readonly Token[], c: Candidate): string {
  let s = tokens[c.first].text;
  for (let k = c.first + 1; k <= c.last; k++) s += ' ' + tokens[k].text;
  return s;
}
