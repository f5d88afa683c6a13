/**
 * Language server entry: composes the workspace, settings and feature handlers on one connection.
 * Runs with --stdio, --node-ipc or --socket (vscode-languageserver picks the transport).
 */
import {
  createConnection, DidChangeConfigurationNotification, type CancellationToken, type CodeActionParams, type HoverParams, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, toSettings } from './lsp/config';
import { settingToInclude, Workspace, type Folder } from './lsp/workspace';
import { diagnosticsFor } from './lsp/diagnostics';
import { hover } from './lsp/hover';
import { codeActions } from './lsp/code-actions';
import { LEGEND, semanticTokens, semanticTokensRange } from './lsp/semantic-tokens';
import { definition, documentHighlights, references, workspaceSymbols } from './lsp/navigation';
import { documentSymbols } from './lsp/document-symbols';
import { inlayHints } from './lsp/inlay-hints';
import { codeLenses } from './lsp/code-lens';
import { CodeLensRefreshRequest } from 'vscode-languageserver/node';
import { entities, mentionsOf } from './lsp/entities-view';
import {
  ENTITIES_CHANGED_NOTIFICATION, ENTITIES_REQUEST, ENTITY_MENTIONS_REQUEST, SERVER_COMMANDS, SKIPPED_FILES_REQUEST, STATS_REQUEST, STATUS_NOTIFICATION,
  type SkippedFilesResult, type StatsResult, type StatusParams,
} from './lsp/protocol';
import { Reviews, runReviewCommand } from './lsp/review';
import { IndexCache, analyserId } from './node/index-cache';
import { basisOf, loadSnapshot, saveSnapshot, type IndexSnapshot, type SnapshotBasis } from './node/index-snapshot';
import { AnalyzePool, workerCount } from './node/analyze-pool';
import { timed } from './node/request-timing';
import { collectGarbage } from './node/heap';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const ws = new Workspace(DEFAULT_SETTINGS, {
  info: (m) => connection.console.info(m),
  warn: (m) => connection.console.warn(m),
});
const reviews = new Reviews();
let canPullConfig = false;
let canProgress = false;
/** The client re-asks for inlay hints / code lenses when told to (they show other articles' names). */
let canRefreshHints = false;
let canRefreshLenses = false;
/** The client tells us when workspace folders are added or removed. */
let canFolderEvents = false;
let indexing = false;
/** Where the client lets us keep the index cache (none: no cache). */
let storagePath: string | null = null;
let savedAnalyses = -1;

/** Runs a handler; an exception is logged and answered with `fallback`, never fatal. */
function guard<A extends unknown[], R>(name: string, fallback: R, handler: (...a: A) => R): (...a: A) => R {
  const fn = timed(name, handler);
  return (...a: A) => {
    try {
      return fn(...a);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}

connection.onInitialize((params: InitializeParams) => {
  canPullConfig = !!params.capabilities.workspace?.configuration;
  canProgress = !!params.capabilities.window?.workDoneProgress;
  canRefreshHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
  canFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  ws.folders = Workspace.foldersOf(folders);
  if (params.initializationOptions && typeof params.initializationOptions === 'object') {
    const opts = params.initializationOptions as { settings?: unknown; storagePath?: unknown };
    ws.settings = toSettings(opts.settings);
    if (typeof opts.storagePath === 'string' && opts.storagePath) storagePath = opts.storagePath;
  }
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      referencesProvider: true,
      definitionProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Source Annotator' },
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'source-annotator', version: '0.1.0' },
  };
});

/**
 * Scans and folder changes, one after the other: a folder added or removed during the start-up
 * scan (or another folder's scan) is handled when it has finished.
 */
let scans: Promise<void> = Promise.resolve();
function afterScans(name: string, work: () => Promise<void>): void {
  scans = scans.then(work).catch((e) => connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`));
}

connection.onInitialized(async () => {
  if (canFolderEvents) connection.workspace.onDidChangeWorkspaceFolders((e) => afterScans('workspace folder change', () => changeFolders(e)));
  let settingsRead: Promise<void> = Promise.resolve();
  if (canPullConfig) {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    settingsRead = pullSettings();
  }
  afterScans('indexing', async () => {
    await settingsRead;
    await indexWorkspace();
  });
  await settingsRead;
});

/**
 * Workspace folders added or removed while running ("Add Folder to Workspace…"): a removed
 * folder's files leave (an open editor buffer stays, as for a deleted file), an added folder is
 * scanned as the start-up scan scans (its own settings, progress, the index cache, skipped files).
 */
async function changeFolders(e: WorkspaceFoldersChangeEvent): Promise<void> {
  const removed = Workspace.foldersOf(e.removed);
  if (removed.length) {
    const nested = await ws.removeFolders(removed.map((f) => f.uri));
    reviews.drop(removed);
    if (nested) await reconsiderFiles(); // a folder inside a removed one follows its own settings now
    connection.console.info(`workspace folder(s) removed: ${ws.corpus.size} articles, ${ws.skipped.size} files skipped`);
  }
  const added = ws.addFolders(e.added);
  if (added.length) {
    await pullSettings(); // the added folders' own settings
    await scanFolders(added, false);
  } else {
    refreshOpen();
    sendStatus();
  }
}

/** The window's settings, and each workspace folder's (a folder's .vscode/settings.json may differ). */
async function pullSettings(): Promise<void> {
  if (!canPullConfig) return;
  try {
    const items = [{ section: 'sourceAnnotator' }, ...ws.folders.map((f) => ({ scopeUri: f.uri, section: 'sourceAnnotator' }))];
    const [all, ...perFolder] = await connection.workspace.getConfiguration(items) as unknown[];
    ws.settings = toSettings(all);
    ws.folderSettings = new Map(ws.folders.map((f, i) => [f.uri, toSettings(perFolder[i] ?? all)]));
  } catch (e) {
    connection.console.warn(`could not read settings: ${(e as Error).message}`);
  }
}

async function indexWorkspace(): Promise<void> {
  if (!ws.folders.length) return sendStatus();
  await scanFolders(ws.folders, true);
}

/**
 * Indexes the files of these folders: at the start all of them (then the index snapshot may
 * install the entities of the last start), later a folder added to the workspace.
 */
async function scanFolders(folders: readonly Folder[], atStart: boolean): Promise<void> {
  for (const problem of await reviews.load(folders)) connection.console.warn(`review file: ${problem}`);
  indexing = true;
  sendStatus();
  const progress = canProgress ? await connection.window.createWorkDoneProgress() : null;
  progress?.begin('Source Annotator: indexing articles', 0, 'scanning…', false);
  const started = Date.now();
  const log = { info: (m: string) => connection.console.info(m), warn: (m: string) => connection.console.warn(m) };
  const analyser = analyserId();
  // The snapshot of the last from-scratch entity resolution is read while the index cache streams in.
  const snapshot = storagePath && atStart ? loadSnapshot(storagePath, analyser, log) : Promise.resolve(null);
  ws.prepareScan(folders); // the files are listed and read in a thread while the index cache streams in
  if (storagePath && !ws.cache) ws.cache = await IndexCache.open(storagePath, log, analyser);
  else await ws.cache?.reopen(); // released after the last scan
  let reported = -1;
  let lastStatus = Date.now();
  // Requests during the scan see the cross-article views as they were; they are built once at the end.
  ws.corpus.holdCrossArticle(true);
  ws.startPool = () => { // at the first file the index cache does not hold
    const pool = AnalyzePool.start(workerCount(ws.settings.indexWorkers), undefined, connection.console);
    if (pool) connection.console.info(`indexing with ${pool.size} analysis worker thread(s)`);
    return pool;
  };
  let total = 0;
  let closing: Promise<void> | undefined;
  try {
    total = await ws.scan((done, all) => {
      const pct = Math.floor((done / all) * 100);
      if (pct !== reported) progress?.report((reported = pct), `${done}/${all} files`);
      if (Date.now() - lastStatus >= 500) { lastStatus = Date.now(); sendStatus({ scanned: done, total: all }); }
    }, undefined, undefined, folders);
  } finally {
    ws.corpus.holdCrossArticle(false);
    ws.startPool = null;
    const pool = ws.pool;
    ws.pool = null; // later file events are few: analysed here, and the threads' memory is freed
    closing = pool?.close();
  }
  // "indexed" is reported once the index holds every article, without waiting for the analysis
  // workers to exit: their teardown took 0.3–0.6 s of wall time at 10,000 articles on a loaded
  // machine (s36), while nothing was left for them to do. "analysis workers stopped" is logged when
  // their memory is freed (the bench reads the RSS after indexing then).
  const stopped = closing?.then(() => connection.console.info('analysis workers stopped'), () => undefined);
  const scanned = Date.now(); // the views below are built after the scan: the tail of a start
  // A cache that held exactly these documents is not rewritten unless something gets analysed.
  if (ws.cache?.release() && ws.corpus.analyses === 0 && atStart) savedAnalyses = 0;
  // The entities of exactly these documents were saved by an earlier start: installed, not resolved again.
  const saved = await snapshot;
  const mismatch = saved && ws.snapshotMismatch(basisOf(saved));
  const restored = saved !== null && !mismatch && ws.restoreSnapshot(saved);
  if (saved) connection.console.info(restored ? 'entities restored from the index snapshot' : `index snapshot not used: ${mismatch || 'its entities do not fit the documents'}`);
  if (restored) snapshotBasis = basisOf(saved);
  progress?.done();
  indexing = false;
  const counts = `(${ws.corpus.analyses} analysed, ${ws.cache?.hits ?? 0} from the index cache; ${Date.now() - scanned} ms after the scan)`;
  connection.console.info(atStart
    ? `indexed ${ws.corpus.size} articles of ${total} .txt files in ${Date.now() - started} ms ${counts}`
    : `indexed the added folder ${folders.map((f) => f.path).join(', ')}: ${total} .txt files in ${Date.now() - started} ms, ${ws.corpus.size} articles in all ${counts}`);
  refreshOpen();
  const told = sendStatus();
  // A from-scratch resolution is saved for the next start, taken once "indexed" is written (the
  // client no longer waits for its flush, ~0.5 CPU-s of the main thread at 10,000 articles: the
  // "tail" cold.mjs prints; the same CPU, after the notice). The write resolves in this thread's
  // next ticks, before any message that came in meanwhile is read; and were an edit to come first,
  // the resolution would still be from scratch (none was taken since the scan), of its text.
  const takeSnapshot = () => {
    const next = storagePath && !restored ? ws.takeSnapshot(analyser) : null;
    if (next) void writeSnapshot(next);
  };
  void Promise.all([told, stopped]).then(takeSnapshot, takeSnapshot);
  saveCacheSoon();
  // The scan's garbage is collected once it has settled, right after indexing is reported (node/heap.ts).
  // The claim pool (corroboration candidates) is built right after "indexed" is reported, in chunks
  // between which requests are served (one that needs the pool builds the rest at once; later
  // edits update it by delta). It was ~0.3 s of a warm start's tail at 10,000 articles.
  const afterIndexing = () => {
    if (!ws.corpus.prepareClaims(CLAIM_CHUNK)) { setImmediate(afterIndexing); return; }
    if (!ws.corpus.prepareQuoteVariants(QUOTE_CHUNK)) { setImmediate(afterIndexing); return; }
    ws.corpus.prepareEdits(); // what a snapshot start left for the first edit (join-key postings)
    const ms = collectGarbage();
    if (ms >= 0) connection.console.info(`garbage collected after indexing in ${Math.round(ms)} ms`);
  };
  setImmediate(afterIndexing);
}

/** Documents whose claims are added to the pool per turn after indexing (~10–20 ms at 10,000 articles). */
const CLAIM_CHUNK = 500;
/** Documents whose quotes are indexed for quote variants per turn after indexing (a first quote hover at 10,000 articles took ~1 s). */
const QUOTE_CHUNK = 500;

/**
 * The index snapshot follows the documents: what the saved one was taken of (restored at the start
 * or written since; null: none is known to be on disk). After edits it no longer fits them; it is
 * written again once the edits have settled (SNAPSHOT_IDLE_MS without a change) and at shutdown,
 * so that the next start installs it instead of resolving every entity again.
 */
let snapshotBasis: SnapshotBasis | null = null;
let snapshotWrites: Promise<unknown> = Promise.resolve();
let snapshotTimer: NodeJS.Timeout | undefined;
// Long enough that a pause in typing does not pay it (~0.3–0.5 s on this thread at 10,000 articles);
// shutdown writes it anyway.
const SNAPSHOT_IDLE_MS = 60_000;

/** Saves a snapshot after the writes before it (one temp file name per process: never two at once). */
function writeSnapshot(s: IndexSnapshot): Promise<unknown> {
  const basis = (snapshotBasis = basisOf(s));
  const log = { info: (m: string) => connection.console.info(m), warn: (m: string) => connection.console.warn(m) };
  snapshotWrites = snapshotWrites.then(() => saveSnapshot(storagePath!, s, log)).then((bytes) => {
    if (bytes < 0 && snapshotBasis === basis) snapshotBasis = null;
  });
  return snapshotWrites;
}

function saveSnapshotSoon(): void {
  if (!storagePath) return;
  clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => void refreshSnapshot(), SNAPSHOT_IDLE_MS);
  snapshotTimer.unref();
}

/** Why the saved snapshot no longer fits the documents (null: it fits, or indexing runs and a later try is scheduled). */
function staleSnapshot(): string | null {
  if (indexing || ws.corpus.crossArticleHeld) { saveSnapshotSoon(); return null; }
  return snapshotBasis ? ws.snapshotMismatch(snapshotBasis) : 'none saved';
}

/**
 * Writes the snapshot again when the saved one no longer fits the documents (costs one resolution).
 * Not while an editor buffer differs from its file: the next start scans the files, so a snapshot
 * with that buffer's text could not fit it, and would replace one that may (the files as they were
 * saved; a window closed with unsaved edits keeps them in the editor, not on disk).
 */
async function refreshSnapshot(): Promise<unknown> {
  clearTimeout(snapshotTimer);
  if (!storagePath || !ws.folders.length || !staleSnapshot()) return snapshotWrites;
  const unsaved = await ws.unsavedBuffers();
  if (unsaved > 0) {
    connection.console.info(`index snapshot not rewritten: ${unsaved} editor buffer(s) differ from their files`);
    return snapshotWrites;
  }
  const stale = staleSnapshot(); // asked again: the documents may have changed while the files were read
  if (!stale) return snapshotWrites;
  const t0 = performance.now();
  const s = ws.freshSnapshot(analyserId());
  connection.console.info(`index snapshot stale (${stale}): entities taken again in ${Math.round(performance.now() - t0)} ms`);
  return s ? writeSnapshot(s) : snapshotWrites;
}

connection.onShutdown(async () => {
  await refreshSnapshot().catch(() => undefined);
});

/** Persists the analyses once indexing or file events have settled, if anything was analysed. */
function saveCacheSoon(): void {
  if (!ws.cache || ws.corpus.analyses === savedAnalyses) return;
  savedAnalyses = ws.corpus.analyses;
  ws.cache.scheduleSave(() => ws.cacheable(), undefined, () => collectGarbage()); // the save's serialised text is garbage now
}

function sendStatus(scan?: Pick<StatusParams, 'scanned' | 'total'>): Promise<void> {
  const params: StatusParams = {
    ...scan, indexing, articles: ws.corpus.size, skipped: ws.skipped.size,
    skippedExamples: [...ws.skipped].slice(0, 10).map(([uri, reason]) => ({ uri, reason })),
    analysed: ws.corpus.analyses, fromCache: ws.cache?.hits ?? 0,
  };
  return connection.sendNotification(STATUS_NOTIFICATION, params);
}

const publish = guard('diagnostics', undefined, (uri: string) => {
  void connection.sendDiagnostics({ uri, diagnostics: diagnosticsFor(ws, uri, reviews.checkedKeys(uri)), version: documents.get(uri)?.version });
});

/**
 * Diagnostics of an edited document, once per burst of changes: edits that arrive together are
 * analysed as they come (cheap, one document each) but published once.
 */
const publishing = new Map<string, NodeJS.Immediate>();
function publishSoon(uri: string): void {
  if (publishing.has(uri)) return;
  publishing.set(uri, setImmediate(() => { publishing.delete(uri); publish(uri); }));
}

/** Cross-article findings of open documents depend on the others: refresh them after a change. */
let refreshTimer: NodeJS.Timeout | undefined;
function refreshOpen(except?: string): void {
  saveSnapshotSoon(); // the documents may have changed
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    for (const uri of ws.openUris()) if (uri !== except) publish(uri);
    refreshViews();
    void connection.sendNotification(ENTITIES_CHANGED_NOTIFICATION);
  }, 250);
}

/** Inlay hints and code lenses of open articles use corpus-wide names and settings: ask the client to re-pull them. */
function refreshViews(): void {
  if (canRefreshHints) connection.languages.inlayHint.refresh().catch(() => undefined);
  if (canRefreshLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
}

documents.onDidChangeContent(guard('change', undefined, (e) => {
  const doc = e.document;
  const wasAnalysed = ws.corpus.has(doc.uri);
  if (ws.setOpen(doc.uri, doc.getText(), doc.version)) {
    publishSoon(doc.uri);
    refreshOpen(doc.uri);
  } else if (wasAnalysed) {
    void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }
  if (!wasAnalysed) sendStatus();
}));

documents.onDidClose(async (e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  const before = [ws.corpus.size, ws.skipped.size].join();
  await ws.closeOpen(e.document.uri);
  refreshOpen();
  if ([ws.corpus.size, ws.skipped.size].join() !== before) sendStatus(); // its file was deleted, or no folder holds it
});

connection.onDidChangeWatchedFiles(async (params) => {
  const articles = [];
  for (const c of params.changes) {
    const review = reviews.storeOfFile(c.uri);
    if (review) await review.load(); // edited by hand or by version control
    else articles.push(c);
  }
  await ws.applyChanges(articles);
  refreshOpen();
  sendStatus();
  if (!indexing) saveCacheSoon();
});

connection.onDidChangeConfiguration(async () => {
  const before = ws.scanInputs();
  await pullSettings();
  if (ws.scanInputs() !== before) await reconsiderFiles();
  refreshOpen();
});

/**
 * include, exclude or the size limit changed: the files are judged again now, not at the next
 * start (a scan under way finishes first, then this runs once).
 */
let reconsidering: Promise<void> | null = null;
let reconsiderAgain = false;
async function reconsiderFiles(): Promise<void> {
  if (reconsidering) { reconsiderAgain = true; return; }
  reconsidering = (async () => {
    do {
      reconsiderAgain = false;
      while (indexing) await new Promise((r) => setTimeout(r, 200));
      await ws.reconsider(documents.all().map((d) => ({ uri: d.uri, text: d.getText(), version: d.version })));
    } while (reconsiderAgain);
  })();
  try {
    await reconsidering;
  } finally {
    reconsidering = null;
  }
  connection.console.info(`settings changed: ${ws.corpus.size} articles, ${ws.skipped.size} files skipped`);
  refreshOpen();
  sendStatus();
  saveCacheSoon();
}

/** A request the client cancelled while it waited in the queue is answered empty, without work. */
const live = <P, R>(fallback: R, fn: (p: P) => R) => (p: P, token: CancellationToken): R => (token.isCancellationRequested ? fallback : fn(p));

connection.onHover(guard('hover', null, live(null, (p: HoverParams) => hover(ws, p))));
connection.onCodeAction(guard('codeAction', [], live([], (p: CodeActionParams) => codeActions(ws, p))));
connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, (p) => semanticTokens(ws, p)));
connection.languages.semanticTokens.onRange(guard('semanticTokensRange', { data: [] }, (p) => semanticTokensRange(ws, p)));
connection.onReferences(guard('references', [], (p) => references(ws, p)));
connection.onDefinition(guard('definition', null, (p) => definition(ws, p)));
connection.onDocumentHighlight(guard('documentHighlight', [], (p) => documentHighlights(ws, p)));
connection.onDocumentSymbol(guard('documentSymbol', [], (p) => documentSymbols(ws, p)));
connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (p) => workspaceSymbols(ws, p)));
connection.languages.inlayHint.on(guard('inlayHint', [], (p) => inlayHints(ws, p)));
connection.onCodeLens(guard('codeLens', [], (p) => codeLenses(ws, p)));
connection.onRequest(ENTITIES_REQUEST, guard('entities', { entities: [] }, () => entities(ws)));
connection.onRequest(ENTITY_MENTIONS_REQUEST, guard('entityMentions', [], (p: { id: string }) => mentionsOf(ws, p)));
connection.onExecuteCommand(async (p) => {
  try {
    const done = await runReviewCommand(reviews, p.command, p.arguments);
    if (done) publish(done.uri);
    return done;
  } catch (e) {
    connection.console.error(`${p.command} failed: ${(e as Error).stack ?? e}`);
    void connection.window.showErrorMessage(`Source Annotator: could not write the review file: ${(e as Error).message}`);
    return null;
  }
});

connection.onRequest(SKIPPED_FILES_REQUEST, guard('skippedFiles', { files: [] }, (): SkippedFilesResult => ({
  files: [...ws.skipped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([uri, reason]) => ({ uri, reason, setting: settingToInclude(reason) })),
})));
connection.onRequest(STATS_REQUEST, (): StatsResult => ({
  articles: ws.corpus.size, analyses: ws.corpus.analyses, reclustered: ws.corpus.lastResolutionWork,
}));

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
documents.listen(connection);
connection.listen();
