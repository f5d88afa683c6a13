/**
 * "…said in a filing.[12]": a reference mark's number, in brackets right after a sentence or a word.
 * It counts nothing: no word follows it in its brackets, and the "[" before it is no word that could
 * count it (a toll, a crowd, a verb of harm, a risen count, a restated figure) — buildClaim gives null
 * for every such figure, after toQuantity, isNotAClaim and the name checks ran. Skipping it at once
 * leaves the output as it was (an "or"/"and" range needs " or "/" and " after the first figure, not "]").
 */

/** Is the figure `figure` at `at` of `text` all ASCII digits, right between "[" and "]"? */
export function citationMark(text: string, at: number, figure: string): boolean {
  // (at < 1 first: charCodeAt(-1) of a figure opening the text deopts findClaims' optimised code, a ~0.1 CPU-s recompile per worker)
  if (at < 1 || text.charCodeAt(at - 1) !== 91 || text.charCodeAt(at + figure.length) !== 93) return false;
  for (let i = 0; i < figure.length; i++) {
    const c = figure.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
