/**
 * Command-line interface over the same analysis core as the language server.
 *   analyze PATH...          a readable summary per article (cli-summary.ts)
 *   analyze --json PATH...   the analysis as JSON (docs/analysis-json.md)
 *   check PATH...            sourcing diagnostics like a compiler; exit 1 on warnings
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve as resolvePath } from 'node:path';
import { Corpus, LineIndex, buildReport, findingsFor, looksLikeArticle, type Finding } from './core/index';
import { DEFAULT_MAX_BYTES, formatBytes, readArticleSync, readFailure } from './node/read-article';
import { parseSize } from './node/file-size';
import { toSarif } from './node/sarif';
import { readCheckedSync } from './node/review-store';
import { articleSummaryText } from './cli-summary';
import { AnalyzePool, POOL_MIN_FILES, workerCount, type PoolResult } from './node/analyze-pool';

const VERSION = '0.1.0';
const HELP = `source-annotator ${VERSION} — who is named, who said what, and which figures nobody vouches for

Usage:
  source-annotator analyze PATH...           a short summary per article: counts, names, quotes, and the
                                             figures without a named source, with line:column
  source-annotator analyze --json PATH...    the full analysis as JSON (docs/analysis-json.md)
  source-annotator check [--format text|json|sarif | --json] PATH...
                                             sourcing diagnostics, one per line (default text):
                                             file:line:col severity message [code]

Options:
  --format FORMAT    text, json, or (check only) sarif (default: text; for analyze, the summary)
  --json             the same as --format json
  --max-size SIZE    skip files larger than SIZE: 2MB, 500KB or a number of bytes (default: ${formatBytes(DEFAULT_MAX_BYTES)})
  --all              with a folder, analyse every .txt file, not only those that read as articles
                     (default: only articles)
  --workers N        analysis threads (default: one per core for ${POOL_MIN_FILES} or more files, else none;
                     0: this thread only); the output is the same either way
  -h, --help         show this help
  --version          show the version

PATH is an article file or a folder (searched recursively for .txt files that read as articles).
check honours the claims marked as checked in the editor (FOLDER/.source-annotator/review.json):
they are reported as hints.

Exit codes:
  0  done; for check, nothing at warning level or above
  1  check only: findings at warning level or above
  2  a file or folder could not be read (binary, not UTF-8, too large, missing; the reason is on
     stderr) or the output could not be written; the other files are still reported
  3  usage error (unknown command or option, no PATH)`;

interface Options {
  command: string; json: boolean; format: 'text' | 'json' | 'sarif'; formatGiven?: boolean; maxSize: number; all: boolean; paths: string[];
  /** Analysis threads; undefined: one per core when there are enough files to repay starting them. */
  workers?: number;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { command: '', json: false, format: 'text', maxSize: DEFAULT_MAX_BYTES, all: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--all') o.all = true;
    else if (a === '-h' || a === '--help' || a === '--version') continue; // answered in main
    else if (a === '--format') {
      const f = argv[++i];
      if (f !== 'text' && f !== 'json' && f !== 'sarif') return `unknown format "${f}" (text, json or sarif)`;
      o.format = f;
      o.formatGiven = true;
    } else if (a === '--max-size') {
      o.maxSize = parseSize(argv[++i] ?? '');
      if (!(o.maxSize > 0)) return '--max-size needs a size such as 2MB, 500KB or a number of bytes';
    } else if (a === '--workers') {
      o.workers = Number(argv[++i]);
      if (!Number.isInteger(o.workers) || o.workers < 0) return '--workers needs a whole number (0: no threads)';
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (!o.command) o.command = a;
    else o.paths.push(a);
  }
  return o;
}

/**
 * Expands folders to their article files. Folders that cannot be read are returned as problems;
 * a .txt entry that cannot even be stat'ed (broken or looping link) is kept so that reading it
 * reports why. A folder reached again through a symbolic link is walked once.
 */
function collect(paths: string[], all: boolean): { files: string[]; problems: [string, string][] } {
  const out: string[] = [];
  const problems: [string, string][] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let names: string[];
    try {
      const real = realpathSync(dir);
      if (seen.has(real)) return;
      seen.add(real);
      names = readdirSync(dir).sort();
    } catch (e) {
      problems.push([dir, `cannot read folder: ${readFailure(e).reason}`]);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      const txt = name.toLowerCase().endsWith('.txt');
      let st;
      try { st = statSync(p); } catch { if (txt) out.push(p); continue; }
      if (st.isDirectory()) walk(p);
      else if (txt) out.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch { out.push(p); continue; }
    if (st.isDirectory()) {
      const before = out.length;
      walk(p);
      if (!all) {
        const files = out.splice(before);
        // one push per file: spreading a folder's worth of arguments overflowed the stack (~120,000 files)
        for (const f of files) { const r = readArticleSync(f); if (!r.ok || looksLikeArticle(r.text, f)) out.push(f); }
      }
    } else out.push(p);
  }
  return { files: out, problems };
}

/**
 * Marks made with "Mark as checked" in the editor: `.source-annotator/review.json` of each folder
 * given on the command line. Checked findings are reported as hints and do not fail `check`.
 */
function checkedByDocument(paths: string[], ids: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of paths) {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* not a folder */ }
    if (!isDir) continue;
    const folder = resolvePath(p);
    const review = readCheckedSync(folder);
    if (!review.size) continue;
    for (const id of ids) {
      const rel = relative(folder, id);
      if (rel.startsWith('..')) continue;
      const keys = review.get(rel.replace(/\\/g, '/'));
      if (keys) out.set(id, new Set([...(out.get(id) ?? []), ...keys]));
    }
  }
  return out;
}

/**
 * Analyses the texts in worker threads when that pays (many files, more than one core), in input
 * order; null where a text is to be analysed in this thread (no pool, or the pool failed).
 */
async function analyzeInPool(texts: string[], workers: number | undefined): Promise<(PoolResult | null)[]> {
  const size = workers ?? (texts.length >= POOL_MIN_FILES ? workerCount('auto') : 0);
  const pool = size > 0 && texts.length > 1 ? AnalyzePool.start(Math.min(size, texts.length)) : null;
  if (!pool) return texts.map(() => null);
  try {
    return await Promise.all(texts.map((t) => pool.analyze(t).catch(() => null)));
  } finally {
    await pool.close();
  }
}

export async function main(argv: string[], write: (s: string) => void, warn: (s: string) => void): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === 'string') { warn(`error: ${o}\n\n${HELP}\n`); return 3; }
  if (argv.includes('-h') || argv.includes('--help') || o.command === 'help') { write(HELP + '\n'); return 0; }
  if (argv.includes('--version')) { write(VERSION + '\n'); return 0; }
  if (o.command !== 'analyze' && o.command !== 'check') { warn(`error: ${o.command ? `unknown command "${o.command}"` : 'no command'}\n\n${HELP}\n`); return 3; }
  if (o.paths.length === 0) { warn(`error: no PATH given\n\n${HELP}\n`); return 3; }
  // --json is --format json for both commands; analyze prints text (the summary) or json.
  if (o.json && o.formatGiven && o.format !== 'json') { warn(`error: --json and --format ${o.format} disagree\n\n${HELP}\n`); return 3; }
  if (o.json) o.format = 'json';
  if (o.command === 'analyze' && o.format === 'sarif') { warn(`error: analyze prints text or json; SARIF is for check\n\n${HELP}\n`); return 3; }

  const corpus = new Corpus();
  const printed = new Map<string, string>();
  let unreadable = 0;
  const { files, problems } = collect(o.paths, o.all);
  for (const [dir, reason] of problems) { warn(`${dir}: skipped: ${reason}\n`); unreadable++; }
  // "0 findings in 0 articles" alone reads as a clean result; say why nothing was looked at.
  if (!files.length && !problems.length) warn(`note: no article found in ${o.paths.join(', ')}: a .txt file is analysed when it reads as prose (long lines of sentences); --all analyses every .txt file\n`);
  const read = files.map((file) => ({ file, r: readArticleSync(file, o.maxSize) }));
  const texts = read.flatMap(({ r }) => (r.ok ? [r.text] : []));
  const pooled = await analyzeInPool(texts, o.workers);
  let k = 0;
  for (const { file, r } of read) {
    if (!r.ok) { warn(`${file}: skipped: ${r.reason}\n`); unreadable++; continue; }
    const id = resolvePath(file);
    const p = pooled[k++];
    // Inserted in file order whatever order the threads finished in, so the output is the same.
    const entry = p?.analysis ? corpus.setAnalyzed(id, r.text, 1, p.analysis) : corpus.set(id, r.text, 1);
    if (entry.error) { warn(`${file}: skipped: ${entry.error}\n`); corpus.delete(id); unreadable++; continue; }
    printed.set(id, file);
  }
  // Files were found but none could be analysed: without this, "0 findings in 0 articles" reads as a clean result.
  const failed = read.flatMap(({ r }) => (r.ok ? [] : [r]));
  const noneAnalysed = !corpus.ids().length && read.length > 0
    ? `note: none of the ${read.length} file${read.length === 1 ? '' : 's'} could be analysed (reasons above)` +
      (failed.some((r) => r.tooLarge) ? `; --max-size raises the size limit (now ${formatBytes(o.maxSize)})` : '') +
      (failed.some((r) => r.missing) ? '; check the paths given' : '') +
      (failed.some((r) => !r.tooLarge && !r.missing) ? '; an article must be a readable UTF-8 (or UTF-16) text file' : '') + '\n'
    : '';
  if (o.command === 'analyze') {
    if (o.format === 'json') write(JSON.stringify(buildReport(corpus, printed), null, 2) + '\n');
    else {
      for (const id of corpus.ids()) write(articleSummaryText(printed.get(id)!, corpus.get(id)!.text, corpus.get(id)!.analysis));
      const n = corpus.ids().length;
      if (n) warn(`${n} article${n === 1 ? '' : 's'} analysed; --json prints the full analysis\n`);
    }
    warn(noneAnalysed);
    return unreadable ? 2 : 0;
  }
  const checked = checkedByDocument(o.paths, corpus.ids());
  const all: { file: string; text: string; findings: Finding[] }[] = corpus.ids().map((id) => ({
    file: printed.get(id)!, text: corpus.get(id)!.text, findings: findingsFor(corpus, id, undefined, checked.get(id)),
  }));
  if (o.format === 'sarif') write(JSON.stringify(toSarif(all, VERSION), null, 2) + '\n');
  else if (o.format === 'json') {
    write(JSON.stringify(all.map(({ file, text, findings }) => {
      const lines = new LineIndex(text);
      return { path: file, diagnostics: findings.map((f) => ({ ...lines.position(f.start), ...f })) };
    }), null, 2) + '\n');
  } else {
    for (const { file, text, findings } of all) {
      const lines = new LineIndex(text);
      for (const f of findings) {
        const p = lines.position(f.start);
        write(`${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.message} [${f.code}]\n`);
      }
    }
    const n = all.reduce((s, d) => s + d.findings.length, 0);
    warn(`${n} finding${n === 1 ? '' : 's'} in ${all.length} article${all.length === 1 ? '' : 's'}\n`);
  }
  warn(noneAnalysed);
  if (unreadable) return 2;
  return all.some((d) => d.findings.some((f) => f.severity === 'warning' || f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  // A reader that goes away (`… | head`) ends the output quietly; any other write error is one line.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') try { process.stderr.write(`source-annotator: cannot write the output: ${readFailure(e).reason}\n`); } catch { /* nowhere left to say it */ }
      process.exit(e.code === 'EPIPE' ? Number(process.exitCode ?? 0) : 2);
    });
  }
  void main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((code) => {
    process.exitCode = code;
  });
}
