/**
 * The rank a role's modifiers give it: "the governor" is not "a deputy governor", nor "the former mayor"
 * the mayor who speaks now. A bare role ("the governor said") resolves only to a person whose role has
 * the same rank words before its head (none, or the same ones). Used by speaker-resolve.ts resolveTitle
 * and speaker-copular-role.ts.
 */

/** Modifiers that make a role another post than the bare noun: a deputy, a predecessor, a stand-in. */
const RANKS = new Set(['deputy', 'vice', 'acting', 'former', 'assistant', 'associate', 'interim', 'ex']);
/** How many words before the head are read for rank words ("the former deputy finance minister"). */
const RANK_REACH = 3;

/**
 * The rank words among the (lower-case) `words` right before index `head`, back to a determiner, a
 * link or RANK_REACH words, in order and joined by a space; '' when there are none. A hyphened rank
 * ("vice-governor", "ex-mayor") is read from the head word itself.
 */
export function rankBefore(words: readonly string[], head: number): string {
  let rank = '';
  const h = words[head];
  const dash = h.indexOf('-');
  if (dash > 0 && RANKS.has(h.slice(0, dash))) rank = h.slice(0, dash);
  for (let i = head - 1; i >= 0 && i >= head - RANK_REACH; i--) {
    const w = words[i];
    if (RANKS.has(w)) rank = rank === '' ? w : `${w} ${rank}`;
    else if (STOPS.has(w)) break;
  }
  return rank;
}
/** Words that end the modifiers of a role, read backwards. */
const STOPS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'for', 'and', 'at', 'is', 'was', 'as']);

/**
 * The rank of the role `role` (any case, words split at spaces and commas) at its first word `head`
 * or hyphened "x-head"; undefined when the role does not hold the head.
 */
export function roleRank(role: string, head: string): string | undefined {
  const words = role.toLowerCase().split(/[\s,]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === head || (w.endsWith(head) && w.length > head.length && w.charCodeAt(w.length - head.length - 1) === 45 && RANKS.has(w.slice(0, -head.length - 1)))) return rankBefore(words, i);
  }
  return undefined;
}

/** The rank of a speaker phrase that starts at `start` in `text` and is headed by `head` ("the deputy governor"): see rankBefore. */
export function phraseRank(text: string, start: number, head: string): string {
  const m = PHRASE.exec(text.slice(start, start + 80));
  if (m === null) return '';
  const words = m[0].toLowerCase().split(/\s+/);
  const i = words.indexOf(head);
  return i < 0 ? roleRank(m[0], head) ?? '' : rankBefore(words, i);
}
/** The words of a phrase from its determiner: its head is among them. */
const PHRASE = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,5}/u;

/**
 * The owner a speaker phrase at `start` names in the possessive before its head `head` ("the ferry firm's
 * president" → "firm"), lower case; undefined when it names none. "The firm's president" is nobody whose
 * role another body gives.
 */
export function phraseOwner(text: string, start: number, head: string): string | undefined {
  const m = OWNED.exec(text.slice(start, start + 80));
  return m !== null && m[2].toLowerCase().split(/\s+/).includes(head) ? m[1].toLowerCase() : undefined;
}
/** A determiner, words, a possessive, then the words that hold the head. */
const OWNED = /^\p{L}+\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?:['’]s|s['’])\s+((?:[\p{L}-]+\s*){1,3})/u;
