/**
 * The news agency a wire dateline credits in parentheses (pure, token indices): "KESTREL BAY, May 2
 * (Harbourline) - …", "VELLMORE (Ostwire) — …". The name between the parentheses is the agency, an
 * organisation, though a one-word name of no known kind reads like a surname. Only in a dateline's
 * shape: a body paragraph that opens with a place in capitals, then at most a region, a date and commas
 * before the parenthesis, and a dash right after it. A press release's wire between slashes is the same
 * ("DUNMORE, Ostland, March 3, 2026 /Wirelink/ -- Kelvar Inc said …").
 */
import type { Block, Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { isAllCaps } from './02-tokens';

const DASHES = new Set(['-', '—', '–']);

/** Tokens s..p-1 are a dateline's place, region and date: capitalised words, figures, commas and dots. */
function datelineBefore(tokens: readonly Token[], s: number, p: number): boolean {
  if (p - s < 1 || p - s > 10 || !isAllCaps(tokens[s])) return false;
  for (let k = s + 1; k < p; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || t.text === ',' || t.text === '.') continue;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  }
  return true;
}

/** Types ORG each untyped candidate that is the whole of a dateline's parenthesis (or slashes). */
export function datelineAgencies(tokens: readonly Token[], blocks: readonly Block[], sentenceBlock: readonly number[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.role !== null || c.type !== null || c.first < 2) continue;
    const open = tokens[c.first - 1], close = tokenAt(tokens, c.last + 1), dash = tokenAt(tokens, c.last + 2);
    if (!((open.text === '(' && close?.text === ')') || (open.text === '/' && close?.text === '/')) || !dash || !DASHES.has(dash.text) || dash.sentence !== open.sentence) continue;
    const block = blocks[sentenceBlock[open.sentence]];
    if (block.kind !== 'body') continue;
    let s = c.first - 1;
    while (s > 0 && tokens[s - 1].start >= block.start && c.first - s < 12) s--;
    if (tokens[s].start === block.start && datelineBefore(tokens, s, c.first - 1)) c.type = 'ORG';
  }
}
