/**
 * Verbs that claim detection keeps as their own measure but that state the same figure as a measure of
 * model/measures.ts, for corroboration only: homes "completed" or "constructed" in a year are the homes
 * "built" that year ("built 30,000 homes" / "30,000 homes were completed"). General English.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['completed', 'produced'], ['constructed', 'produced'], ['erected', 'produced'],
]);

/** The measure two claims compare on for a verb of this table, else the measure itself. */
export const synonymMeasure = (measure: string): string => SYNONYMS.get(measure) ?? measure;
