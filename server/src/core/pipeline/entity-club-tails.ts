/**
 * A club named by the last word of its name alone (pure, token indices): after "Harlow United beat
 * Kestrel City 2-1", "City had led" and "United manager Gail Henshaw" name the clubs, not a person
 * called "City" or "United". A newspaper is named so too ("the Echo" after the "Harlow Valley Echo"). The word stands for the club only when one organisation of the document
 * ends with it (two "… City" clubs: it is left alone), and only after that club is named in full.
 */
import type { LocalEntity, Token } from '../types';
import type { Candidate } from './03-entities';
import { fold } from '../text/normalize';
import { CLUB_TAILS } from './entity-teams';
import { lowerToken } from './token-fold';

/**
 * A newspaper's title word, which stands for the paper alone after its full title: "the Echo" after the
 * "Harlow Valley Echo", "the Courier" after the "Brenmouth Courier".
 */
const PAPER_TAILS = ['echo', 'herald', 'gazette', 'chronicle', 'courier', 'ledger', 'dispatch', 'examiner', 'sentinel',
  'inquirer', 'mercury', 'advertiser', 'telegraph', 'tribune', 'observer'];

/**
 * Does a name's last folded word title a newspaper ("Pellham Herald", "Orvik Times")? Its first word is then
 * the town the paper is named after, not the paper's short name ("died in Pellham").
 */
export function paperTitle(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return PAPER_TAILS.includes(last) || last === 'times' || last === 'journal';
}

/**
 * Last words of clubs' names that stand for the club alone: CLUB_TAILS and the town words of "Kestrel
 * City", "Brell Town"; and newspapers' title words, which a paper goes by the same way.
 */
const SHORT_TAILS: ReadonlySet<string> = new Set([...CLUB_TAILS, 'city', 'town', 'county', 'rangers', ...PAPER_TAILS]);

/** A word of a title-case shape ("City"): a club's short name is written so. */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Adds `k` under `tail`, or marks the tail ambiguous (null) when another club already ends with it. */
function note<K>(clubs: Map<string, K | null>, tail: string, k: K): void {
  const had = clubs.get(tail);
  if (had === undefined) clubs.set(tail, k);
  else if (had !== k) clubs.set(tail, null);
}

/**
 * Token indices of club short names that no candidate covers yet (a sentence-initial "City" dropped
 * as an ordinary word, "Rovers boss …"): one capitalised word alone, after its club's first full
 * mention, for the caller to add as ORG candidates (`clubByTail` joins them to the club).
 */
export function clubNamesAlone(tokens: readonly Token[], cands: readonly Candidate[], cap: Uint8Array): number[] {
  let clubs: Map<string, string | null> | null = null;
  const firstAt = new Map<string, number>();
  for (const c of cands) {
    if (c.type !== 'ORG' || c.last === c.first || !c.info) continue;
    const tail = lowerToken(tokens[c.last]);
    if (!SHORT_TAILS.has(tail)) continue;
    note((clubs ??= new Map()), tail, c.info.key);
    if (!firstAt.has(tail)) firstAt.set(tail, c.first);
  }
  if (!clubs) return [];
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) for (let k = c.first; k <= c.last; k++) covered[k] = 1;
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!cap[k] || covered[k]) continue;
    const tail = lowerToken(tokens[k]);
    const from = firstAt.get(tail);
    if (from === undefined || k < from || !clubs.get(tail) || !TITLE_WORD.test(tokens[k].text)) continue;
    // One word alone: not part of a longer capitalised name ("Town Hall"), nor of "City of …".
    if ((k > 0 && cap[k - 1] && tokens[k - 1].sentence === tokens[k].sentence) || (k + 1 < tokens.length && cap[k + 1])) continue;
    if (k + 1 < tokens.length && lowerToken(tokens[k + 1]) === 'of') continue;
    out.push(k);
  }
  return out;
}

/**
 * The local entity each short-name word stands for: the one ORG entity whose name of two or more
 * words ends with it (`SHORT_TAILS`); none where two organisations end with the same word.
 */
export function clubByTail(entities: readonly LocalEntity[]): Map<string, number | null> {
  const clubs = new Map<string, number | null>();
  entities.forEach((e, k) => {
    if (e.type !== 'ORG' || !/\s/.test(e.name)) return; // one word (folding adds no space): no tail to stand for it
    const words = fold(e.name).split(/\s+/);
    const tail = words[words.length - 1];
    if (words.length > 1 && SHORT_TAILS.has(tail)) note(clubs, tail, k);
  });
  return clubs;
}

/**
 * A one-word candidate of a headline after a word in lower case or none ("Wexley Town end Rovers'
 * run"): a word of its own there, not the end of capitalised words ("… Hits Coastal Town").
 */
export function aloneInHeadline(tokens: readonly Token[], c: Candidate): boolean {
  if (!c.titleCase || c.first !== c.last) return false;
  const before = tokens[c.first - 1];
  return before === undefined || before.sentence !== tokens[c.first].sentence || before.kind !== 'word' || !/^\p{Lu}/u.test(before.text);
}

/** Is `f` (a one-word candidate's fold) a word that may stand for a club? */
export function isClubTail(f: string): boolean {
  return SHORT_TAILS.has(f);
}
