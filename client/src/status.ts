/** Status bar item: how many articles are indexed, progress while indexing, skipped files. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { SHOW_OUTPUT, statusTooltip, TOOLTIP_COMMANDS } from './skipped-files';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly logged = new Set<string>();

  constructor() {
    this.item.name = 'Source Annotator';
    this.item.command = SHOW_OUTPUT;
    this.item.text = '$(sync~spin) Articles';
    this.item.show();
  }

  update(p: StatusParams): void {
    this.item.text = p.indexing
      ? `$(sync~spin) Indexing articles… ${p.total ? `${p.scanned ?? 0}/${p.total}` : p.articles}`
      : `$(book) ${p.articles} article${p.articles === 1 ? '' : 's'}`;
    // File names and reasons are escaped (statusTooltip); only our own two command links may run.
    const tip = new vscode.MarkdownString(statusTooltip(p));
    tip.isTrusted = { enabledCommands: [...TOOLTIP_COMMANDS] };
    this.item.tooltip = tip;
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
