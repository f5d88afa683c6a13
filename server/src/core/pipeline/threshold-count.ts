/**
 * "About 9,000 children have missed at least one dose": "at least one" after a claim of the same
 * sentence says which of them are counted (a threshold), it is no second figure. The last claim
 * takes its words instead.
 */
import type { Claim } from '../types';

/** "at least one", "more than one": a threshold of one. */
const THRESHOLD = /^(?:at\s+least|more\s+than)\s+(?:one|1)$/i;
/** What may stand between the claim and its threshold: no clause break ("and", "but", a comma, a semicolon). */
const JOINED = /^[^,;:()"“”]*$/;
/** Words that open another clause between them: a conjunction, a subordinator, a relative word. */
const CLAUSE_WORD = /\b(?:and|but|or|while|whereas|although|after|before|when|because|since|until|if|as|that|which|who)\b/i;

/**
 * Is claim `c` a threshold of one that a verb takes as its object ("have missed at least one dose")
 * right after the last claim of sentence `si`, in the same clause (no conjunction or relative word
 * between), saying nothing happened of its own (no measure in `measures`)? Then the last claim runs on over it.
 */
export function thresholdOfLast(text: string, last: Claim | undefined, c: Claim, si: number, measures: ReadonlySet<string>): boolean {
  if (last === undefined || last.sentence !== si || !thresholdInitial(c.quantity.text.charCodeAt(0) | 0x20) || !THRESHOLD.test(c.quantity.text) || measures.has(c.measure)) return false;
  // (a verb before the threshold takes it as its object: "missed at least one dose"; "after at least one mortar round struck" is a clause of its own)
  if (c.quantity.start < last.start || c.end <= last.end || c.start === c.quantity.start) return false;
  const between = last.end <= c.start ? text.slice(last.end, c.start) : '';
  if (!JOINED.test(between) || CLAUSE_WORD.test(between)) return false;
  last.end = c.end;
  last.text = text.slice(last.start, last.end);
  return true;
}

/** Is `c` (lower case) the first letter of "at least" or "more than" (cheap gate before THRESHOLD)? */
function thresholdInitial(c: number): boolean {
  return c === 97 || c === 109;
}
