/**
 * "As first reported by the Tarn Herald, an audit found …", "as reported by Orvel Radio": the outlet after
 * "by" reported what the sentence says, so it is the sentence's source (an outlet that broke a story is
 * checkable). Pure: reads the lower-case tokens around the "reported" at `j`.
 */
/** The cue of such an attribution, which claim sourcing prefers to an unnamed finding in its sentence. */
export const AS_REPORTED_BY = 'as reported by';

const WHEN_FIRST = new Set(['first', 'previously', 'earlier', 'originally', 'initially']);

/** Is token `j` ("reported") the verb of "as [first] reported by …"? */
export function asReportedBy(lower: readonly string[], j: number): boolean {
  if (lower[j] !== 'reported' || lower[j + 1] !== 'by') return false;
  const p = WHEN_FIRST.has(lower[j - 1]) ? j - 2 : j - 1;
  return p >= 0 && lower[p] === 'as';
}
