/**
 * Countries and cities that a document shows playing a match are teams (pure, token indices): a place
 * name right beside a score ("Norway 2 – 1 Chile", "Ghana lost 0-3 to Peru", "Norway beat Chile 2-1")
 * names the side, not the land, and so do its other mentions in that document ("a goal for Norway",
 * "Chile had the ball"). A mention after a preposition of place ("fans in Norway") is retyped too: one
 * document-local entity has one type, and a lone place mention would otherwise type the side LOC.
 * Scores are one- or two-digit numbers joined by a hyphen or an en dash, in the same sentence.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isClubTail } from './entity-club-tails';
import { resultLineSide, scoreAt, scoreEndsAt } from './score-at';
import { lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';

/** Verbs between a side and the score or the other side: "beat", "lost 0-3", "won 3-1", "drew 1-1 with". */
const RESULT_VERBS = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'lost', 'loses', 'drew', 'draws', 'tied', 'won', 'wins',
]);

function isResultVerb(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && RESULT_VERBS.has(lowerToken(t));
}

/**
 * A club by its name's last word: "Brinsford Albion" (ORG), or "Albion" alone (typed as it may be
 * before it joins its club in local resolution).
 */
function isClub(tokens: readonly Token[], c: Candidate | undefined): c is Candidate {
  return c !== undefined && (c.type === 'ORG' || c.first === c.last) && isClubTail(lowerToken(tokens[c.last]));
}

/** A score at `k` after a result verb's object, also after "by" ("beat Kelby by 2-14 to 1-11", the Gaelic games' way). */
function resultScoreAt(tokens: readonly Token[], k: number, s: number): boolean {
  const t = tokenAt(tokens, k);
  if (t === undefined) return false;
  return t.text === 'by' ? scoreAt(tokens, k + 1, s) > 0 : scoreAt(tokens, k, s) > 0;
}

/**
 * "Albion beat Castlemoor 2-0", "Castlemoor beat Brinsford Albion 2-0": a one-word name across a
 * result verb from a club (`isClub`), with the score after the second side, is the other side. (Two
 * persons across it stay persons, "Varga beat Holm 6-3", as do those facing an ORG of other words.)
 */
function facesClub(tokens: readonly Token[], cands: readonly Candidate[], i: number, s: number): boolean {
  const c = cands[i], prev = cands[i - 1], next = cands[i + 1];
  if (isClub(tokens, prev) && prev.last === c.first - 2 && isResultVerb(tokens[c.first - 1]) && resultScoreAt(tokens, c.last + 1, s)) return true;
  return isClub(tokens, next) && next.first === c.last + 2 && isResultVerb(tokens[c.last + 1]) && resultScoreAt(tokens, next.last + 1, s);
}

/**
 * "Harlow beat Denby 2-1": two one-word names across a result verb, the score after the second, that no
 * list knows as a given name or a surname, are towns' sides. A player is named in full before a surname
 * stands alone (`teamsByScore` keeps the surnames of full names the document writes); "Varga beat Holm 6-3"
 * with known surnames stays two persons.
 */
function unnamedSides(tokens: readonly Token[], a: Candidate, b: Candidate): boolean {
  if ((a.type !== 'PERSON' && a.type !== 'LOC') || (b.type !== 'PERSON' && b.type !== 'LOC') || a.first !== a.last || b.first !== b.last || a.role !== null || b.role !== null) return false;
  if (b.first !== a.last + 2 || !isResultVerb(tokens[a.last + 1]) || !resultScoreAt(tokens, b.last + 1, tokens[b.first].sentence)) return false;
  return !personWord(tokens[a.first]) && !personWord(tokens[b.first]);
}

/**
 * "Harlow beat them 2-1": a one-word name before a result verb, "them" and a score, that no list knows as
 * a given name or a surname, is a side: a player beats "him" or "her", a team beats "them".
 */
function beatThem(tokens: readonly Token[], c: Candidate): boolean {
  if ((c.type !== 'PERSON' && c.type !== 'LOC') || c.first !== c.last || c.role !== null || !isResultVerb(tokenAt(tokens, c.last + 1))) return false;
  const them = tokenAt(tokens, c.last + 2);
  return them !== undefined && lowerToken(them) === 'them' && scoreAt(tokens, c.last + 3, tokens[c.first].sentence) > 0 && !personWord(tokens[c.first]);
}

/**
 * "they beat Kelby 4-2": a one-word name after "they" or "we", a result verb, and a score, that no list
 * knows as a given name or a surname, is a side: a side that "they" beat is a team, as is one "them" names.
 */
function theyBeat(tokens: readonly Token[], c: Candidate): boolean {
  if ((c.type !== 'PERSON' && c.type !== 'LOC') || c.first !== c.last || c.first < 2 || c.role !== null || !isResultVerb(tokens[c.first - 1])) return false;
  const they = lowerToken(tokens[c.first - 2]);
  return (they === 'they' || they === 'we') && scoreAt(tokens, c.last + 1, tokens[c.first].sentence) > 0 && !personWord(tokens[c.first]);
}

/** A word the lexicons know as a given name or a surname. */
function personWord(t: Token): boolean {
  const l = lowerToken(t);
  return lexicon.firstNames.has(l) || lexicon.lastNames.has(l) || isKnownGivenName(t.text);
}

/**
 * Retypes as ORG every LOC mention of a place name that some mention shows playing a scored match,
 * and every PERSON mention of a one-word name that some mention shows playing a club (`facesClub`) or on a result line.
 */
export function teamsByScore(tokens: readonly Token[], cands: Candidate[]): void {
  let teams: Set<string> | null = null;
  let sides: Set<string> | null = null;
  let towns: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    // A side of a result line ("Harwick 3 Castlemoor 0"): a line of names and two scores is no person's.
    if (c.type === 'PERSON' && c.first === c.last && c.role === null && c.info && (facesClub(tokens, cands, i, tokens[c.first].sentence) || resultLineSide(tokens, c.first, tokens[c.first].sentence))) {
      (sides ??= new Set()).add(c.info.key);
      continue;
    }
    if (c.info && (beatThem(tokens, c) || theyBeat(tokens, c))) {
      (towns ??= new Set()).add(c.info.key);
      continue;
    }
    const other = i + 1 < cands.length ? cands[i + 1] : undefined;
    if (other && c.info && other.info && unnamedSides(tokens, c, other)) {
      (towns ??= new Set()).add(c.info.key).add(other.info.key);
      continue;
    }
    if (c.type !== 'LOC' || c.role !== null || !c.info) continue;
    const s = tokens[c.first].sentence;
    const after = c.last + 1;
    let side = scoreAt(tokens, after, s) > 0 || scoreEndsAt(tokens, c.first, s); // "Norway 2 – 1", "2 – 1 Chile"
    // "Ghana lost 0-3", "… 0-3 to Peru"
    if (!side) side = (isResultVerb(tokenAt(tokens, after)) && scoreAt(tokens, after + 1, s) > 0) || (tokenAt(tokens, c.first - 1)?.text === 'to' && scoreEndsAt(tokens, c.first - 1, s));
    // "Norway beat Chile 2-1": the side before the verb, and the one after it
    // Neighbours and tokens read through bounds checks: a read past an array's end throws optimised code away.
    const next = i + 1 < cands.length ? cands[i + 1] : undefined;
    if (!side && next && isResultVerb(tokenAt(tokens, after)) && next.first === after + 1 && resultScoreAt(tokens, next.last + 1, s)) side = true;
    const prev = i > 0 ? cands[i - 1] : undefined;
    if (!side && prev && isResultVerb(tokenAt(tokens, c.first - 1)) && prev.last === c.first - 2 && resultScoreAt(tokens, after, s)) side = true;
    if (side) (teams ??= new Set()).add(c.info.key);
  }
  if (towns) {
    // A person's surname the document writes after a given name ("Ada Kell … Kell beat Holm 6-3") is no town's side.
    for (const c of cands) if (c.type === 'PERSON' && c.last > c.first) towns.delete(lowerToken(tokens[c.last]));
    for (const k of towns) { (sides ??= new Set()).add(k); (teams ??= new Set()).add(k); }
  }
  for (const c of cands) {
    if (c.role !== null || !c.info) continue;
    if ((c.type === 'LOC' && teams?.has(c.info.key)) || (c.type === 'PERSON' && sides?.has(c.info.key))) c.type = 'ORG';
  }
}
