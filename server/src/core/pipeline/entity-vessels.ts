/**
 * A ship's or boat's name ("the ferry Mira Dawn", "the tanker Orsa Bay", "the trawler Kestrel") is no person,
 * body or place: the name right after a noun for a vessel, or after a ship prefix ("MV Orsa Bay", "HMS Talbot"),
 * is dropped, and so is the same name later in the document ("the Mira Dawn sank"). Without this the vessel
 * became a person in every article. A noun used as a verb ("to ferry Tessaly children") names no vessel.
 * Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

/** Lower-case nouns for a vessel written right before its name. */
const VESSEL_NOUNS: ReadonlySet<string> = new Set(`ferry tanker supertanker freighter trawler yacht superyacht vessel ship warship
  liner frigate destroyer submarine tugboat tug barge schooner dredger icebreaker steamer catamaran lifeboat sailboat dinghy
  gunboat minesweeper corvette cutter dhow skiff sloop`.split(/\s+/));
/** Prefixes that open a ship's name ("MV Orsa Bay"). */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['MV', 'MS', 'MT', 'HMS', 'USS', 'RMS', 'HMAS', 'HMCS', 'HMNZS', 'INS']);

/**
 * Words that may follow the vessel noun of an apposition ("the largest car ferry ever launched", "a trawler that
 * sank"); any other word makes the noun a compound's modifier ("the ferry captain", "a ferry ride away").
 */
const AFTER_VESSEL: ReadonlySet<string> = new Set(`ever that which built launched named in on from with of to and whose carrying
  owned operated registered bound`.split(/\s+/));

/**
 * Is the name `c` followed by an apposition that calls it a vessel: ", the largest car ferry", ", a trawler"
 * ("the Brenna Star, the largest car ferry ever launched in Tarnby")? Up to three words between the article and
 * the noun; not a compound ("Ada Holm, the ferry captain", "Skarv, a ferry ride away").
 */
function vesselApposition(tokens: readonly Token[], c: Candidate): boolean {
  const comma = tokens[c.last + 1], det = tokens[c.last + 2];
  if (comma?.text !== ',' || (det?.text !== 'the' && det?.text !== 'a' && det?.text !== 'an') || det.sentence !== tokens[c.last].sentence) return false;
  for (let k = c.last + 3; k <= c.last + 6; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || t.sentence !== det.sentence || t.text !== t.text.toLowerCase()) return false;
    if (!VESSEL_NOUNS.has(t.text)) continue;
    const next = tokens[k + 1];
    // (a possessive makes the vessel another noun's owner: "Tarnby, the ferry's last stop of the day")
    if (next !== undefined && (next.text === "'s" || next.text === '’s' || next.text === "'" || next.text === '’')) return false;
    return next === undefined || next.sentence !== t.sentence || next.kind !== 'word' || AFTER_VESSEL.has(next.text);
  }
  return false;
}

/** Where the vessel's name starts in `c` (after a ship prefix inside it, or at its start after a vessel noun or before a vessel's apposition), or -1. */
function vesselAt(tokens: readonly Token[], c: Candidate): number {
  if (c.last > c.first && SHIP_PREFIXES.has(tokens[c.first].text)) return c.first + 1;
  if (vesselApposition(tokens, c)) return c.first;
  const prev = c.first > 0 ? tokens[c.first - 1] : undefined;
  if (prev === undefined || prev.sentence !== tokens[c.first].sentence || !VESSEL_NOUNS.has(prev.text)) return -1;
  const before = c.first > 1 ? tokens[c.first - 2] : undefined;
  return before !== undefined && before.sentence === prev.sentence && before.text === 'to' ? -1 : c.first;
}

/** The words of tokens from..last, joined by spaces (a name's words). */
function wordsOf(tokens: readonly Token[], from: number, last: number): string {
  let out = tokens[from].text;
  for (let k = from + 1; k <= last; k++) out += ' ' + tokens[k].text;
  return out;
}

/**
 * Drops each untyped-role candidate whose name `at` finds (the index its name starts at, or -1), and every later
 * candidate with the same words ("the ferry Mira Dawn … the Mira Dawn sank"). Shared with entity-animals.ts.
 */
export function dropNamedThings(tokens: readonly Token[], cands: Candidate[], at: (tokens: readonly Token[], c: Candidate) => number): void {
  let names: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === null || c.role !== null) continue;
    const from = at(tokens, c);
    if (from < 0) continue;
    c.type = null;
    (names ??= new Set()).add(wordsOf(tokens, from, c.last));
  }
  if (!names) return;
  for (const c of cands) if (c.type !== null && c.role === null && names.has(wordsOf(tokens, c.first, c.last))) c.type = null;
}

export function dropVessels(tokens: readonly Token[], cands: Candidate[]): void {
  dropNamedThings(tokens, cands, vesselAt);
}
