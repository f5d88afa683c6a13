/**
 * Does a relative clause opened at token `j` ("X, who farms near Orrin,") run to the comma at `k`
 * before a cue? Not when a comma inside it is followed by a finite verb: "X, who farms near Orrin, lost 40 cows,
 * said Y" closes the clause early, and what follows is the main clause of a sentence Y reports (X is
 * no speaker). Used by speakers.ts speakerBefore.
 *
 * A finite verb, with no tagger: an auxiliary or modal ("has", "will"), an irregular past form (the claim
 * stage's list: "lost", "sold", "built"), a regular one ("closed"), or a present form in -s that takes an
 * object ("owns 40 cows", "runs the mill"); a plural noun of a list ("cows, sheep and goats") takes none.
 */
import { IRREGULAR_PAST } from '../model/measures';

/** Auxiliaries and modals that open a main clause after a relative clause's closing comma. */
const AUXILIARIES = new Set('has had have was is were are will would could can may might must should does did'.split(' '));

/** Words that open an object right after a verb: a determiner, a possessive, a figure's hedge. */
const OBJECT_OPENERS = new Set('a an the his her its their our this that these those some about nearly more almost'.split(' '));

const DIGIT = /^\d/;

/** Is the lower-case word at `c` a finite verb that opens a main clause (see above)? */
function opensMainClause(tokens: readonly { text: string }[], lower: readonly string[], c: number): boolean {
  const w = lower[c];
  if (tokens[c].text !== w) return false; // a capitalised word: a name of a list ("near Orrin, Westmark")
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return false;
  const next = lower[c + 1];
  return next !== undefined && (OBJECT_OPENERS.has(next) || DIGIT.test(next));
}

/** True when the relative clause from `j` ends at `k` (no comma inside it opens a main clause). */
export function relativeRunsTo(tokens: readonly { text: string }[], lower: readonly string[], j: number, k: number): boolean {
  for (let c = j + 1; c < k - 1; c++) if (tokens[c].text === ',' && opensMainClause(tokens, lower, c + 1)) return false;
  return true;
}
