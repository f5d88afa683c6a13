/**
 * A correction's denied figure is no claim (pure): "The fund is worth $7.3 million, not $73 million as reported",
 * "not 52 homes, as was first reported, but 19". The text says the figure is wrong; the figure it puts in its
 * place is the claim.
 */
import type { Claim, Quantity } from '../types';
import { isRegexSpace, letterAfterSpaces } from './spaces-around';

/** "not" right before the figure (the cheap gate). */
const NOT_BEFORE = /(?:^|[\s,;(—–])not\s+$/i;
/** Right after another figure of the sentence: "$7.3 million, not $73 million". */
const AFTER_FIGURE = /^\s*,?\s*(?:and\s+)?not\s+$/i;
/** Right after the figure and what it counts: "as reported", "as was first stated", "as the agency had claimed". */
const AS_REPORTED = /^[^,;.]{0,40}?,?\s+as\s+(?:(?:was|were|had|has|have|been|first|earlier|previously|originally|initially|wrongly|incorrectly|mistakenly|widely|the\s+\S+|some|many|\p{Lu}\S*)\s+){0,3}(?:reported|stated|claimed|published|printed|announced|said|thought|believed|suggested)\b/iu;

/** Is figure `q` of claim `c` the one a correction denies? `last` is the claim before it, `si` its sentence. */
export function deniedFigure(text: string, q: Quantity, c: Claim, last: Claim | undefined, si: number): boolean {
  // (cheap gate: the "t" of "not " two characters before the figure)
  if (q.start < 4 || (text.charCodeAt(q.start - 2) | 32) !== 116 || !NOT_BEFORE.test(text.slice(q.start - 6 < 0 ? 0 : q.start - 6, q.start))) return false;
  if (last && last.sentence === si && last.end <= q.start && AFTER_FIGURE.test(text.slice(last.end, q.start))) return true;
  return AS_REPORTED.test(text.slice(c.end, c.end + 120));
}

/** Between a claim and a speaker after it: the denied figure and "as" ("…, not 71 as the agency had claimed"). */
const DENIED_AS = /^\s*,?\s*not\s+[^,;"“”]{1,40}?,?\s+as\s+$/i;

/** Does the speaker after a claim report the figure the correction denies, not the claim? `between` is the text between them. */
export function speakerOfDenied(between: string): boolean {
  return DENIED_AS.test(between);
}

/** The denied figure and its noun before a bare corrected one: "not 52 homes, as was first reported, but " (group 1: the noun). */
const DENIED_THEN_BUT = /\bnot\s+(?:about\s+|some\s+|around\s+)?\d[\d,.]*\s+(\p{Ll}+)\b[^;.:"“”]{0,60}?,?\s+but\s+$/iu;

/**
 * "not 52 homes, as was first reported, but 19": the bare figure after "but" counts what the denied one
 * counted. The noun, or null when the figure follows no such correction.
 */
export function correctedNoun(text: string, sStart: number, q: Quantity): string | null {
  // (cheap gate: "but " right before the figure)
  if (q.start - sStart < 12 || text.charCodeAt(q.start - 1) !== 32 || (text.charCodeAt(q.start - 2) | 32) !== 116 || (text.charCodeAt(q.start - 3) | 32) !== 117 || (text.charCodeAt(q.start - 4) | 32) !== 98) return null;
  const m = DENIED_THEN_BUT.exec(text.slice(Math.max(sStart, q.start - 120), q.start));
  return m ? m[1] : null;
}

/** ", not 381 as first reported" (group 1: a noun after the denied figure) right after a bare figure. */
const NOT_THEN_AS = /^,?\s+not\s+(?:about\s+|some\s+|around\s+)?\d[\d,.]*(?:\s+(?!as\b)(\p{Ll}+))?/iu;
/** "the number of jobs", "the tally of homes": what a count named before the correction counts (group 1). */
const COUNT_OF = /\b(?:number|tally|count|toll)\s+of\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{2,}s)\b(?![\s\S]*\b(?:number|tally|count|toll)\s+of\b)/u;

/**
 * "It was 318, not 381 as first reported": the bare figure a correction puts in place of the denied one
 * counts what the denied one counts (a noun after it), else what the count named in `before` (the text
 * from the sentence before up to the figure) counts. The plural noun, '' for a correction whose noun is
 * not found, or null when the figure is followed by no correction.
 */
export function correctingNoun(text: string, q: Quantity, before: string): string | null {
  // (cheap gate: a comma or a space, then "not", right after the figure)
  const c = text.charCodeAt(q.end);
  if (c !== 44 && c !== 32) return null;
  // (and "n" after the comma and the spaces: NOT_THEN_AS needs at least one space)
  const sp = c === 44 ? q.end + 1 : q.end;
  if (sp >= text.length || !isRegexSpace(text.charCodeAt(sp)) || letterAfterSpaces(text, sp, q.end + 40) !== 110) return null;
  const m = NOT_THEN_AS.exec(text.slice(q.end, q.end + 40));
  if (m === null || !AS_REPORTED.test(text.slice(q.end + m[0].length - (m[1]?.length ?? 0), q.end + m[0].length + 80))) return null;
  if (m[1] !== undefined && m[1].endsWith('s')) return m[1];
  return COUNT_OF.exec(before)?.[1] ?? '';
}
