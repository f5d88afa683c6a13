/**
 * In a document holding a match's score, a two-word name ending in "City" or "Town" that the model typed as the
 * place ("Dunmore City were beaten at home", "Pennick Town sacked their manager") is the club: a town's side
 * takes the town's name and "City" or "Town" after it. Only a mention that acts or owns (a verb or "'s" after it) and is no
 * place to be in, at or from decides ("the final in Mexel City" stays the city); its other place mentions in the document follow, as one
 * document-local entity has one type. Run only where the document holds a score. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

const SIDE_TAILS: ReadonlySet<string> = new Set(['City', 'Town']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'around', 'across', 'of',
  'In', 'At', 'From', 'Near', 'Outside', 'Across', 'Around']);

export function townSidesInMatch(tokens: readonly Token[], cands: Candidate[]): void {
  let sides: Set<string> | null = null;
  for (const c of cands) {
    if (c.type !== 'LOC' || c.role !== null || c.first + 1 !== c.last || !SIDE_TAILS.has(tokens[c.last].text)) continue;
    const before = tokenAt(tokens, c.first - 1);
    if (before !== undefined && before.sentence === tokens[c.first].sentence && PLACE_PREPOSITIONS.has(before.text)) continue;
    if (!actsAfter(tokenAt(tokens, c.last + 1), tokens[c.last].sentence)) continue;
    (sides ??= new Set()).add(nameOf(tokens, c));
  }
  if (sides === null) return;
  for (const c of cands) {
    if (c.type === 'LOC' && c.first + 1 === c.last && sides.has(nameOf(tokens, c))) { c.type = 'ORG'; c.info = undefined; }
  }
}

/** A verb or a possessive right after the name ("Dunmore City were", "… City's opening goal"): the name acts or owns, as a side does. */
function actsAfter(t: Token | undefined, s: number): boolean {
  if (t === undefined || t.sentence !== s) return false;
  const ch = t.text.charCodeAt(0);
  return (ch >= 97 && ch <= 122 && t.text !== 'and' && t.text !== 'or') || t.text === "'s" || t.text === '’s';
}

function nameOf(tokens: readonly Token[], c: Candidate): string {
  return tokens[c.first].text + ' ' + tokens[c.last].text;
}
