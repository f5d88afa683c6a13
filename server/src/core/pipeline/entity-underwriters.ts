/**
 * Banks named like people in an underwriters' list (pure, token indices): "Goldberry Sachs and Hollis Morgan led
 * the offering", "Whitcombe Lang underwrote the sale". Names of two or more words typed PERSON, alone or in a
 * list joined by commas and "and", right before an underwriter's verb and its deal ("led the offering",
 * "managed the listing") are banks. A single name that opens with a known given name stays a person (a banker
 * may lead a deal: "Ada Vell led the sale"); in a list of two or more, the list is one of banks.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isKnownGivenName } from '../model/gender';

export const UNDERWRITE: ReadonlySet<string> = new Set(['led', 'co-led', 'managed', 'co-managed', 'underwrote', 'arranged']);
const DEALS = new Set(['offering', 'ipo', 'listing', 'placement', 'sale', 'issue', 'flotation']);


/** The token after `i` is an underwriter's verb and its deal within three words ("led the $450 million offering"). */
function underwritesAfter(tokens: readonly Token[], i: number): boolean {
  const v = tokenAt(tokens, i + 1);
  if (!v || v.sentence !== tokens[i].sentence || !UNDERWRITE.has(v.text)) return false;
  for (let k = i + 2; k <= i + 6 && k < tokens.length && tokens[k].sentence === v.sentence; k++) {
    if (DEALS.has(lowerToken(tokens[k]))) return true;
    if (tokens[k].text === ',' || tokens[k].text === '.') return false;
  }
  return false;
}

/** Whether the text holds a lead-in this pass answers to (" led ", "underwrote", "managed "). */
function mayUnderwrite(text: string): boolean {
  return text.includes(' led ') || text.includes('underwrote') || text.includes('managed ');
}

/**
 * Retypes as ORG the PERSON names of an underwriters' list, in a text that `mayUnderwrite`. The text is searched
 * only at the first name before an underwriter's verb: three searches of every text for lower-case words cost
 * ~2% of a steady pass (abis vs base: see the commit).
 */
export function underwritersByDeal(text: string, tokens: readonly Token[], cands: Candidate[]): void {
  let byLast: Map<number, Candidate> | undefined;
  for (const c of cands) {
    // the last of the list may already be a firm ("… and Corvan Bell managed the listing")
    if ((c.type !== 'PERSON' && c.type !== 'ORG') || c.role !== null || !underwritesAfter(tokens, c.last)) continue;
    if (!byLast) {
      if (!mayUnderwrite(text)) return;
      byLast = new Map(); for (const p of cands) if (p.type === 'PERSON' && p.role === null) byLast.set(p.last, p);
    }
    // the list before it: names joined by "," or "and" (", and")
    const list: Candidate[] = [c];
    for (let first = c.first; ;) {
      const w = tokenAt(tokens, first - 1)?.text;
      const gap = w === 'and' && tokenAt(tokens, first - 2)?.text === ',' ? 2 : w === 'and' || w === ',' ? 1 : 0;
      const p = gap ? byLast.get(first - 1 - gap) : undefined;
      if (!p) break;
      list.push(p);
      first = p.first;
    }
    for (const n of list) if (n.type === 'PERSON' && n.last > n.first && (list.length > 1 || !isKnownGivenName(tokens[n.first].text))) n.type = 'ORG';
  }
}
