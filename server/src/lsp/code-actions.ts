/**
 * Quick fixes on claims: "Find corroborating source" (all candidates in the peek view), one
 * action per top candidate to jump there, and one to insert an editable citation.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { Candidate } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toOffset, toRange } from './convert';
import { baseName } from './hover';
import { COMMANDS } from './protocol';
import { insideFolder, reviewActions } from './review-actions';

export function codeActions(ws: Workspace, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const entry = ws.corpus.get(uri);
  if (!entry) return [];
  const li = lineIndex(entry, entry.text);
  const from = toOffset(li, params.range.start);
  const to = toOffset(li, params.range.end);
  const actions: CodeAction[] = [];
  // Marks live in a workspace folder's review file: a file outside every folder cannot be marked.
  const canMark = insideFolder(ws, uri);
  entry.analysis.claims.forEach((claim, ci) => {
    // "Mark as checked" comes last: finding a source is what the reviewer wants first.
    const review = canMark ? reviewActions(uri, params.context.diagnostics.filter((d) => (d.data as { claim?: number } | undefined)?.claim === ci)) : [];
    if (claim.sourced === 'yes' || claim.end < from || claim.start > to) { actions.push(...review); return; }
    const diagnostics = params.context.diagnostics.filter((d) => (d.data as { claim?: number } | undefined)?.claim === ci);
    const candidates = ws.corpus.corroborations(uri, ci, 10);
    const locations = candidates.map((k) => location(ws, k));
    actions.push({
      title: candidates.length ? `Find corroborating source (${candidates.length} in other articles: ${relationCounts(candidates)})`
        : ws.corpus.crossArticleHeld ? 'Find corroborating source (still indexing the folder: try again shortly)'
        : 'Find corroborating source (none found in other articles)',
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics,
      command: { title: 'Find corroborating source', command: COMMANDS.showCorroborations, arguments: [uri, toRange(li, claim.start, claim.end).start, locations] },
    });
    for (const k of candidates.slice(0, 3)) {
      actions.push({
        title: `Go to ${k.relation === 'supports' ? 'supporting' : k.relation === 'conflicts' ? 'conflicting' : 'related'}: ${label(ws, k)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: 'Open', command: COMMANDS.openLocation, arguments: [location(ws, k)] },
      });
    }
    const best = candidates.find((k) => k.relation === 'supports' && k.claim.sourced === 'yes');
    if (best) {
      const who = best.claim.source ? sourceName(ws, best) : null;
      const cite = ` (according to ${who ?? 'another report'}, cited in ${baseName(best.doc)})`;
      actions.push({
        title: `Cite: ${label(ws, best)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: { changes: { [uri]: [{ range: toRange(li, claim.end, claim.end), newText: cite }] } },
      });
    }
    actions.push(...review);
  });
  return actions;
}

function sourceName(ws: Workspace, k: Candidate): string | null {
  const s = k.claim.source;
  if (!s) return null;
  return s.local !== null ? ws.corpus.entityOf(k.doc, s.local)?.name ?? s.text : s.text;
}

/** "37 people were killed — Beatriz Sequeira — 01_tidewater-post.txt" */
function label(ws: Workspace, k: Candidate): string {
  const who = sourceName(ws, k);
  return [k.claim.text, who ?? (k.claim.sourced === 'vague' ? 'vague source' : 'unsourced'), baseName(k.doc)].join(' — ');
}

function location(ws: Workspace, k: Candidate) {
  const e = ws.corpus.get(k.doc)!;
  return { uri: k.doc, range: toRange(lineIndex(e, e.text), k.claim.start, k.claim.end) };
}

/** "2 supporting, 1 conflicting": what the candidates of a claim are, most useful first. */
export function relationCounts(candidates: readonly Candidate[]): string {
  const n = (r: Candidate['relation']) => candidates.filter((k) => k.relation === r).length;
  return ([['supports', 'supporting'], ['conflicts', 'conflicting'], ['related', 'related']] as const)
    .filter(([r]) => n(r) > 0).map(([r, w]) => `${n(r)} ${w}`).join(', ');
}
