/** Status bar item: how many articles are indexed, progress while indexing, skipped files. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

const MAX_LISTED = 5;
const s = (n: number) => (n === 1 ? '' : 's');
const fileName = (uri: string) => decodeURIComponent(uri.replace(/^.*\//, ''));

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly logged = new Set<string>();

  constructor() {
    this.item.name = 'Source Annotator';
    this.item.command = 'sourceAnnotator.showOutput';
    this.item.text = '$(sync~spin) Articles';
    this.item.show();
  }

  update(p: StatusParams): void {
    const scan = p.indexing && p.total ? ` (${p.scanned ?? 0}/${p.total} files)` : '';
    this.item.text = p.indexing
      ? `$(sync~spin) Indexing articles… ${p.total ? `${p.scanned ?? 0}/${p.total}` : p.articles}`
      : `$(book) ${p.articles} article${s(p.articles)}`;
    // A plain-string tooltip: file names are shown as text, never interpreted as Markdown.
    const lines = [`Source Annotator: ${p.articles} article${s(p.articles)} indexed${scan}`];
    if (p.skipped) {
      lines.push('', `${p.skipped} .txt file${s(p.skipped)} not analysed:`);
      for (const k of p.skippedExamples.slice(0, MAX_LISTED)) lines.push(`• ${fileName(k.uri)} — ${k.reason}`);
      if (p.skipped > Math.min(MAX_LISTED, p.skippedExamples.length)) lines.push(`• … and ${p.skipped - Math.min(MAX_LISTED, p.skippedExamples.length)} more`);
    }
    lines.push('', 'Click to show the output.');
    this.item.tooltip = lines.join('\n');
  }

  /** Skipped files not yet reported, so the output channel lists each one once. */
  newlySkipped(p: StatusParams): StatusParams['skippedExamples'] {
    const fresh = p.skippedExamples.filter((k) => !this.logged.has(k.uri + '\u0000' + k.reason));
    for (const k of fresh) this.logged.add(k.uri + '\u0000' + k.reason);
    return fresh;
  }

  dispose(): void {
    this.item.dispose();
  }
}
