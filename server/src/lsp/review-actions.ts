/**
 * Quick fixes on sourcing diagnostics: "Mark as checked" silences one finding (it comes back as a
 * hint that says it was checked), "Unmark as checked" on that hint brings it back.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { ReviewAnchor } from '../core/index';
import { relative } from 'node:path';
import { URI } from 'vscode-uri';
import { SERVER_COMMANDS } from './protocol';
import type { Workspace } from './workspace';

export function insideFolder(ws: Workspace, uri: string): boolean {
  const u = URI.parse(uri);
  if (u.scheme !== 'file') return false;
  return ws.folders.some((f) => { const r = relative(f.path, u.fsPath); return r !== '' && !r.startsWith('..') && !/^([a-zA-Z]:|\/)/.test(r); });
}

const WHAT: Record<string, string> = {
  'unsourced-claim': 'unsourced',
  'vague-attribution': 'vague source',
  'conflicting-figure': 'conflicting figure',
};

interface ReviewData { claim?: number; anchor?: ReviewAnchor; checked?: boolean }

export function reviewActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === 'Source Annotator' && (d.data as ReviewData | undefined)?.anchor);
  return ours.map((d) => {
    const data = d.data as ReviewData;
    const what = WHAT[String(d.code)] ?? String(d.code);
    const title = data.checked
      ? `Unmark as checked (${what})`
      : ours.length > 1 ? `Mark as checked (${what})` : 'Mark as checked';
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title,
        command: data.checked ? SERVER_COMMANDS.unmarkChecked : SERVER_COMMANDS.markChecked,
        arguments: [uri, data.anchor],
      },
    };
  });
}
