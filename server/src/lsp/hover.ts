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
  return { contents: { kind: MarkupKind.Markdown, value: r.markdown }, range: toRange(li, r.start, r.end) };
}
