// Join keys reuse the own key local resolution gave each entity (entity-own-keys.ts) and read names
// of plain words without folding: the keys strings must equal those made from scratch, for names of
// every shape, and a stale or foreign entities array must not get another document's keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { keysStringOf } from '../../server/src/core/corpus/join-keys';
import { ownKeyOf } from '../../server/src/core/pipeline/entity-own-keys';
import type { EntityType, LocalEntity } from '../../server/src/core/types';

/** A small deterministic generator (no Math.random: a failure must be repeatable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const SYLLABLES = ['ka', 'vel', 'dor', 'mir', 'stra', 'phon', 'kse', 'yev', 'zhu', 'dja', 'ol', 'th', 'ann', 'bb', 'qui', 'rho', 'al', 'el'];
const word = (r: () => number): string => {
  let w = '';
  for (let n = 1 + Math.floor(r() * 3); n > 0; n--) w += pick(r, SYLLABLES);
  return w;
};
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
/** Names of many shapes: plain words, one letter, capitals, 'the', hyphens, apostrophes, accents, dots, country short forms. */
const SHAPES: ((r: () => number) => string)[] = [
  (r) => cap(word(r)),
  (r) => cap(word(r)) + ' ' + cap(word(r)),
  (r) => cap(word(r)) + ' ' + cap(word(r)) + ' ' + cap(word(r)),
  (r) => cap(word(r)) + ' ' + pick(r, ['K', 'J', 'A']) + ' ' + cap(word(r)),
  (r) => word(r).toUpperCase().slice(0, 2 + Math.floor(r() * 8)),
  (r) => 'the ' + cap(word(r)) + ' ' + cap(word(r)),
  (r) => 'The ' + cap(word(r)),
  (r) => cap(word(r)) + ' of ' + cap(word(r)),
  (r) => word(r) + ' ' + cap(word(r)),
  (r) => cap(word(r)) + ' ' + word(r).toUpperCase(),
  (r) => cap(word(r)) + '-' + cap(word(r)),
  (r) => cap(word(r)) + ' al-' + cap(word(r)),
  (r) => pick(r, ['Park', 'Kim', 'Lee']) + ' ' + pick(r, ['Ji-hoon', 'Min-ji', 'Seo-yeon']),
  (r) => cap(word(r)) + " O'" + cap(word(r)),
  (r) => 'Ødegård ' + cap(word(r)),
  (r) => cap(word(r)) + ' ' + cap(word(r)) + ' Jr',
  (r) => 'St. ' + cap(word(r)),
  (r) => pick(r, ['UK', 'U.S.', 'US', 'USA', 'Britain', 'Holland', 'UAE']),
  (r) => 'A' + cap(word(r)),
  (r) => 'Q',
  (r) => pick(r, ['The', 'the', 'THE', 'Th', 'Thee']),
];
const TYPES: EntityType[] = ['PERSON', 'ORG', 'LOC', 'NORP'];

test('join keys: a name keyed with its own key (as local resolution gives it) equals the keys from scratch', () => {
  const r = rng(16);
  let checked = 0;
  for (let i = 0; i < 20000; i++) {
    const e = { name: pick(r, SHAPES)(r), type: pick(r, TYPES) };
    const fresh = keysStringOf(e);
    const own = fresh.split(' ')[0]; // the own key comes first
    assert.equal(keysStringOf(e, own), fresh, `${e.type} ${JSON.stringify(e.name)}`);
    checked++;
  }
  assert.equal(checked, 20000);
});

/** Fictional sentences that give names of the shapes above their types through the pipeline. */
function article(r: () => number): string {
  const lines: string[] = ['Harbour Notes', ''];
  for (let p = 0; p < 12; p++) {
    const a = pick(r, SHAPES)(r), b = pick(r, SHAPES)(r);
    lines.push(pick(r, [
      `${a} said on Monday that the plan for ${b} would go ahead.`,
      `The ${a} Council met in ${b} last week, officials said.`,
      `"We are ready," said ${a}, a spokeswoman for ${b} Holdings.`,
      `Residents of ${a} told ${b} Group they were worried. ${a.split(' ').pop()} agreed.`,
      `${a} and ${b} signed the deal in ${pick(r, ['Paris', 'Lisbon', 'Ostrava'])}; ${pick(r, ['German', 'French'])} officials watched.`,
    ]), '');
  }
  return lines.join('\n');
}

test('join keys: entities right after analyzeText get their local key, and the same keys strings as from scratch', () => {
  const r = rng(7);
  let reused = 0, plain = 0;
  for (let d = 0; d < 150; d++) {
    const ents = analyzeText(article(r)).entities;
    ents.forEach((e, k) => {
      const own = ownKeyOf(ents, k);
      if (own === undefined) return;
      reused++;
      if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(e.name) && e.type !== 'NORP') plain++;
      assert.equal(keysStringOf(e, own), keysStringOf(e), `${e.type} ${JSON.stringify(e.name)}`);
    });
  }
  // The reuse must actually happen (else the comparison above proves nothing), on plain names too.
  assert.ok(reused > 1000 && plain > 500, `reused ${reused}, plain ${plain}`);
});

test('join keys: another array, a later document or a renamed entity gets no local key', () => {
  const ents = analyzeText('Tamsin Vell said Orrin Logistics would grow.\n').entities;
  assert.ok(ents.length >= 2);
  assert.notEqual(ownKeyOf(ents, 0), undefined);
  assert.equal(ownKeyOf([...ents], 0), undefined);
  const renamed: LocalEntity = { ...ents[1], name: ents[1].name + ' Two' };
  const changed = ents.slice();
  assert.equal(ownKeyOf(changed, 1), undefined);
  ents[1] = renamed;
  assert.equal(ownKeyOf(ents, 1), undefined);
  const retyped = ents[0];
  retyped.type = retyped.type === 'PERSON' ? 'ORG' : 'PERSON';
  assert.equal(ownKeyOf(ents, 0), undefined);
  analyzeText('Brannoc Dale visited Quarn.\n');
  assert.equal(ownKeyOf(ents, 1), undefined);
  assert.equal(ownKeyOf(ents, ents.length + 3), undefined);
});
