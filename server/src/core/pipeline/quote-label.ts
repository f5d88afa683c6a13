/**
 * Quotation marks around a name or a label rather than anybody's words: "the “Blue Line” project",
 * "a “reset” that nobody asked for". Pure token and text checks, used by 04-quotes.ts to keep such
 * marks out of the quotes (they become scare quotes) unless a naming verb gives them a speaker
 * ("what she called a “reset”", "described the plan as a “gamble”").
 */
import type { Token } from '../types';

/** Words that open a noun phrase a quoted label can sit inside. */
const NP_DETERMINER = /^(a|an|the|this|these|those|its|their|our|his|her|your|my)$/i;
/** Verbs by which somebody gives a thing the quoted name ("called it a", "dubbed the"), and the "as" of "described as a". */
const NAMING = /^(call|calls|called|calling|dub|dubs|dubbed|dubbing|term|terms|termed|terming|label|labels|labelled|labeled|labelling|labeling|brand|brands|branded|branding|nickname|nicknamed|christened|as)$/i;
/** The object between a naming verb and its determiner: "called it a “…”". */
const NAMED_OBJECT = /^(it|them|him|her|this|that|itself|themselves|himself|herself)$/i;
/** Words that continue a noun phrase a quoted word sits inside: "the “review” that followed", "the “plan” to …". */
const NP_CONTINUES = /^(that|which|who|whose|to)$/i;
/** A label is short and does not end like a clause. */
const LABEL_MAX_WORDS = 4;
const ENDS_CLAUSE = /[.,;:!?…]\s*$/;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
/** Does every word start with a capital or a digit ("Blue Line", "Plan B", "Route 9")? */
const titleCase = (s: string) => s.split(/\s+/).every((w) => CAPITAL_OR_DIGIT.test(w));

/**
 * Are the marks of a partial quote (its text `inner`, `words` words; `before` is the token before
 * the opening mark, `after` the first token after the closing one) around a label rather than
 * somebody's words? A title-case phrase of two words or more, or after a determiner, is a name; a
 * word between a determiner and a relative pronoun or "to" sits inside a noun phrase. Neither is
 * a label when a naming verb right before gives it ("called it the “…”").
 */
export function isLabel(tokens: Token[], inner: string, words: number, before: number, after: number): boolean {
  if (words > LABEL_MAX_WORDS || ENDS_CLAUSE.test(inner)) return false;
  const det = before >= 0 && NP_DETERMINER.test(tokens[before].text);
  if (named(tokens, det ? before - 1 : before)) return false;
  const trimmed = inner.trim();
  if (trimmed !== '' && titleCase(trimmed)) return words >= 2 || det;
  if (!det || words > 3 || after >= tokens.length || !NP_CONTINUES.test(tokens[after].text)) return false;
  // "amounted to the “…” that the ministry …": "that" opening a clause with its own subject is no relative.
  const next = tokens[after + 1];
  return !(/^that$/i.test(tokens[after].text) && (!next || next.kind !== 'word' || /^\p{Lu}/u.test(next.text) || CLAUSE_SUBJECT.test(next.text)));
}
/** Words that open a clause's subject: after "that", they make it a complement clause, not a relative one. */
const CLAUSE_SUBJECT = /^(the|a|an|this|these|those|it|he|she|they|we|i|you|there|his|her|their|its|our|my|your|some|many|no|all|most)$/i;

/** Does a naming verb end at token `j` (or one object before it: "called it")? */
function named(tokens: Token[], j: number): boolean {
  if (j < 0) return false;
  if (NAMING.test(tokens[j].text)) return true;
  return NAMED_OBJECT.test(tokens[j].text) && j > 0 && NAMING.test(tokens[j - 1].text);
}
