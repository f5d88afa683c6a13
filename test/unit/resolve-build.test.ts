/**
 * buildEntity picks an entity's type and name by a total order (votes, then the first document by
 * id, then the text). It finds the first under that order in one pass; this compares it with the
 * plain statement of the rules (sort, take the first) on random members with many ties.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntity, byText, type LocalRef } from '../../server/src/core/corpus/resolve';
import { canonicalName, isMultiWord } from '../../server/src/core/corpus/join-keys';
import { fold } from '../../server/src/core/text/normalize';
import type { EntityType, LocalEntity } from '../../server/src/core/types';

const NAMES = ['Tova Rendal', 'tova rendal', 'Tova-Rendal', 'Rendal', 'TVR', 'Tova  Rendal', 'Ostrin Bay', 'Ostrin'];
const TYPES: EntityType[] = ['PERSON', 'ORG', 'LOC', 'NORP'];

/** The rules as a sort: the reference the one-pass choice must agree with. */
function reference(members: LocalRef[], ents: LocalEntity[]): { type: EntityType; name: string } {
  const typeVotes = new Map<EntityType, number>();
  const typeFirstDoc = new Map<EntityType, string>();
  const names: string[] = [];
  members.forEach((ref, j) => {
    const e = ents[j];
    typeVotes.set(e.type, (typeVotes.get(e.type) ?? 0) + e.mentions.length + (isMultiWord(e.name) ? 2 : 0));
    const first = typeFirstDoc.get(e.type);
    if (first === undefined || ref.doc < first) typeFirstDoc.set(e.type, ref.doc);
    const cn = canonicalName(e);
    if (!names.includes(cn)) names.push(cn);
  });
  const type = [...typeVotes].sort((a, b) => b[1] - a[1]
    || byText(typeFirstDoc.get(a[0])!, typeFirstDoc.get(b[0])!) || byText(a[0], b[0]))[0][0];
  const spelling = (n: string) => fold(n).replace(/[\s-]+/g, ' ');
  const docs = (n: string) => new Set(members.filter((_, j) => spelling(canonicalName(ents[j])) === spelling(n)).map((r) => r.doc));
  const firstDoc = (n: string) => [...docs(n)].sort(byText)[0];
  const full = (n: string) => (isMultiWord(n) ? 1 : 0);
  const name = [...names].sort((a, b) => full(b) - full(a) || docs(b).size - docs(a).size
    || byText(firstDoc(a), firstDoc(b)) || byText(a, b))[0];
  return { type, name };
}

test('buildEntity: type and name are the first under the rules\' order (random members, many ties)', () => {
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  for (let round = 0; round < 500; round++) {
    const size = 2 + rand(6);
    const members: LocalRef[] = [], ents: LocalEntity[] = [];
    for (let j = 0; j < size; j++) {
      const name = NAMES[rand(NAMES.length)];
      members.push({ doc: `d${rand(4)}`, local: j });
      ents.push({ name, type: TYPES[rand(TYPES.length)], mentions: new Array(1 + rand(3)).fill(null), aliases: [name] } as unknown as LocalEntity);
    }
    const documents = new Set(members.map((m) => m.doc)).size;
    const g = buildEntity(members, ents, () => false);
    assert.deepEqual({ type: g.type, name: g.name, documents: g.documents }, { ...reference(members, ents), documents }, `round ${round}`);
    // In corpus order (documents sorted), as the resolvers pass them: the same entity.
    const order = members.map((_, j) => j).sort((a, b) => byText(members[a].doc, members[b].doc) || a - b);
    const sorted = buildEntity(order.map((j) => members[j]), order.map((j) => ents[j]), () => false);
    assert.deepEqual({ type: sorted.type, name: sorted.name, documents: sorted.documents }, { type: g.type, name: g.name, documents }, `round ${round} sorted`);
  }
});
