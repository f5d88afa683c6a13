/**
 * A one-word name a sentence shows as a place of study or teaching is an institution, not a town:
 * "taught at Corvane", "studied at Corvane", "postdoctoral research at Corvane", "a professor at
 * Corvane". Read only when the name is not a known place or organisation (a known town stays a
 * town); the cue must come within three words before "at", in the same sentence. Pure.
 */
import type { Token } from '../types';

const ACADEMIC_CUES = new Set([
  'teach', 'teaches', 'teaching', 'taught', 'study', 'studies', 'studying', 'studied', 'research', 'researcher',
  'researchers', 'postdoctoral', 'doctoral', 'professor', 'professors', 'lecturer', 'lecturers', 'lecture', 'lectured',
  'lecturing', 'enrolled', 'enrol', 'enroll', 'student', 'students', 'undergraduate', 'undergraduates', 'faculty',
  'tenure', 'tenured', 'degree', 'phd', 'fellow', 'fellowship', 'dean', 'chair', 'professorship',
]);

/** `at` is the index of the word right before the name; true when it is "at" after an academic cue. */
export function academicAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || (t.text !== 'at' && t.text !== 'At' && t.text !== 'AT')) return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = tokens[k];
    if (w.sentence !== t.sentence || w.kind !== 'word') return false;
    if (ACADEMIC_CUES.has(w.text.toLowerCase())) return true;
  }
  return false;
}
