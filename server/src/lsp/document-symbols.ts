/** The outline of an article: groups of people, organisations, places, quotes and claims. */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { documentOutline, type OutlineGroupKind } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toRange } from './convert';
import { ENTITY_SYMBOL } from './navigation';

const ITEM_KIND: Partial<Record<OutlineGroupKind, SymbolKind>> = { quotes: SymbolKind.String, claims: SymbolKind.Number };

export function documentSymbols(ws: Workspace, params: DocumentSymbolParams): DocumentSymbol[] {
  const entry = ws.corpus.get(params.textDocument.uri);
  if (!entry) return [];
  const li = lineIndex(entry, entry.text);
  return documentOutline(entry.analysis).map((g) => {
    const children: DocumentSymbol[] = g.items.map((it) => ({
      name: it.name || '(unnamed)',
      detail: it.detail,
      kind: it.entityType ? ENTITY_SYMBOL[it.entityType] : ITEM_KIND[g.kind]!,
      range: toRange(li, it.start, it.end),
      selectionRange: toRange(li, it.selection.start, it.selection.end),
    }));
    const start = Math.min(...g.items.map((i) => i.start));
    const end = Math.max(...g.items.map((i) => i.end));
    return {
      name: g.label, detail: String(g.items.length), kind: SymbolKind.Package,
      range: toRange(li, start, end), selectionRange: toRange(li, start, start), children,
    };
  });
}
