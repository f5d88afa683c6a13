/** Editor-side commands used by the server's code actions and by the user. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, COMMANDS, SERVER_COMMANDS, SKIPPED_FILES_REQUEST, type SkippedFilesResult } from '../../server/src/lsp/protocol';
import { clearCheckedFeedback, NOT_RUNNING, NOT_STARTED } from './command-feedback';
import { NO_SKIPPED_FILES, SHOW_OUTPUT, SHOW_SKIPPED_FILES, skippedPicks, skippedTitle, type SkippedPick } from './skipped-files';

interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }
interface LspLocation { uri: string; range: LspRange }

const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const toLocation = (l: LspLocation) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range));

export function registerCommands(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    // Shows every candidate passage in the peek view, anchored at the claim.
    vscode.commands.registerCommand(COMMANDS.showCorroborations, async (uri: string, at: { line: number; character: number }, locations: LspLocation[]) => {
      if (!locations?.length) {
        void vscode.window.showInformationMessage('Source Annotator: no other article in this folder reports this figure.');
        return;
      }
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(at.line, at.character), locations.map(toLocation));
    }),
    // Code lenses: the passages they count, in the peek view.
    vscode.commands.registerCommand(COMMANDS.showLocations, async (uri: string, at: { line: number; character: number }, locations: LspLocation[]) => {
      if (!locations?.length) return void vscode.window.showInformationMessage('Source Annotator: nothing to show in this article.');
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(at.line, at.character), locations.map(toLocation));
    }),
    vscode.commands.registerCommand(COMMANDS.openLocation, async (loc: LspLocation) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(loc.uri), { preview: true });
      editor.selection = new vscode.Selection(toRange(loc.range).start, toRange(loc.range).end);
      editor.revealRange(toRange(loc.range), vscode.TextEditorRevealType.InCenter);
    }),
    // Palette command: forget every "Mark as checked" of the active article (the server writes the file).
    vscode.commands.registerCommand(CLIENT_COMMANDS.clearCheckedInFile, async () => {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      const client = getClient();
      const running = !!client?.isRunning();
      if (!uri || !running) return void vscode.window.showWarningMessage(clearCheckedFeedback({ uri, running }));
      const done = await client!.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.clearChecked, arguments: [uri] }) as { changed: number } | null;
      void vscode.window.showInformationMessage(clearCheckedFeedback({ uri, running, changed: done?.changed ?? 0 }));
    }),
    vscode.commands.registerCommand('sourceAnnotator.restartServer', async () => {
      const client = getClient();
      if (!client) return void vscode.window.showWarningMessage(NOT_STARTED);
      await client.restart();
    }),
    vscode.commands.registerCommand(SHOW_OUTPUT, () => getClient()?.outputChannel.show()),
    // Every file the server did not analyse, with the reason (the tooltip names only the first few); a pick opens it.
    vscode.commands.registerCommand(SHOW_SKIPPED_FILES, async () => {
      const client = getClient();
      if (!client?.isRunning()) return void vscode.window.showWarningMessage(NOT_RUNNING);
      const { files } = await client.sendRequest<SkippedFilesResult>(SKIPPED_FILES_REQUEST);
      if (!files.length) return void vscode.window.showInformationMessage(NO_SKIPPED_FILES);
      const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => ({ uri: f.uri.toString(), name: f.name }));
      // A file the size limit or the include setting keeps out has a button that opens that setting.
      const qp = vscode.window.createQuickPick<vscode.QuickPickItem & SkippedPick>();
      qp.title = skippedTitle(files.length);
      qp.placeholder = 'Type to filter by name, folder or reason';
      qp.matchOnDescription = qp.matchOnDetail = true;
      qp.items = skippedPicks(files, folders).map((p) => ({
        ...p, buttons: p.setting ? [{ iconPath: new vscode.ThemeIcon('settings-gear'), tooltip: p.settingTooltip }] : [],
      }));
      qp.onDidTriggerItemButton((e) => { qp.hide(); void vscode.commands.executeCommand('workbench.action.openSettings', e.item.setting); });
      qp.onDidAccept(() => {
        const pick = qp.selectedItems[0];
        qp.hide();
        if (pick) void vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(pick.uri));
      });
      qp.onDidHide(() => qp.dispose());
      qp.show();
    }),
  ];
}
