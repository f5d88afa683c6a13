// Labelled rows for the Entities view's filter and grouping (client/src/entity-filter.ts).
// Run with `node --import tsx --test test/unit/entity-filter.test.ts`. Names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterEntities, groupByType } from '../../client/src/entity-filter';
import type { EntityInfo } from '../../server/src/lsp/protocol';

const e = (name: string, type: string, aliases: string[] = []): EntityInfo =>
  ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, type: type as EntityInfo['type'], aliases, mentions: 1, articles: 1 });
const ALL = [
  e('Estêvão Lourenço', 'PERSON', ['Estevao Lourenco']),
  e('Ilse Varga-Horn', 'PERSON', ['Varga-Horn']),
  e('Valley Water Board', 'ORG', ['VWB']),
  e('Lower Town', 'LOC'),
  e('Dutch', 'NORP'),
];

// [query, expected names]
const FILTERS: [string, string[]][] = [
  ['', ALL.map((x) => x.name)],
  ['   ', ALL.map((x) => x.name)],
  ['lourenco', ['Estêvão Lourenço']],
  ['LOURENÇO', ['Estêvão Lourenço']],
  ['vwb', ['Valley Water Board']],
  ['horn', ['Ilse Varga-Horn']],
  [' town ', ['Lower Town']],
  ['o', ['Estêvão Lourenço', 'Ilse Varga-Horn', 'Valley Water Board', 'Lower Town']],
  ['nobody', []],
];
for (const [q, names] of FILTERS) {
  test(`filter "${q}"`, () => assert.deepEqual(filterEntities(ALL, q).map((x) => x.name), names));
}

test('groups: known types in order, empty ones left out, an unknown type last', () => {
  const list = [...ALL.filter((x) => x.type !== 'LOC'), e('Case 12', 'EVENT')];
  assert.deepEqual(groupByType(list, ['PERSON', 'ORG', 'LOC', 'NORP']).map(([t, g]) => [t, g.length]), [
    ['PERSON', 2], ['ORG', 1], ['NORP', 1], ['EVENT', 1],
  ]);
});
