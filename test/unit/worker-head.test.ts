// A worker's reply restored with only its join keys parsed (server/src/node/cached-analysis.ts
// restoreUnread): it is the analysis the eager restore gives, its entities are built only when
// first read, and a scan's corpus fed with such analyses resolves the same entities, ids and
// members as one fed with eagerly restored ones.
// Run with `node --import tsx --test test/unit/worker-head.test.ts`. Articles are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { entityKeyStrings } from '../../server/src/core/corpus/join-keys';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { cacheParts, joinKeysSpan, restoreAnalysis, restoreUnread } from '../../server/src/node/cached-analysis';
import { consumeToParts } from '../../server/src/node/worker-json';
import { restoreNonFinite } from '../../server/src/node/analysis-json';
import type { DocumentAnalysis } from '../../server/src/core/types';

const ROWS: { name: string; text: string }[] = [
  { name: 'people, a firm and a place', text: 'Depot Expands\n\nBy Ilse Marrow\n\nKestrel Freight Ltd will hire 85 drivers at its Dunmere depot, chief executive Otto Varga said. "We need them by spring," Varga said.\n' },
  { name: 'a surname in another article', text: 'Varga Plans\n\nOtto Varga told staff in Dunmere that Kestrel Freight would open a second depot. Varga did not give a date.\n' },
  { name: 'non-finite bound and curly quotes', text: 'Flood Alert\n\nMore than 300 homes in Pellow were evacuated. “It is the worst in decades,” said Rhea Tamsin of the Pellow Water Board.\n' },
  { name: 'no entities', text: 'a quiet day with nothing to report.\n' },
  { name: 'empty text', text: '' },
];

/** What a worker sends for `text`, restored eagerly and with only its join keys parsed. */
function both(text: string): { eager: DocumentAnalysis; unread: DocumentAnalysis } {
  const a = analyzeText(text);
  a.joinKeys = entityKeyStrings(a.entities);
  const { head, claims, detail } = consumeToParts(a);
  const keys = joinKeysSpan(a, head);
  assert.ok(keys, 'the worker finds the join keys in its head');
  return { eager: restoreAnalysis(head, Buffer.from(detail), claims), unread: restoreUnread(head, keys, Buffer.from(detail), claims) };
}

const unparsed = (a: DocumentAnalysis) => typeof Object.getOwnPropertyDescriptor(a, 'entities')?.get === 'function'
  && typeof Object.getOwnPropertyDescriptor(a, 'joinKeys')?.value === 'object';

for (const row of ROWS) {
  test(`worker head: ${row.name}: restored with its join keys only = restored eagerly`, () => {
    const { eager, unread } = both(row.text);
    assert.deepEqual(unread.joinKeys, eager.joinKeys, 'join keys parsed at once');
    assert.equal(JSON.stringify(restoreNonFinite(unread)), JSON.stringify(restoreNonFinite(eager)), 'same fields, order and values');
    assert.deepEqual({ ...unread }, { ...eager }, 'spreads the same');
    const { eager: e2, unread: u2 } = both(row.text);
    const line = cacheParts(u2); // an index cache save of a scan's analysis, its head unread
    assert.deepEqual(restoreNonFinite(restoreAnalysis(line.head, Buffer.from(line.detail), line.claims)), restoreNonFinite(e2), 'written to the index cache and read back');
  });
}

test('worker head: a scan posts the keys without building entities; the flush resolves as an eager scan does', () => {
  const eagerCorpus = new Corpus(), unreadCorpus = new Corpus();
  const kept: DocumentAnalysis[] = [];
  eagerCorpus.holdCrossArticle(true);
  unreadCorpus.holdCrossArticle(true);
  ROWS.forEach((row, i) => {
    const { eager, unread } = both(row.text);
    eagerCorpus.setAnalyzed(`d${i}`, row.text, 1, eager);
    unreadCorpus.setAnalyzed(`d${i}`, row.text, 1, unread);
    unreadCorpus.prepareHeld(`d${i}`);
    kept.push(unread);
  });
  assert.ok(kept.every(unparsed), 'entities still unbuilt after the keys were posted');
  eagerCorpus.holdCrossArticle(false);
  unreadCorpus.holdCrossArticle(false);
  const view = (c: Corpus) => c.entities().entities.map((g) => [g.id, g.name, g.type, g.members.map((m) => `${m.doc}:${m.local}`).join(' ')]);
  assert.deepEqual(view(unreadCorpus), view(eagerCorpus));
  assert.ok(view(eagerCorpus).some((g) => g[1] === 'Otto Varga' && g[3].includes('d1')), 'the surname joins across articles');
  assert.deepEqual(unreadCorpus.freshEntitySnapshot(), eagerCorpus.freshEntitySnapshot());
});

test('worker head: an analysis with a field restoreUnread does not know gives no join keys span (restored eagerly)', () => {
  const a = analyzeText(ROWS[0].text);
  a.joinKeys = entityKeyStrings(a.entities);
  (a as unknown as Record<string, unknown>).extra = 1;
  const { head } = consumeToParts(a);
  assert.equal(joinKeysSpan(a, head), null);
});
