/** Inlay hints: after a speaker given only as a pronoun or title ("she said"), the name it resolves to. */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { speakerHints } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toOffset, toRange } from './convert';

export function inlayHints(ws: Workspace, params: InlayHintParams): InlayHint[] {
  const uri = params.textDocument.uri;
  if (!ws.settingsOf(uri).inlayHintSpeakers) return [];
  const entry = ws.corpus.get(uri);
  if (!entry) return [];
  const li = lineIndex(entry, entry.text);
  const from = toOffset(li, params.range.start), to = toOffset(li, params.range.end);
  return speakerHints(ws.corpus, uri, from, to).map((h) => ({
    position: li.position(h.offset),
    // The name part links to the mention the pronoun or title was resolved to (Ctrl+click).
    label: [{ value: '→ ' }, { value: h.name, location: { uri, range: toRange(li, h.target.start, h.target.end) } }],
    kind: InlayHintKind.Parameter,
    paddingLeft: true,
    tooltip: `“${h.said}” is ${h.name}`,
  }));
}
