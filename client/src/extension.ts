/**
 * The thin client: starts the language server, forwards settings and file events, and owns the
 * few editor-side commands, the status bar item and the Entities view. All analysis happens in
 * the server.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverExecArgv } from '../../server/src/node/server-exec-argv';
import { ENTITIES_CHANGED_NOTIFICATION, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { EntitiesView } from './entities-view';
import { RestartPolicy } from './restart-policy';
import { overflowNote } from './skipped-files';
import { StatusItem } from './status';
import { OpenFolderStep } from './walkthrough-progress';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const execArgv = serverExecArgv();
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009', ...execArgv] } },
  };
  const output = vscode.window.createOutputChannel('Source Annotator');
  const restarts = new RestartPolicy();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'news-article' },
      { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
      { scheme: 'untitled', language: 'news-article' },
    ],
    synchronize: { fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.txt'), vscode.workspace.createFileSystemWatcher('**/.source-annotator/review.json')] },
    // storagePath: where the server keeps its index cache (none without a workspace).
    initializationOptions: { settings: vscode.workspace.getConfiguration('sourceAnnotator'), storagePath: context.storageUri?.fsPath },
    outputChannel: output,
    // A crashed server is restarted (at most 4 times in 3 minutes) and the user is told each time.
    errorHandler: {
      error: (_e, _m, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const d = restarts.onStopped(Date.now());
        if (!d.restart) return { action: CloseAction.DoNotRestart, message: d.message }; // shown as an error
        // The client only logs a restart; say it where the user looks.
        void vscode.window.showWarningMessage(d.message, 'Show Output').then((pick) => { if (pick) output.show(true); });
        return { action: CloseAction.Restart, message: d.message, handled: true };
      },
    },
  };
  client = new LanguageClient('sourceAnnotator', 'Source Annotator', serverOptions, clientOptions);
  const status = new StatusItem();
  const entities = new EntitiesView(() => client);
  let notedSkipped: number | null = null;
  const folderStep = new OpenFolderStep(context.extension.id, (cmd, ...args) => vscode.commands.executeCommand(cmd, ...args));
  context.subscriptions.push(status, entities, output, ...registerCommands(() => client));
  // Until the server reports, the Entities view says it is indexing rather than "no articles".
  void setContexts({ indexing: true, articles: 0 });
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    status.update(p);
    for (const s of status.newlySkipped(p)) output.appendLine(`Not analysed: ${vscode.Uri.parse(s.uri).fsPath} — ${s.reason}`);
    const note = overflowNote(p, notedSkipped);
    if (note) { output.appendLine(note); notedSkipped = p.skipped; }
    void setContexts(p);
    folderStep.onArticles(p.articles);
  });
  client.onNotification(ENTITIES_CHANGED_NOTIFICATION, () => entities.scheduleRefresh());
  context.subscriptions.push(client.onDidChangeState((e) => { if (e.newState === State.Running) entities.refresh(); }));
  await client.start();
}

/** Context keys for the Entities view's welcome content. */
function setContexts(p: Pick<StatusParams, 'indexing' | 'articles'>) {
  return Promise.all([
    vscode.commands.executeCommand('setContext', 'sourceAnnotator.indexing', p.indexing),
    vscode.commands.executeCommand('setContext', 'sourceAnnotator.hasArticles', p.articles > 0),
  ]);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
