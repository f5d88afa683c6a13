/**
 * The files the server did not analyse, as the status bar tooltip and the "Show Skipped Files"
 * quick pick show them. Pure (no `vscode` import) so the wording and escaping are unit-tested.
 */
import { escapeMarkdown } from '../../server/src/core/features/markdown';
import type { SkippedFilesResult, StatusParams } from '../../server/src/lsp/protocol';

export const SHOW_SKIPPED_FILES = 'sourceAnnotator.showSkippedFiles';
export const SHOW_OUTPUT = 'sourceAnnotator.showOutput';
/** The commands the tooltip links to: the only ones its Markdown may run. */
export const TOOLTIP_COMMANDS = [SHOW_SKIPPED_FILES, SHOW_OUTPUT] as const;
/** Skipped files named in the tooltip itself; the command lists all of them. */
export const TOOLTIP_LISTED = 5;

export const NO_SKIPPED_FILES = 'Source Annotator: no file was skipped; every .txt file the exclude setting leaves in is analysed.';

const s = (n: number) => (n === 1 ? '' : 's');

function decode(part: string): string {
  try { return decodeURIComponent(part); } catch { return part; }
}

/** The last path segment of a URI, decoded. */
export const fileName = (uri: string) => decode(uri.replace(/[?#].*$/, '').replace(/^.*\//, ''));

/** Quick pick labels render `$(name)` as an icon: a file called `$(alert).txt` must stay text. */
export const escapeIcons = (text: string) => text.replace(/\$\(/g, '\\$(');

/** The status bar tooltip as Markdown: counts, the first skipped files with their reasons, command links. */
export function statusTooltip(p: StatusParams): string {
  const scan = p.indexing && p.total ? ` (${p.scanned ?? 0}/${p.total} files)` : '';
  const parts = [`Source Annotator: ${p.articles} article${s(p.articles)} indexed${scan}`];
  if (p.skipped) {
    const listed = p.skippedExamples.slice(0, TOOLTIP_LISTED);
    const items = listed.map((k) => `- ${escapeMarkdown(fileName(k.uri))} — ${escapeMarkdown(k.reason)}`);
    if (p.skipped > listed.length) items.push(`- … and ${p.skipped - listed.length} more`);
    parts.push(`${p.skipped} .txt file${s(p.skipped)} not analysed:`, items.join('\n'));
    parts.push(`[Show all skipped files](command:${SHOW_SKIPPED_FILES}) · [Show output](command:${SHOW_OUTPUT})`);
  } else {
    parts.push(`[Show output](command:${SHOW_OUTPUT})`);
  }
  return parts.join('\n\n');
}

export interface SkippedPick {
  label: string; description: string; detail: string; uri: string;
  /** The setting that would let the file in, and what its button says (none: nothing to set). */
  setting?: string; settingTooltip?: string;
}

/**
 * One quick pick item per skipped file: its name, its folder (relative to the workspace folder
 * that holds it, named first when there are several) and the reason. `folders` are workspace
 * folder URIs as strings, with their names.
 */
export function skippedPicks(files: SkippedFilesResult['files'], folders: readonly { uri: string; name: string }[]): SkippedPick[] {
  return files.map((f) => {
    const name = fileName(f.uri);
    const home = folders.find((w) => f.uri.startsWith(w.uri.replace(/\/?$/, '/')));
    const dir = f.uri.slice(0, f.uri.length - f.uri.replace(/^.*\//, '').length).replace(/\/$/, '');
    let where: string;
    if (home) {
      const rel = decode(dir.slice(home.uri.replace(/\/$/, '').length).replace(/^\//, ''));
      where = folders.length > 1 ? [home.name, rel].filter(Boolean).join('/') : rel;
    } else {
      where = decode(dir.replace(/^file:\/\//, ''));
    }
    const pick: SkippedPick = { label: escapeIcons(name), description: escapeIcons(where), detail: escapeIcons(f.reason), uri: f.uri };
    if (f.setting) { pick.setting = f.setting; pick.settingTooltip = `Open the setting ${f.setting}`; }
    return pick;
  });
}

/**
 * The output channel names only the files a status carries (the first 10): once indexing is done,
 * a line says how many there are in all and where to see them. `noted`: the total said last time
 * (null when none); the same total is not said twice.
 */
export function overflowNote(p: StatusParams, noted: number | null): string | null {
  if (p.indexing || p.skipped <= p.skippedExamples.length || p.skipped === noted) return null;
  return `${p.skipped} files not analysed in all; "Source Annotator: Show Skipped Files" lists every one with the reason.`;
}

/** The quick pick's title. */
export const skippedTitle = (n: number) => `Source Annotator: ${n} file${s(n)} not analysed — pick one to open it`;
