/**
 * Semantic tokens: the core's non-overlapping single-line spans, encoded as LSP relative
 * integers. The spans depend only on the document's own analysis, so they are cached with it.
 */
import type { Range, SemanticTokens, SemanticTokensLegend, SemanticTokensParams, SemanticTokensRangeParams } from 'vscode-languageserver';
import { semanticTokenSpans, TOKEN_MODIFIERS, TOKEN_TYPES, type LineIndex, type TokenSpan } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex } from './convert';

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const cache = new WeakMap<object, TokenSpan[]>();

function spansOf(ws: Workspace, uri: string): { spans: TokenSpan[]; li: LineIndex } | null {
  const entry = ws.corpus.get(uri);
  if (!entry) return null;
  let spans = cache.get(entry.analysis);
  if (!spans) cache.set(entry.analysis, (spans = semanticTokenSpans(entry.text, entry.analysis)));
  return { spans, li: lineIndex(entry, entry.text) };
}

/** Encodes sorted single-line spans: [Δline, Δchar (from the previous token on the same line), length, type, modifiers]. */
export function encodeTokens(spans: readonly TokenSpan[], li: LineIndex, range?: Range): number[] {
  const data: number[] = [];
  let line = 0, char = 0;
  for (const s of spans) {
    const p = li.position(s.start);
    if (range && (p.line < range.start.line || p.line > range.end.line)) continue;
    data.push(p.line - line, p.line === line ? p.character - char : p.character, s.end - s.start, TOKEN_TYPES.indexOf(s.type), s.modifiers);
    line = p.line;
    char = p.character;
  }
  return data;
}

export function semanticTokens(ws: Workspace, params: SemanticTokensParams): SemanticTokens {
  const r = spansOf(ws, params.textDocument.uri);
  return { data: r ? encodeTokens(r.spans, r.li) : [] };
}

export function semanticTokensRange(ws: Workspace, params: SemanticTokensRangeParams): SemanticTokens {
  const r = spansOf(ws, params.textDocument.uri);
  return { data: r ? encodeTokens(r.spans, r.li, params.range) : [] };
}
