/**
 * A fact-check's rating, written capitalised (pure, token indices): "Verdict: False", "Rating: Mostly True",
 * "We rate this claim Misleading", "rated it Half True". The words of a rating scale are no name of anybody
 * where a rating label and its colon, or a rating verb and what it rates, stand right before them.
 * Only candidates all of whose words are rating words are asked (a set lookup on the first word).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

/** Words a rating scale is written in: "False", "Mostly True", "Half True", "Misleading", "Unproven". */
const RATING_WORDS: ReadonlySet<string> = new Set(`True False Mostly Half Partly Largely Misleading Unproven Unsupported
  Correct Incorrect Accurate Inaccurate Exaggerated Disputed Unverified`.split(/\s+/));
/** A label a rating follows after its colon: "Verdict:", "Rating:", "Our ruling:". */
const LABELS: ReadonlySet<string> = new Set(['verdict', 'rating', 'ruling']);
/** Verbs that give a rating to what follows them: "rate this claim …", "rated it …". */
const RATING_VERBS: ReadonlySet<string> = new Set(['rate', 'rates', 'rated', 'rating']);

/** Is the token at `k` a rating verb or a label with its colon after it (at most three words of what is rated between)? */
function ratedBefore(tokens: readonly Token[], first: number): boolean {
  const prev = tokenAt(tokens, first - 1);
  if (prev === undefined) return false;
  if (prev.text === ':') {
    const label = tokenAt(tokens, first - 2);
    return label !== undefined && LABELS.has(label.text.toLowerCase());
  }
  for (let k = first - 1; k >= first - 4 && k >= 0; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.sentence !== tokens[first].sentence) return false;
    if (RATING_VERBS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** Drops the type of a capitalised rating right after a rating label or verb. */
export function dropVerdicts(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || !RATING_WORDS.has(tokens[c.first].text)) continue;
    let all = true;
    for (let k = c.first + 1; k <= c.last && all; k++) all = RATING_WORDS.has(tokens[k].text);
    if (all && ratedBefore(tokens, c.first)) c.type = null;
  }
}
