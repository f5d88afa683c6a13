/**
 * A stock's ticker in parentheses after its firm's name (pure, token indices): "Corvant Holdings (CVT.HL)". The
 * code and its exchange's suffix are a listing's identifier, no body, place or person of their own (the firm is
 * named right before them; the model read the suffix as a second name, "HL" or "KB" an organisation or a place),
 * so they are no entity. So is the code after a stock exchange's name and a colon, as a press release gives its
 * issuer's listing: "Kestrel Systems (NASDAQ: KSTL)", "(LSE: VRN; TSX: VRN)" (the exchange stays a body). A bare
 * "(DLB)" is left to the rules for acronyms (it may abbreviate the name before it), and so is "(Source: IMF)".
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

/** A ticker's code or an exchange's suffix: one to five capital letters. */
const CODE = /^[A-Z]{1,5}$/;

/** Stock exchanges whose name and a colon go before a listing's code (lower case). */
const EXCHANGES: ReadonlySet<string> = new Set('nyse nasdaq lse aim tsx tsxv asx nzx jse sgx hkex sehk tse bse nse euronext otc otcqx otcqb amex xetra cse omx'.split(' '));

/** Is token `i` a code in a ticker's parentheses: "(CVT.HL)", "(CVT.N)" (either part), "(NASDAQ: KSTL)"? */
export function tickerPart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || !CODE.test(t.text)) return false;
  const b = tokens[i - 1] as Token | undefined, a = tokens[i + 1] as Token | undefined;
  if (b === undefined || a === undefined) return false;
  if (b.text === ':') return exchangeListing(tokens, i);
  if (b.text === '(' && a.text === '.') return tokens[i + 2]?.kind === 'word' && CODE.test(tokens[i + 2].text) && tokens[i + 3]?.text === ')' && a.end === tokens[i + 2].start;
  return b.text === '.' && a.text === ')' && b.start === t.start - 1 && tokens[i - 2]?.kind === 'word' && CODE.test(tokens[i - 2].text) && tokens[i - 3]?.text === '(';
}

/** Drops (type null) each one-word candidate that is a ticker's code or its exchange's suffix. */
export function dropTickers(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== null && c.first === c.last && c.first > 0 && tickerPart(tokens, c.first)) c.type = null;
  }
}

/** Is the code at `i` after an exchange's name and a colon that open the parentheses or follow another listing, and before their end: "(NASDAQ: KSTL)", "(LSE: VRN; TSX: VRN)"? */
function exchangeListing(tokens: readonly Token[], i: number): boolean {
  const exchange = tokens[i - 2] as Token | undefined, open = tokens[i - 3] as Token | undefined;
  if (exchange === undefined || open === undefined || exchange.kind !== 'word' || !EXCHANGES.has(exchange.text.toLowerCase())) return false;
  if (open.text !== '(' && open.text !== ';' && open.text !== ',') return false;
  const a = tokens[i + 1].text;
  return a === ')' || a === ';' || a === ',';
}
