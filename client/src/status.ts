/** Status bar item: how many articles are indexed, progress while indexing, skipped files. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceAnnotator.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Source Annotator';
    this.item.command = 'sourceAnnotator.showOutput';
    this.item.text = '$(sync~spin) Articles';
    this.item.show();
  }

  update(p: StatusParams): void {
    this.item.text = p.indexing ? `$(sync~spin) Indexing articles… ${p.articles}` : `$(book) ${p.articles} article${p.articles === 1 ? '' : 's'}`;
    const skipped = p.skipped ? `\n${p.skipped} .txt file${p.skipped === 1 ? '' : 's'} not analysed (see output)` : '';
    this.item.tooltip = `Source Annotator: ${p.articles} article${p.articles === 1 ? '' : 's'} indexed${skipped}`;
  }

  dispose(): void {
    this.item.dispose();
  }
}
