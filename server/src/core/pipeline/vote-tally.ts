/**
 * A vote's tally is a claim, like the votes a candidate won (pure): "Drivers voted 518 to 37 to accept the
 * offer", "the council voted 7-2", "the vote was 21-9", "the motion was carried by 233 to 197". The figure pattern reads "518 to 37"
 * as a range and drops it (its ends are in the wrong order, and nothing after it is counted); the tally is the
 * votes for (the first figure), of votes won. It is no score (a record of play) and no range of votes.
 * ("passed by 74 votes to 19" names its votes, and the figure reading counts them already.)
 */
import type { Quantity } from '../types';

const N = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
/** A verb of voting or of a motion's fate, then the two figures with "to" or a dash and no noun after the first. */
const TALLY = new RegExp(String.raw`\b(?:vot(?:ed|es?|ing)|vote\s+(?:was|ended|finished|stood\s+at)|(?:passed|carried|approved|backed|rejected|defeated|adopted|endorsed)\s+by)\s+${N}\s*(?:\s+to\s+|[-–])\s*${N}(?![\d%]|[.,]\d|\s*(?:percent|per\s+cent|million|billion)\b)`, 'gdiu');
/** The cheap gate: a word of the pattern's verbs. */
const GATE = /vot|passed|carried|approved|backed|rejected|defeated|adopted|endorsed/i;

/** The tallies of a sentence (`sStart` its start), each as the quantity of votes for, spanning the whole tally. */
export function voteTallies(sStart: number, sentence: string): Quantity[] {
  if (!GATE.test(sentence)) return [];
  const out: Quantity[] = [];
  TALLY.lastIndex = 0;
  for (let m = TALLY.exec(sentence); m; m = TALLY.exec(sentence)) {
    const from = m.indices![1][0], to = m.index + m[0].length;
    const votes = Number(m[1].replace(/,/g, ''));
    out.push({ start: sStart + from, end: sStart + to, text: sentence.slice(from, to), low: votes, high: votes, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
  }
  return out;
}
