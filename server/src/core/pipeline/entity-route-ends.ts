/**
 * The two ends of a route after "between" ("four flights a day between Gorsby and Tell", "the ferry between
 * Arlo and Penmarr", "the border between Ostland and Varn") are places (pure, token indices): people and firms
 * are not what flights, roads and borders run between. A route's noun must stand at most four words before
 * "between", in its sentence ("talks between Vell and Ortiz" are left alone).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { retypeAsPlaces } from './entity-retype';
import { lowerToken } from './token-fold';

/** Nouns for what runs between two places (also a box's or a tanker's freight rates: "rates for a container from Arlo to Penmarr"). */
const ROUTE_NOUNS: ReadonlySet<string> = new Set(`flight flights route routes road roads rail railway railways line
  lines ferry ferries border borders frontier train trains bus buses coach coaches service services link links
  motorway highway corridor pipeline crossing crossings journey journeys trip trips drive distance connection
  connections shuttle tunnel bridge ticket tickets fare fares sailing sailings voyage voyages
  container containers tanker tankers barge barges freight rates`.split(/\s+/));

/** Whether a route's noun stands at most four words before the "between" at b, in its sentence. */
function routeBefore(tokens: readonly Token[], b: number): boolean {
  const s = tokens[b].sentence;
  for (let k = b - 1; k >= b - 4 && k >= 0; k--) {
    const t = tokens[k];
    if (t.sentence !== s || t.kind !== 'word') return false;
    if (ROUTE_NOUNS.has(lowerToken(t))) return true; // "Sailings between A and B resumed"
  }
  return false;
}

/** Whether candidates a and b (b right after a) read "A to B ROUTE": "the Carva to Lemm line", "the Tell to Gorsby route". */
function endsBeforeRoute(tokens: readonly Token[], a: Candidate | undefined, b: Candidate | undefined): boolean {
  if (a === undefined || b === undefined || b.first !== a.last + 2 || tokens[a.last + 1].text !== 'to') return false;
  const n = tokenAt(tokens, b.last + 1);
  return n !== undefined && n.kind === 'word' && n.sentence === tokens[b.last].sentence && ROUTE_NOUNS.has(n.text);
}

/** The word that joins a route's second end to its first: "and" after "between", "to" after "from". */
const SECOND_END: Readonly<Record<string, string>> = { between: 'and', from: 'to' };

/** Retypes LOC the one-word ends of "ROUTE … between A and B" and "ROUTE … from A to B" that the model took for people or firms. */
export function routeEndsAsPlaces(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsPlaces(tokens, cands, (c, i) => {
    const p = tokenAt(tokens, c.first - 1), pt = p?.text;
    // every reading needs one of these words before the name or "to" after it: asked first, as most names have none
    if (pt !== 'between' && pt !== 'from' && pt !== 'and' && pt !== '&' && pt !== 'to' && tokenAt(tokens, c.last + 1)?.text !== 'to') return false;
    if (endsBeforeRoute(tokens, c, cands[i + 1]) || endsBeforeRoute(tokens, cands[i - 1], c)) return true;
    if (p?.text === 'between') return routeBefore(tokens, c.first - 1);
    if (p?.text === 'from') return tokenAt(tokens, c.last + 1)?.text === 'to' && routeBefore(tokens, c.first - 1);
    if (p?.text !== 'and' && p?.text !== '&' && p?.text !== 'to') return false;
    // the second end: "between A and B" / "from A to B", A being the candidate before
    const a = cands[i - 1], open = a === undefined ? undefined : tokenAt(tokens, a.first - 1)?.text;
    if (a === undefined || a.last !== c.first - 2 || open === undefined || SECOND_END[open] === undefined) return false;
    return (SECOND_END[open] === p.text || (open === 'between' && p.text === '&')) && routeBefore(tokens, a.first - 1);
  });
}
