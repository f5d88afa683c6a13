/** Hover: find the thing under the cursor in the cached analysis and return the core's Markdown. */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { hoverAt } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toOffset, toRange } from './convert';
import { escapeMarkdown } from '../core/index';

export function baseName(uri: string): string {
  return decodeURIComponent(uri.replace(/^.*\//, ''));
}

/** A plain file link with a line fragment: VS Code opens it without any trusted command. */
export function fileLink(ws: Workspace, doc: string, offset: number, label: string): string {
  const entry = ws.corpus.get(doc);
  const line = entry ? lineIndex(entry, entry.text).position(offset).line + 1 : 1;
  const target = URI.parse(doc).with({ fragment: `L${line}` }).toString().replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeMarkdown(label)}](${target})`;
}

export function hover(ws: Workspace, params: HoverParams): Hover | null {
  const uri = params.textDocument.uri;
  const entry = ws.corpus.get(uri);
  if (!entry) return null;
  const li = lineIndex(entry, entry.text);
  const r = hoverAt(ws.corpus, uri, toOffset(li, params.position), (d, o, l) => fileLink(ws, d, o, l), baseName);
  if (!r || !r.markdown) return null;
  return { contents: { kind: MarkupKind.Markdown, value: withIndexingNote(r.markdown, ws.corpus.crossArticleHeld) }, range: toRange(li, r.start, r.end) };
}

/**
 * While the folder is being indexed the other articles are not resolved yet, so a name hovered then
 * reads "Named in 1 article" with no hint that more is coming; say so, as the quick fix does.
 */
export const INDEXING_NOTE = '*Still indexing the folder: other articles are not included yet.*';
export function withIndexingNote(markdown: string, indexing: boolean): string {
  return indexing ? `${markdown}\n\n---\n\n${INDEXING_NOTE}` : markdown;
}
