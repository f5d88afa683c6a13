/**
 * Papers that open their clause with what was done to them before the verb that reports a figure: "Records
 * obtained under the access law show …", "Internal emails seen by the Echo show …", "Documents filed with the
 * court show …", "Minutes of the May meeting show …". The papers say it — not the outlet that saw them, the
 * court they were filed with, nor the law they were released under. Papers "published by" a body are left to
 * the publisher (the caller's other readers). Pure: reads the lower-case tokens of the clause.
 */
import type { SpeakerRef } from '../types';
import type { SpeakerContext } from './speakers';

/** Plural nouns of papers that can state a figure. */
const PAPERS = new Set('records documents papers emails e-mails files minutes filings memos letters messages invoices contracts accounts logs'.split(' '));
/** Participles of what was done to papers another body holds or received. */
const HANDLED = new Set('obtained seen reviewed filed leaked released received submitted shared passed sent disclosed lodged examined viewed kept'.split(' '));
/** Participles of authoring: "published by the ministry" names the papers' author, who speaks. */
const AUTHORED = new Set(['released', 'disclosed', 'shared', 'sent', 'submitted', 'kept', 'filed']);

/** The papers' phrase opening the clause at `from` (a determiner or modifier or two before the noun), before the cue at `j`; else null. */
export function documentSubject(ctx: SpeakerContext, from: number, j: number): SpeakerRef | null {
  const { lower, tokens } = ctx;
  for (let n = from; n <= from + 2 && n + 1 < j; n++) {
    if (!PAPERS.has(lower[n])) continue;
    const next = lower[n + 1];
    if (next !== 'of' && !HANDLED.has(next)) return null;
    if (j - n > 14) return null;
    // ("records released by the ministry show": the ministry speaks)
    if (AUTHORED.has(next) && lower[n + 2] === 'by') return null;
    for (let k = n + 2; k < j; k++) if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return null;
    const a = tokens[from], b = tokens[n];
    return { start: a.start, end: b.end, text: ctx.text.slice(a.start, b.end), local: null };
  }
  return null;
}
