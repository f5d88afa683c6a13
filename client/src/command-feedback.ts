/**
 * What a palette command says when it cannot do its work, so no command ends silently. Pure (no
 * `vscode` import) so the wording is unit-tested.
 */
const s = (n: number) => (n === 1 ? '' : 's');

export const NOT_RUNNING = 'Source Annotator: the language server is not running. Run "Source Annotator: Restart Language Server"; the output channel "Source Annotator" says why it stopped.';

/** "Restart Language Server" before the extension made its client (activation failed). */
export const NOT_STARTED = 'Source Annotator: the extension did not start, so there is no language server to restart. Run "Developer: Reload Window"; the output channel "Source Annotator" may say why.';

/** "Clear Checked Claims in This File": `uri` of the active text editor, `running` whether the server is up. */
export function clearCheckedFeedback(state: { uri?: string; running: boolean; changed?: number }): string {
  if (!state.uri) return 'Source Annotator: open an article first; "Clear Checked Claims in This File" works on the article in the active editor.';
  if (!state.running) return NOT_RUNNING;
  const n = state.changed ?? 0;
  return n ? `Source Annotator: cleared ${n} checked claim${s(n)} in this file; their diagnostics are back.` : 'Source Annotator: no claims in this file are marked as checked.';
}
