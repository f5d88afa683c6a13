/** The Entities view's requests: core entity summaries and mention excerpts, as protocol data. */
import { entityMentions, entitySummaries } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toRange } from './convert';
import type { EntitiesResult, EntityMention, EntityMentionsParams } from './protocol';

export function entities(ws: Workspace): EntitiesResult {
  return { entities: entitySummaries(ws.corpus) };
}

export function mentionsOf(ws: Workspace, params: EntityMentionsParams): EntityMention[] {
  if (typeof params?.id !== 'string') return [];
  return entityMentions(ws.corpus, params.id).map((m) => {
    const entry = ws.corpus.get(m.doc)!;
    return { uri: m.doc, range: toRange(lineIndex(entry, entry.text), m.start, m.end), excerpt: m.excerpt, highlight: m.highlight };
  });
}
