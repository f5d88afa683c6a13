/** Sourcing diagnostics of one document, as plain data (offsets, codes, severities). */
import type { Corpus } from '../corpus/corpus';
import type { Span } from '../types';
import { excerpt } from './markdown';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type RuleCode = 'unsourced-claim' | 'vague-attribution' | 'conflicting-figure';

export interface Finding extends Span {
  code: RuleCode;
  severity: Exclude<Severity, 'off'>;
  message: string;
  /** Index of the claim in the document's analysis. */
  claim: number;
  related: { doc: string; start: number; end: number; message: string }[];
}

export const DEFAULT_SEVERITIES: Record<RuleCode, Severity> = {
  'unsourced-claim': 'warning',
  'vague-attribution': 'information',
  'conflicting-figure': 'warning',
};

export function findingsFor(corpus: Corpus, doc: string, severities: Record<RuleCode, Severity> = DEFAULT_SEVERITIES): Finding[] {
  const entry = corpus.get(doc);
  if (!entry) return [];
  const out: Finding[] = [];
  const push = (f: Omit<Finding, 'severity'>) => {
    const severity = severities[f.code];
    if (severity !== 'off') out.push({ ...f, severity });
  };
  const a = entry.analysis;
  a.claims.forEach((c, ci) => {
    // A headline never names its source (the body does): its figures are only compared.
    const headline = a.blocks[a.sentences[c.sentence]?.block]?.kind === 'headline';
    const what = c.kind === 'superlative' ? 'comparison' : 'figure';
    if (headline) {
      // no sourcing finding
    } else if (c.sourced === 'no') {
      push({ start: c.start, end: c.end, code: 'unsourced-claim', claim: ci, related: [],
        message: `Unsourced ${what}: “${excerpt(c.text, 70)}” — nobody is named as its source.` });
    } else if (c.sourced === 'vague') {
      push({ start: c.start, end: c.end, code: 'vague-attribution', claim: ci, related: [],
        message: `Vague attribution (“${c.source?.text ?? c.sourceCue ?? 'hedged'}”): the source of “${excerpt(c.text, 70)}” is not named.` });
    }
    const conflicts = corpus.corroborations(doc, ci).filter((k) => k.relation === 'conflicts');
    if (conflicts.length) {
      push({ start: c.start, end: c.end, code: 'conflicting-figure', claim: ci,
        message: `Conflicting figure: another article reports “${conflicts[0].claim.text}”.`,
        related: conflicts.map((k) => ({ doc: k.doc, start: k.claim.start, end: k.claim.end, message: `“${k.claim.text}”` })) });
    }
  });
  return out;
}
