/**
 * The thin client: starts the language server, forwards settings and file events, and owns the
 * few editor-side commands and the status bar item. All analysis happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('Source Annotator');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'news-article' },
      { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
      { scheme: 'untitled', language: 'news-article' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.txt') },
    // storagePath: where the server keeps its index cache (none without a workspace).
    initializationOptions: { settings: vscode.workspace.getConfiguration('sourceAnnotator'), storagePath: context.storageUri?.fsPath },
    outputChannel: output,
  };
  client = new LanguageClient('sourceAnnotator', 'Source Annotator', serverOptions, clientOptions);
  const status = new StatusItem();
  context.subscriptions.push(status, output, ...registerCommands(() => client));
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    status.update(p);
    for (const s of p.skippedExamples) output.appendLine(`Not analysed: ${vscode.Uri.parse(s.uri).fsPath} — ${s.reason}`);
  });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
