/** Converts core findings to LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { findingsFor, type Finding } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toRange } from './convert';
import path from 'node:path';
import { URI } from 'vscode-uri';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The rule explanations ship in the extension (docs/rules.md beside dist/), so the link in each
 * diagnostic opens offline and never points at a site that may not exist.
 */
export const RULE_DOCS = `${URI.file(path.join(__dirname, '..', 'docs', 'rules.md')).toString()}#`;

/** `checked`: anchor keys of the findings marked as checked in this document (see lsp/review.ts). */
export function diagnosticsFor(ws: Workspace, uri: string, checked?: ReadonlySet<string>): Diagnostic[] {
  const entry = ws.corpus.get(uri);
  if (!entry) return [];
  const li = lineIndex(entry, entry.text);
  return findingsFor(ws.corpus, uri, ws.settingsOf(uri).severities, checked).map((f) => ({
    range: toRange(li, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: RULE_DOCS + f.code },
    source: 'Source Annotator',
    message: f.message,
    data: { claim: f.claim, anchor: f.anchor, ...(f.checked ? { checked: true } : {}) },
    relatedInformation: f.related.flatMap((r) => {
      const other = ws.corpus.get(r.doc);
      return other ? [{ location: { uri: r.doc, range: toRange(lineIndex(other, other.text), r.start, r.end) }, message: r.message }] : [];
    }),
  }));
}
