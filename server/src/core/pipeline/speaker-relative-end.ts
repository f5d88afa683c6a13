/**
 * Does a relative clause opened at token `j` ("X, who farms near Orrin,") run to the comma at `k`
 * before a cue? Not when a comma inside it is followed by a verb: "X, who farms near Orrin, lost 40 cows,
 * said Y" closes the clause early, and what follows is the main clause of a sentence Y reports (X is
 * no speaker). Used by speakers.ts speakerBefore.
 */

/** Finite verbs that open a main clause after a relative clause's closing comma (a cheap set, no tagger). */
const MAIN_VERBS = new Set(('lost had has was is were are will would could can won made took gave got paid sold ' +
  'bought spent saw told left became fell rose grew ran kept found built owes owed faces faced').split(' '));

/** True when the relative clause from `j` ends at `k` (no comma inside it opens a main clause). */
export function relativeRunsTo(tokens: readonly { text: string }[], lower: readonly string[], j: number, k: number): boolean {
  for (let c = j + 1; c < k - 1; c++) {
    if (tokens[c].text !== ',') continue;
    const w = lower[c + 1];
    if (MAIN_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && tokens[c + 1].text === w)) return false;
  }
  return true;
}
