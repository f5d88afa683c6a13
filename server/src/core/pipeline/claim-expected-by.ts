/**
 * A figure followed by a contact relative clause of expecting ("above the $2.9bn analysts had expected", "the 4%
 * economists forecast") is the expectation of the group named, not the writer's own figure: the clause ends the
 * claim and sources it, vaguely, to that group (pure).
 */
import type { SpeakerRef } from '../types';

/** The group (group 1), an optional auxiliary, the verb of expecting (group 2), right after the figure. */
const EXPECTED_BY = /^\s*((?:most\s+|many\s+|some\s+)?(?:analysts|economists|forecasters|traders|investors|strategists|brokers|markets|experts|observers|pollsters))\s+(?:had\s+(?:been\s+)?|have\s+(?:been\s+)?)?(expected|expecting|forecast|forecasted|forecasting|predicted|predicting|estimated|anticipated|projected|pencilled\s+in|penciled\s+in)\b/i;

/** The group that expected the figure ending at `at`, with its cue; null when no such clause follows. */
export function expectedBy(text: string, at: number): { source: SpeakerRef; cue: string } | null {
  const m = EXPECTED_BY.exec(text.slice(at, at + 64));
  if (!m) return null;
  const start = at + m[0].indexOf(m[1]);
  return { source: { start, end: start + m[1].length, text: m[1], local: null }, cue: m[2].toLowerCase().replace(/\s+in$/, '') };
}
