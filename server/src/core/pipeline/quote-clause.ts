/**
 * Whether a speech verb found near a quotation can be that quotation's cue, and whether the words
 * around the marks say the writer is keeping a phrase at a distance (a scare quote). Pure token and
 * text checks, used by quote-speaker.ts and 04-quotes.ts.
 */
import type { Token } from '../types';

/** "so-called “…”", "a self-styled “…”": the writer distances the phrase, whoever speaks in the sentence. */
const DISTANCING = /(?:\bso[- ]called|\bself[- ]styled|\bsupposed|\bwould-be)\s*$/i;

/** Does the text right before the opening mark at `open` mark the quotation as a scare quote? */
export function distancedBefore(text: string, open: number): boolean {
  return DISTANCING.test(text.slice(Math.max(0, open - 16), open));
}

const BE = /^(is|are|was|were|be|been|being|get|gets|got|getting)$/i;

/**
 * A passive speech verb ("families who were told to leave", "it was announced") has no speaking
 * subject: the quote after it is not that subject's words. "was quoted as saying" is not passive
 * speech (its own pattern handles it).
 */
export function passiveSpeech(tokens: Token[], j: number): boolean {
  let b = j - 1;
  if (/^(not|also|later|then|already|never|repeatedly|reportedly)$/i.test(tokens[b]?.text ?? '')) b--;
  if (!BE.test(tokens[b]?.text ?? '')) return false;
  if (tokens[j + 1]?.text === 'as' && tokens[j + 2]?.text === 'saying') return false;
  return /^(told|asked|informed|advised|quoted|announced|warned|reported|described|called|said|urged|promised|assured)$/i.test(tokens[j].text);
}

/** Speech verbs that, followed by a comma, introduce a quote ("X said, “…”"); a noun such as "label" never does. */
const INTRODUCING = /^(said|says|told|tells|asked|asks|wrote|writes|added|adds|stated|states|declared|declares|replied|replies|explained|explains|insisted|insists|warned|warns|answered|answers|responded|responds)$/i;

/** Words that open a clause set off before the main clause ("After the council confirmed X, …"). */
const SUBORDINATOR = /^(after|when|whenever|before|since|although|though|while|once|because|as|if|until|unless|whereas)$/i;

/**
 * Is the verb at `j` inside a clause that a comma has closed before the quote at `quote`: a
 * relative clause (", who announced the closure on Monday, toured the “…” camp") or a clause
 * opening the sentence ("After the council confirmed the closure, the “…” barrier went up")?
 * Such a verb belongs to its clause, not to the quotation.
 */
export function closedClauseVerb(tokens: Token[], j: number, quote: number, floor: number): boolean {
  let comma = -1;
  for (let k = j + 1; k < quote; k++) if (tokens[k].text === ',') { comma = k; break; }
  if (comma < 0) return false;
  // "Whereas X said, “…”": a comma right after the verb and right before the quote introduces the quote.
  if (comma === j + 1 && comma === quote - 1 && INTRODUCING.test(tokens[j].text)) return false;
  // the start of the verb's clause: after the nearest comma before it, or the sentence start
  let s = j - 1;
  while (s >= floor && tokens[s].text !== ',') s--;
  const opener = tokens[s + 1];
  if (!opener || s + 1 >= j) return false;
  if (s >= floor && /^(who|which|whom)$/i.test(opener.text)) return true;
  // "As Rina Holt told the Gazette, “…”": a clause opened by "as" introduces the quote right after its comma.
  if (s < floor && /^as$/i.test(opener.text) && comma === quote - 1) return false;
  return s < floor && SUBORDINATOR.test(opener.text);
}
