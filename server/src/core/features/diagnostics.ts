/** Sourcing diagnostics of one document, as plain data (offsets, codes, severities). */
import type { Corpus } from '../corpus/corpus';
import type { Span } from '../types';
import { excerpt } from './markdown';
import { anchorKey, anchorOf, type ReviewAnchor } from './review';
import { isHeadlineClaim } from './headline-claims';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type RuleCode = 'unsourced-claim' | 'vague-attribution' | 'conflicting-figure';

export interface Finding extends Span {
  code: RuleCode;
  severity: Exclude<Severity, 'off'>;
  message: string;
  /** Index of the claim in the document's analysis. */
  claim: number;
  related: { doc: string; start: number; end: number; message: string }[];
  /** What a "Mark as checked" stores for this finding. */
  anchor: ReviewAnchor;
  /** Marked as checked by a reviewer: shown as a hint, with a way to unmark it. */
  checked?: boolean;
}

export const DEFAULT_SEVERITIES: Record<RuleCode, Severity> = {
  'unsourced-claim': 'warning',
  'vague-attribution': 'information',
  'conflicting-figure': 'warning',
};

/**
 * `checked`: anchor keys (see review.ts) of findings a reviewer marked as checked; those come
 * back as hints with `checked: true` and "Checked:" before the message.
 */
export function findingsFor(corpus: Corpus, doc: string, severities: Record<RuleCode, Severity> = DEFAULT_SEVERITIES,
  checked: ReadonlySet<string> = new Set()): Finding[] {
  const entry = corpus.get(doc);
  if (!entry) return [];
  const out: Finding[] = [];
  const push = (f: Omit<Finding, 'severity' | 'anchor'>) => {
    const severity = severities[f.code];
    if (severity === 'off') return;
    const anchor = anchorOf(entry.text, entry.analysis, f.claim, f.code)!;
    if (checked.size && checked.has(anchorKey(anchor))) out.push({ ...f, severity: 'hint', anchor, checked: true, message: `Checked: ${f.message}` });
    else out.push({ ...f, severity, anchor });
  };
  const a = entry.analysis;
  a.claims.forEach((c, ci) => {
    // A headline never names its source (the body does): its figures are only compared.
    const headline = isHeadlineClaim(a, c);
    const what = c.kind === 'superlative' ? 'comparison' : 'figure';
    if (headline) {
      // no sourcing finding
    } else if (c.sourced === 'no') {
      push({ start: c.start, end: c.end, code: 'unsourced-claim', claim: ci, related: [],
        message: `Unsourced ${what} “${excerpt(c.text, 70)}”: no person, body or document is credited with it nearby.` });
    } else if (c.sourced === 'vague') {
      push({ start: c.start, end: c.end, code: 'vague-attribution', claim: ci, related: [],
        message: `Vague attribution (“${c.source?.text ?? c.sourceCue ?? 'hedged'}”): the source of “${excerpt(c.text, 70)}” is not named.` });
    }
    const conflicts = corpus.corroborations(doc, ci).filter((k) => k.relation === 'conflicts');
    if (conflicts.length) {
      push({ start: c.start, end: c.end, code: 'conflicting-figure', claim: ci,
        message: conflictMessage(conflicts.map((k) => k.doc), conflicts[0].claim.text),
        related: conflicts.map((k) => ({ doc: k.doc, start: k.claim.start, end: k.claim.end, message: `“${k.claim.text}”` })) });
    }
  });
  return out;
}

/** The last segment of a document id (a file URI or a path), for messages. */
export function docLabel(doc: string): string {
  const last = doc.slice(Math.max(doc.lastIndexOf('/'), doc.lastIndexOf('\\')) + 1) || doc;
  if (!/^[a-z][a-z0-9+.-]+:/i.test(doc)) return last;
  try { return decodeURIComponent(last); } catch { return last; }
}

/**
 * "Conflicting figure: b.txt reports “…” (and 2 more articles)." Names the article, so the CLI's
 * one-line output says where to look (the editor also lists every passage below the message).
 */
export function conflictMessage(docs: readonly string[], first: string): string {
  const more = new Set(docs).size - 1;
  return `Conflicting figure: ${docLabel(docs[0])} reports “${first}”${more > 0 ? ` (and ${more} more article${more === 1 ? '' : 's'})` : ''}.`;
}
