/** References, document highlights, go to definition and workspace symbols over corpus-wide entities. */
import {
  DocumentHighlightKind, SymbolKind,
  type DefinitionParams, type DocumentHighlight, type DocumentHighlightParams, type Location, type ReferenceParams,
  type WorkspaceSymbol, type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { definitionOf, entityAt, highlightsAt, occurrencesOf, searchEntities, type EntityType, type GlobalEntity } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toOffset, toRange } from './convert';

export const ENTITY_SYMBOL: Record<EntityType, SymbolKind> = {
  PERSON: SymbolKind.Variable, ORG: SymbolKind.Class, LOC: SymbolKind.Namespace, NORP: SymbolKind.EnumMember,
};

function location(ws: Workspace, doc: string, start: number, end: number): Location | null {
  const entry = ws.corpus.get(doc);
  return entry ? { uri: doc, range: toRange(lineIndex(entry, entry.text), start, end) } : null;
}

function offsetOf(ws: Workspace, uri: string, p: { line: number; character: number }): number | null {
  const entry = ws.corpus.get(uri);
  return entry ? toOffset(lineIndex(entry, entry.text), p) : null;
}

/**
 * The references of an entity, kept until a document of the corpus changes: an entity named in
 * thousands of articles has tens of thousands of them, rebuilt on every request before.
 */
const referenceCache = new WeakMap<GlobalEntity, { generation: number; withDeclaration: boolean; locations: Location[] }>();

export function references(ws: Workspace, params: ReferenceParams): Location[] {
  const uri = params.textDocument.uri;
  const offset = offsetOf(ws, uri, params.position);
  if (offset === null) return [];
  const g = entityAt(ws.corpus, uri, offset);
  if (!g) return [];
  const withDeclaration = !!params.context.includeDeclaration;
  const generation = ws.corpus.entities().generation;
  const known = referenceCache.get(g);
  if (known && generation !== undefined && known.generation === generation && known.withDeclaration === withDeclaration) return known.locations.slice();
  const def = withDeclaration ? undefined : definitionOf(ws.corpus, g);
  const locations = occurrencesOf(ws.corpus, g)
    .filter((o) => !def || o.doc !== def.doc || o.start !== def.start)
    .flatMap((o) => location(ws, o.doc, o.start, o.end) ?? []);
  if (generation !== undefined) referenceCache.set(g, { generation, withDeclaration, locations });
  return locations.slice();
}

export function definition(ws: Workspace, params: DefinitionParams): Location | null {
  const uri = params.textDocument.uri;
  const offset = offsetOf(ws, uri, params.position);
  if (offset === null) return null;
  const g = entityAt(ws.corpus, uri, offset);
  const def = g && definitionOf(ws.corpus, g);
  return def ? location(ws, def.doc, def.start, def.end) : null;
}

export function documentHighlights(ws: Workspace, params: DocumentHighlightParams): DocumentHighlight[] {
  const uri = params.textDocument.uri;
  const entry = ws.corpus.get(uri);
  if (!entry) return [];
  const li = lineIndex(entry, entry.text);
  return highlightsAt(ws.corpus, uri, toOffset(li, params.position)).map((h) => ({
    range: toRange(li, h.start, h.end),
    kind: h.kind === 'name' ? DocumentHighlightKind.Text : DocumentHighlightKind.Read,
  }));
}

export const WORKSPACE_SYMBOL_LIMIT = 200;

export function workspaceSymbols(ws: Workspace, params: WorkspaceSymbolParams): WorkspaceSymbol[] {
  return searchEntities(ws.corpus, params.query, WORKSPACE_SYMBOL_LIMIT).flatMap((g) => {
    const def = definitionOf(ws.corpus, g);
    const loc = def && location(ws, def.doc, def.start, def.end);
    if (!loc) return [];
    const where = `${g.documents} article${g.documents === 1 ? '' : 's'}, ${g.mentions} mention${g.mentions === 1 ? '' : 's'}`;
    return [{ name: g.name, kind: ENTITY_SYMBOL[g.type], location: loc, containerName: where }];
  });
}
