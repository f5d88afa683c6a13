/** Pure helpers of the Entities view (no vscode import, so unit tests can load them). */
import type { EntityInfo } from '../../server/src/lsp/protocol';

/** Case- and accent-insensitive form ("Lourenço" → "lourenco"). */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The entities whose name or another spelling contains `query` (folded); all of them for an empty query. */
export function filterEntities(all: readonly EntityInfo[], query: string): EntityInfo[] {
  const q = fold(query.trim());
  return q ? all.filter((e) => [e.name, ...e.aliases].some((n) => fold(n).includes(q))) : [...all];
}

/** Entities by type: the known types first in `order`, then any other type; empty groups left out. */
export function groupByType(list: readonly EntityInfo[], order: readonly string[]): [string, EntityInfo[]][] {
  const byType = new Map<string, EntityInfo[]>(order.map((t) => [t, []]));
  for (const e of list) {
    const g = byType.get(e.type);
    if (g) g.push(e); else byType.set(e.type, [e]);
  }
  return [...byType].filter(([, g]) => g.length);
}
