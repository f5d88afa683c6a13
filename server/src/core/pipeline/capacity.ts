// A product's capacity or range ("the jet can seat up to 180 people", "the ferry seats 400", "able to
// carry 90 passengers", "has a range of 4,000 nautical miles") is its specification: what it is built
// to do, like its wingspan or its engines, which the gold convention counts as borderline at most. It
// reports nothing that happened. What a craft did carry ("carrying 150 passengers", "carried 80 people
// when it sank") or what a plan will move ("the convoy will carry 40 tonnes of aid") stays a claim.
// Pure: offsets only.
import type { Quantity } from '../types';

/**
 * Right before the figure: a verb of capacity after "can", "could", "able to", "designed to" or "built
 * to" (perhaps one adverb between, perhaps "for"), or "seat"/"accommodate" in any form.
 */
const CAPACITY_VERB = /(?:\b(?:can|could|able to|designed to|built to)\s(?:\p{Ll}+ly\s)?(?:carry|seat|hold|accommodate|fly|travel|take|lift)|\b(?:seats?|accommodates?|will seat|will accommodate))(?:\sfor)?\s$/u;

/** Right before the figure: the noun "range", perhaps a few words after it ("has a range of", "a range from", "Range for the model is expected to be"). */
const RANGE_BEFORE = /(?:\b(?:a|an|the|its|their)\s(?:\p{Ll}+\s)?range|(?:^|[.!?]\s)Range)\b(?:(?:\s[\p{L}\d-]+){0,8}?\s(?:of|from|be|is|was))?\s$/u;
/** A range is a distance: the figure's unit. */
const DISTANCE_AFTER = /^\s(?:nautical\s)?(?:miles|mi|km|kilomet(?:re|er)s)\b/;

/** A figure in brackets right after another one ("6,000 miles (9,600 km)"): its conversion, a capacity if the first one is. */
const CONVERTED_BEFORE = /(?:(?:from|between|up to|about|some)\s)?\d[\d,.]*(?:\s(?:to|and)\s\d[\d,.]*)?(?:\s\p{L}+){1,2}\s?\(\s?$/u;

/** What ends the clause a capacity verb governs (the figure then belongs to another verb). */
const CLAUSE_END = /[,.;:!?](?=\s)|\s(?:and|but|while|which|who|that|when|after|before|because|as)\s/i;

/**
 * Right before a figure that is a span or a bound ("between 180 and 230", "up to 400"): a verb of
 * capacity in the plain present ("the jet carries between 180 and 230 passengers", "the hall holds up to
 * 400"), which says what a thing is built for. A single figure stays a claim ("the trust holds 300 flats").
 */
const SPEC_VERB = /\b(?:carries|holds|seats|accommodates)\s$/;
const SPAN_OR_BOUND = /^(?:between|up to|from)\s/i;

/** After the counted noun: the figure varies with the build ("… depending on the seating configuration"). */
const DEPENDS_ON_BUILD = /^[^,.;:!?]{0,40}?\sdepending on (?:the |its |their |a )?(?:\p{Ll}+\s)?(?:configuration|layout|version|model|variant|seating|cabin)s?\b/u;

/** Every word the tests below need, one of which must occur. */
const HINT = /can |could |able to |designed to |built to |seat|accommodat|range|Range/;

/** How far back the capacity verb may stand ("can fly for 9,000 miles (14,500 km) with 300 passengers"). */
const REACH = 64;

/**
 * Is `q` a capacity or range of a product, not a count of what happened? Counts only (a sum a fund "can
 * hold" is money). Also a span or bound after a plain-present verb of capacity, or a span that depends
 * on the build ("seats 160 to 240 travellers, depending on how the cabin is laid out").
 */
export function capacityFigure(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count') return false;
  if (SPAN_OR_BOUND.test(q.text) && SPEC_VERB.test(text.slice(Math.max(sentenceStart, q.start - 16), q.start))) return true;
  if (q.low !== q.high && DEPENDS_ON_BUILD.test(text.slice(q.end, q.end + 100))) return true;
  if (capacityBefore(text.slice(Math.max(sentenceStart, q.start - REACH), q.start), text, q)) return true;
  // (CONVERTED_BEFORE ends in a bracket and at most one space: most figures have none, and the pattern is tried from every position)
  if (!bracketBefore(text, q.start, sentenceStart)) return false;
  const converted = CONVERTED_BEFORE.exec(text.slice(Math.max(sentenceStart, q.start - 40), q.start));
  if (converted === null) return false;
  const first = q.start - converted[0].length;
  return capacityBefore(text.slice(Math.max(sentenceStart, first - REACH), first), text, q);
}

/** Is there a '(' right before `at`, or before one white space there (within the sentence from `sentenceStart`)? */
function bracketBefore(text: string, at: number, sentenceStart: number): boolean {
  const c = at - 1 >= sentenceStart ? text.charCodeAt(at - 1) : 0;
  if (c === 40) return true;
  return at - 2 >= sentenceStart && /\s/.test(text[at - 1]) && text.charCodeAt(at - 2) === 40;
}

/**
 * Does `before` (the sentence up to a figure) end in a verb of capacity that governs the figure, or in a
 * range (when the figure `q` is a distance: DISTANCE_AFTER)?
 */
function capacityBefore(before: string, text: string, q: Quantity): boolean {
  // Most figures have none of the words: one scan for all of them first.
  if (!HINT.test(before)) return false;
  if (CAPACITY_VERB.test(before) || DISTANCE_AFTER.test(text.slice(q.end, q.end + 20)) && RANGE_BEFORE.test(before)) return true;
  // Further on in the same clause: "can fly for 9,000 miles with 300 passengers", "able to carry 500 or up to 800".
  for (const verb of ['can ', 'could ', 'able to ', 'designed to ', 'built to ']) {
    const at = before.lastIndexOf(verb);
    if (at < 0) continue;
    const rest = before.slice(at);
    const m = /^(?:can|could|able to|designed to|built to)\s(?:\p{Ll}+ly\s)?(?:carry|seat|hold|accommodate|fly|travel)\s/u.exec(rest);
    if (m !== null && !CLAUSE_END.test(rest.slice(m[0].length))) return true;
  }
  return false;
}
