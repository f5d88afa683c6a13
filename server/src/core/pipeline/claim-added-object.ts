/**
 * "add" is a verb of speech ("she added that 40 were hurt") and a verb of increase ("they add 270 flats to the
 * estate", "the firm added 430 jobs"): right before a claim that is only a figure and what it counts, with no
 * verb of its own after it, the figure is what was added, and the subject did not report it (pure).
 * Only for subjects that are no person: a person who "added 23 points" or "added 64 yards" keeps the attribution,
 * which keeps a record of play out of the unsourced figures (what a person adds is mostly words); a sum of money
 * right after "added" is what was added, whoever the subject. A subject that is no person and "added" a move in percent or
 * points ("the Corvane 100 added 1.2%") moved, and reported none of its sentence's figures.
 */
import type { Attribution, Claim, Mention } from '../types';

const ADD_FORMS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding', 'Add', 'Adds', 'Added', 'Adding']);
/** Between the subject and the claim: the cue, perhaps after an adverb or auxiliary, and nothing else. */
const ADD_BETWEEN = /^\s+(?:(?:also|then|now|will|would|could|can|may|might|has|have|had|to|just|already)\s+){0,3}add(?:s|ed|ing)?\s+$/i;
/** The last word of a claim that ends with its figure ("$4 million", "12%", "300"). */
const FIGURE_END = /(?:\d|%|\b(?:million|billion|trillion|thousand|percent|per cent))$/i;

/** After the subject: "add" and a move by a figure in percent or points ("added 1.3%", "adds 120 points"), no speech. */
const MOVE_AFTER = /^\s+(?:also\s+)?add(?:s|ed)?\s+(?:another\s+)?\d[\d.,]*\s*(?:%|percent\b|per cent\b|points?\b)/i;

const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i']);

/** Does attribution `a` stand on "add" in the sense of adding the claim's figure to something? */
export function addedObject(text: string, a: Attribution, c: Claim, mentions: readonly Mention[]): boolean {
  const sp = a.speaker;
  if (!ADD_FORMS.has(a.cue) || !sp) return false;
  // ("the Quorum Composite added 1.3% to 16,402.7": a market's move, no speech, for every claim of its sentence)
  if (MOVE_AFTER.test(text.slice(sp.end, sp.end + 48)) && !PERSON_PRONOUNS.has(sp.text.toLowerCase()) && !mentions.some((m) => m.start === sp.start && m.type === 'PERSON')) return true;
  if (sp.end > c.start || c.start - sp.end > 40) return false;
  // (a sum added is no record of play: "Starfall added $61 million in its second weekend", a film taken for a person)
  if (c.quantity.unit !== 'money' && (PERSON_PRONOUNS.has(sp.text.toLowerCase()) || mentions.some((m) => m.start === sp.start && m.type === 'PERSON'))) return false;
  // (the claim may open with the verb: "added 300 jobs")
  const between = /^add(?:s|ed|ing)?\s/i.test(c.text) ? text.slice(sp.end, c.start + c.text.indexOf(' ') + 1) : text.slice(sp.end, c.start);
  if (!ADD_BETWEEN.test(between)) return false;
  if (FIGURE_END.test(c.text)) return true;
  // ("270 flats", "430 jobs": the claim ends with what it counts)
  const last = /(\p{L}+)$/u.exec(c.text);
  return !!last && c.counted !== '' && last[1].toLowerCase().startsWith(c.counted.toLowerCase());
}
